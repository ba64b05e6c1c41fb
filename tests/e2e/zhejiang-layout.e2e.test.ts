/**
 * The panel's layout beyond the sandbox: on the Zhejiang fixture pages (plan, task, draw library; written after the
 * platform's public source, tests/fixtures/zhejiang) at 1366×768, expanded and collapsed, scrolled from top to
 * bottom, no field, button, link or pager of the page lies under the panel — the draw library's 固定/比例 radios
 * and count boxes (the cells a template fill changes) included.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowOrigins, launch, waitForPanel, waitInPanel, type World } from './launch';
import { serveFixtures, ZHEJIANG_ROUTES, type FixtureServer } from './fixture-server';
import { coveredWhileScrolling, setOpen } from './panel-cover';

let w: World;
let fx: FixtureServer;
beforeAll(async () => {
  w = await launch();
  fx = await serveFixtures(ZHEJIANG_ROUTES);
  await allowOrigins(w, [fx.url]);
});
afterAll(async () => {
  await fx?.close();
  await w?.close();
});

/** Zhejiang's controls outside a <form> (the draw library's table, its buttons): measured too. */
const ZHEJIANG_CONTROLS = ['table#scentcondition-table input:not([type=hidden])', 'input[type=button]', 'button', '#save', '#confirmCondition', '#randomButton'];

const PAGES: Array<[string, string]> = [
  ['plan', '/syn/sccheck/pubscworkplan/addOrEditView'],
  ['task', '/syn/sccheck/scplantask/addOrEditView'],
  ['draw library', '/syn/pub/server/sccheck/entback/randompage?taskUid=c71e0a5b44'],
];

describe('the Zhejiang fixture pages at 1366×768', () => {
  it.each(PAGES)('%s page: nothing of the page under the panel, expanded or collapsed', async (kind, path) => {
    await w.page.setViewport({ width: 1366, height: 768, deviceScaleFactor: 1 });
    await w.page.bringToFront();
    await w.page.goto(fx.url + path, { waitUntil: 'load' });
    const frame = w.page.mainFrame();
    await waitForPanel(frame);
    await waitInPanel(frame, (root) => root?.querySelector('.dra-panel .badges'));
    for (const open of [true, false]) {
      await frame.evaluate(() => window.scrollTo(0, 0));
      await setOpen(frame, open);
      const r = await coveredWhileScrolling(frame, ZHEJIANG_CONTROLS);
      expect(r.covered, `${open ? 'expanded' : 'collapsed'}`).toEqual([]);
      // The test saw what it is about: the page's own controls.
      expect(r.seen.size, kind).toBeGreaterThan(2);
      if (kind === 'draw library') expect([...r.seen].join(' ')).toMatch(/input/);
    }
  });
});
