/**
 * "Today" and the empty new form, as a user meets them: a new plan opened from the sandbox is not judged
 * before the user types (no warning about its filing date on an empty form), and once they type, the
 * filing date the rules use is the platform page's own date (its header: 当前日期), not the PC's clock.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failingRules, inPanel, inPanelEval, launch, openWithPanel, waitFailing, waitInPanel, type World } from './launch';

let w: World;
beforeAll(async () => {
  w = await launch();
});
afterAll(async () => w?.close());

describe('a new plan', () => {
  it('waits for the user, then judges against the page’s own date', async () => {
    // The sandbox's own date differs from the machine's on purpose: the rules must use the page's.
    w.store.data.today = '2026-03-20';
    const frame = await openWithPanel(w.page, w.url, '/syn/sccheck/pubscworkplan/edit');
    await inPanel(frame, '.waiting-input');
    expect(await failingRules(frame)).toEqual([]);
    expect(await inPanelEval(frame, (root) => root?.querySelectorAll('li.finding').length)).toBe(0);

    // The user's first keys: the form is judged, and a plan filed on the page's date (20 March) is in time.
    await frame.type('input[name="name"]', '2026年度广告发布行为抽查计划');
    await waitInPanel(frame, (root) => !!root?.querySelector('.dra-panel .body') && !root.querySelector('.waiting-input'));
    await inPanel(frame, 'li.finding');
    expect(await failingRules(frame)).not.toContain('plan.schedule.annual-due');

    // On a page dated after the due day, the same form is late, with that date in the message.
    w.store.data.today = '2026-05-08';
    const later = await openWithPanel(w.page, w.url, '/syn/sccheck/pubscworkplan/edit');
    await inPanel(later, '.waiting-input');
    await later.type('input[name="name"]', '2026年度广告发布行为抽查计划');
    await waitFailing(later, 'plan.schedule.annual-due', true);
    const text = await inPanelEval(later, (root) => root?.querySelector('li.finding[data-rule="plan.schedule.annual-due"]')?.textContent ?? '');
    expect(text).toContain('2026-05-08');
  });
});
