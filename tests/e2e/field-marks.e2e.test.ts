/**
 * Findings at the field, as a user meets them: on a saved joint plan that ends on 5 December, a red mark
 * sits beside the end date, its hover text says what is wrong and cites the clause; the mark stays (it is
 * not a flash), follows the field when the page scrolls, and goes when the date is fixed — in step with
 * the panel. The page's scripts cannot see it (it is in the panel's closed shadow root).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldMark, inPanelEval, laydatePick, launch, openWithPanel, waitFailing, waitInPanel, type World } from './launch';

let w: World;
beforeAll(async () => {
  w = await launch();
});
afterAll(async () => w?.close());

describe('a mark beside each field in breach', () => {
  it('sits by the end date with the message and clause, follows it, and goes when it is fixed', async () => {
    const frame = await openWithPanel(w.page, w.url, '/syn/sccheck/pubscworkplan/edit?id=JH-2026-002');
    await waitFailing(frame, 'plan.schedule.end-by', true);
    const mark = await waitInPanel(frame, fieldMark, {}, 'plan.schedule.end-by');
    expect(mark.field).toBe('plan.end');
    expect(mark.severity).toContain('field-mark-error');
    expect(mark.title).toContain('2026-12-05');
    expect(mark.title).toContain('《朝阳区进一步全面落实“双随机、一公开”监管工作实施意见》');
    const input = await frame.$eval('input[name="end"]', (e) => { const r = e.getBoundingClientRect(); return { right: r.right, top: r.top, bottom: r.bottom }; });
    expect(Math.abs(mark.left - (input.right + 4))).toBeLessThan(3);
    expect(mark.top).toBeGreaterThanOrEqual(input.top - 2);
    expect(mark.bottom).toBeLessThanOrEqual(input.bottom + 2);
    // Not a flash: still there later. And the page cannot reach it.
    await new Promise((r) => setTimeout(r, 2000));
    expect(await inPanelEval(frame, fieldMark, 'plan.schedule.end-by')).not.toBeNull();
    expect(await frame.evaluate(() => document.querySelector('dra-panel')?.shadowRoot ?? null)).toBeNull();

    // The page scrolls: the mark moves with the field.
    await frame.evaluate(() => window.scrollBy(0, 120));
    const inputAfter = await frame.$eval('input[name="end"]', (e) => e.getBoundingClientRect().top);
    await waitInPanel(frame, (root, r, top) => { const m = [...(root?.querySelectorAll<HTMLElement>('.field-mark') ?? [])].find((x) => x.dataset.rules?.includes(r)); return !!m && Math.abs(m.getBoundingClientRect().top - top) < 20; }, {}, 'plan.schedule.end-by', inputAfter);

    // Fixed on the form: the mark goes with the panel's finding.
    await laydatePick(frame, 'end', '2026-11-30');
    await waitFailing(frame, 'plan.schedule.end-by', false);
    await waitInPanel(frame, (root, r) => ![...(root?.querySelectorAll<HTMLElement>('.field-mark') ?? [])].some((x) => x.dataset.rules?.split(' ').includes(r)), {}, 'plan.schedule.end-by');
    // The joint plan's other breach (six departments) keeps its mark by the departments.
    expect(await inPanelEval(frame, (root) => [...(root?.querySelectorAll<HTMLElement>('.field-mark') ?? [])].map((m) => m.dataset.field))).toContain('plan.departments');
  });
});
