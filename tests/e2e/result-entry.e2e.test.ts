/**
 * The result-entry page (检查结果录入) as staff meet it: a new entry waits for their first pick; a check that
 * ended more than 20 working days ago shows the publication error at the check date (a red mark whose hover
 * text cites the clause) and in the panel; the same entry dated the day of the check passes — nothing failing,
 * no mark.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldMark, inPanelEval, laydatePick, launch, openWithPanel, select2Pick, waitFailing, waitInPanel, type World } from './launch';

let w: World;
beforeAll(async () => {
  w = await launch();
});
afterAll(async () => w?.close());

describe('checks on the result-entry page', () => {
  it('a late result: the error at the check date with its clause; dated the day of the check: it passes', async () => {
    const task = w.store.task('RW-2026-004')!;
    const objectId = task.draw!.objectIds.find((id) => !task.results.some((r) => r.objectId === id))!;
    const frame = await openWithPanel(w.page, w.url, `/syn/sccheck/pubscentresult/edit?taskId=RW-2026-004&objectId=${encodeURIComponent(objectId)}`);
    // A new entry: nothing judged before the user's first pick.
    await waitInPanel(frame, (root) => root?.querySelector('.waiting-input') !== null && root?.querySelector('.dra-panel')?.getAttribute('data-page-kind') === 'results');

    await select2Pick(frame, 'category', '未发现问题');
    await laydatePick(frame, 'checkedOn', '2026-09-15');
    await waitFailing(frame, 'result.publish-deadline', true);
    const mark = await waitInPanel(frame, fieldMark, {}, 'result.publish-deadline');
    expect(mark.field).toBe('result.checkedOn');
    expect(mark.severity).toContain('field-mark-error');
    expect(mark.title).toContain('《深圳市全面推行“双随机一公开”监管工作实施方案》');
    expect(mark.title).toContain('20个工作日');
    const input = await frame.$eval('input[name="checkedOn"]', (e) => { const r = e.getBoundingClientRect(); return { right: r.right, top: r.top, bottom: r.bottom }; });
    expect(mark.left).toBeGreaterThanOrEqual(input.right);
    expect(mark.top).toBeGreaterThanOrEqual(input.top - 2);
    expect(mark.bottom).toBeLessThanOrEqual(input.bottom + 2);
    // The panel says it too, with the clause, among what this page can fix.
    const inList = await inPanelEval(frame, (root) => {
      const li = root?.querySelector('.findings > .group-error li[data-rule="result.publish-deadline"]');
      return li ? { field: li.getAttribute('data-field'), text: li.textContent ?? '' } : null;
    });
    expect(inList?.field).toBe('result.checkedOn');
    expect(inList?.text).toContain('仍未公示');
    // Only the page's own checks: no 数据不足 about what the page never shows (告知, 记录表签字 …).
    expect(await inPanelEval(frame, (root) => root?.querySelector('.group-incomplete') === null)).toBe(true);

    // Dated the day the check ended (today on the platform): it passes, and the mark goes.
    await laydatePick(frame, 'checkedOn', '2026-11-23');
    await waitFailing(frame, 'result.publish-deadline', false);
    await waitInPanel(frame, (root) => (root?.querySelector('.dra-panel')?.getAttribute('data-failing') ?? 'x') === '' && root?.querySelectorAll('.field-mark').length === 0);
    expect(await inPanelEval(frame, (root) => root?.querySelector('.findings, .ok')?.textContent ?? '')).not.toContain('仍未公示');
  });
});
