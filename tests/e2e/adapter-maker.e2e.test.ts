/**
 * The adapter maker as a user meets it, with clicks only: on a layui plan form that no adapter covers
 * (tests/fixtures/pages/layui-plan.html), the panel offers 制作适配器, recognises fields by their labels,
 * the user picks the one it does not know on the page and says what it is, tries the adapter live,
 * saves it, and the page's findings are shown — again after a reload, from the saved adapter.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame } from 'puppeteer-core';
import { allowOrigins, clickInPanel, inPanel, launch, waitFailing, waitForPanel, type World } from './launch';
import { LAYUI_ROUTES, serveFixtures, type FixtureServer } from './fixture-server';

let w: World;
let fx: FixtureServer;

beforeAll(async () => {
  w = await launch();
  fx = await serveFixtures(LAYUI_ROUTES);
  // Another port of 127.0.0.1: the overlay runs there once the user adds it, as on any platform origin.
  await allowOrigins(w, [fx.url]);
});
afterAll(async () => {
  await fx?.close();
  await w?.close();
});

// A user's click: once the button is enabled, still and seen by the browser in plain sight (the panel's
// clickjacking guard refuses a click on a button it has not yet seen; a loaded machine reports late).
const click = (frame: Frame, sel: string) => clickInPanel(frame, sel);
const attr = async (frame: Frame, sel: string, name: string) => (await inPanel(frame, sel)).evaluate((e, n) => e.getAttribute(n), name);

describe('making an adapter with clicks only', () => {
  it('from the maker to the page’s findings', async () => {
    await w.page.bringToFront();
    await w.page.goto(`${fx.url}/layui/jh/edit?id=7`, { waitUntil: 'load' });
    const frame = w.page.mainFrame();
    await waitForPanel(frame);
    await click(frame, 'button.maker-open');
    // The page kind from its heading (新增抽查计划), and the fields the label lexicon knows.
    expect(await attr(frame, '.dra-maker', 'data-kind')).toBe('plan');
    for (const f of ['plan.lead', 'plan.scope', 'plan.departments', 'plan.name']) await inPanel(frame, `ul.maker-fields li[data-field="${f}"]`);
    expect(await attr(frame, 'ul.maker-fields li[data-field="plan.departments"]', 'data-confidence')).toBe('high');
    // 活动时间 is no label the lexicon knows: the user picks its second input on the page and says it is the end.
    await click(frame, 'button.maker-pick');
    await inPanel(frame, 'button.maker-pick[disabled]');
    await frame.click('#jssj');
    await click(frame, '.maker-vocab button[data-field="plan.end"]');
    const end = await inPanel(frame, 'ul.maker-fields li[data-field="plan.end"]');
    expect(await end.evaluate((e) => e.getAttribute('data-confidence'))).toBe('picked');
    expect(await end.evaluate((e) => e.textContent)).toContain('2025-12-05');
    // Tried live: the page's findings before anything is saved.
    await click(frame, 'button.maker-try');
    const tried = await inPanel(frame, '.maker-tried');
    const failing = ((await tried.evaluate((e) => e.getAttribute('data-failing'))) ?? '').split(' ');
    expect(failing).toEqual(expect.arrayContaining(['plan.joint.max-departments', 'plan.schedule.end-by']));
    // Saved: the panel now checks the page through the new adapter.
    await click(frame, 'button.maker-save');
    await waitFailing(frame, 'plan.joint.max-departments', true, 20_000);
    await waitFailing(frame, 'plan.schedule.end-by', true);
    // And it stays: a reload recognises the page by the saved adapter.
    await w.page.reload({ waitUntil: 'load' });
    const again = w.page.mainFrame();
    await waitForPanel(again);
    await waitFailing(again, 'plan.schedule.end-by', true, 20_000);
    expect(await attr(again, '.dra-panel', 'data-page-kind')).toBe('plan');
  });
});
