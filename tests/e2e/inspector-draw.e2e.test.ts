/**
 * The inspector-draw page (随机抽取执法人员) as staff meet it: a valid draw (two inspectors per object, nobody who
 * must recuse) passes; one inspector per object is an error marked at 每户检查对象配置检查人员 with its clause; an
 * inspector matched to an object they declared a conflict with (回避) is an error marked at that object's row.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldMark, inPanelEval, launch, openWithPanel, waitFailing, waitInPanel, type World } from './launch';

let w: World;
beforeAll(async () => {
  w = await launch();
});
afterAll(async () => w?.close());

const PAGE = '/syn/pub/server/sccheck/entagent?taskId=RW-2026-004';

/** The panel has judged the page and lists no finding at all (not even 数据不足). */
const judgedClean = (root: ShadowRoot | null) => {
  const panel = root?.querySelector('.dra-panel');
  return !!panel && panel.getAttribute('data-failing') === '' && root!.querySelector('.body p.ok') !== null && root!.querySelector('.findings') === null;
};

describe('checks on the inspector-draw page', () => {
  it('a valid draw passes', async () => {
    const frame = await openWithPanel(w.page, w.url, PAGE);
    await waitInPanel(frame, judgedClean);
    expect(await inPanelEval(frame, (root) => root?.querySelector('.dra-panel')?.getAttribute('data-page-kind'))).toBe('inspectors');
  });

  it('one inspector per object: an error at 每户检查对象配置检查人员, with its clause', async () => {
    const frame = await openWithPanel(w.page, w.url, PAGE);
    await waitInPanel(frame, judgedClean);
    await frame.click('input[name="perObject"]', { clickCount: 3 });
    await frame.page().keyboard.type('1');
    await waitFailing(frame, 'strategy.min-inspectors-per-object', true);
    const mark = await waitInPanel(frame, fieldMark, {}, 'strategy.min-inspectors-per-object');
    expect(mark.field).toBe('strategy.inspectorsPerObject');
    expect(mark.severity).toContain('field-mark-error');
    expect(mark.title).toContain('检查人员不得少于两人');
    const input = await frame.$eval('input[name="perObject"]', (e) => { const r = e.getBoundingClientRect(); return { right: r.right, top: r.top, bottom: r.bottom }; });
    expect(mark.left).toBeGreaterThanOrEqual(input.right);
    expect(mark.top).toBeGreaterThanOrEqual(input.top - 2);
    expect(mark.bottom).toBeLessThanOrEqual(input.bottom + 2);
    // Back to two: it passes again.
    await frame.click('input[name="perObject"]', { clickCount: 3 });
    await frame.page().keyboard.type('2');
    await waitInPanel(frame, judgedClean);
  });

  it('an inspector who must recuse from an object: an error at that object’s row, naming both', async () => {
    const t = w.store.task('RW-2026-004')!;
    const a = t.draw!.assignments[2];
    const inspector = w.store.data.inspectors.find((i) => i.id === a.inspectorIds[0])!;
    const object = w.store.data.objects.find((o) => o.id === a.objectId)!;
    inspector.conflicts = [...inspector.conflicts, a.objectId]; // declared in the registry: the platform shows it, its matching ignores it
    const frame = await openWithPanel(w.page, w.url, PAGE);
    await waitFailing(frame, 'strategy.recusal', true);
    expect(await frame.$$eval('#agentTable tbody tr', (trs) => trs[2].querySelector('td.agent-recused')?.textContent)).toBe(inspector.name);
    await frame.evaluate(() => document.querySelectorAll('#agentTable tbody tr')[2].scrollIntoView({ block: 'center' }));
    const mark = await waitInPanel(frame, fieldMark, {}, 'strategy.recusal');
    expect(mark.field).toBe('assignments[2].inspectors');
    expect(mark.severity).toContain('field-mark-error');
    expect(mark.title).toContain(`${inspector.name}`);
    expect(mark.title).toContain(object.name);
    expect(mark.title).toContain('应当回避');
    const row = await frame.$eval('#agentTable tbody tr:nth-child(3) td.agent-names', (e) => { const r = e.getBoundingClientRect(); return { top: r.top, bottom: r.bottom }; });
    expect(mark.top).toBeGreaterThanOrEqual(row.top - 2);
    expect(mark.bottom).toBeLessThanOrEqual(row.bottom + 2);
  });
});
