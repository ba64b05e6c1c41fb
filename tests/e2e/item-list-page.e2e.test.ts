/**
 * The item list read from the platform's own list page, as a user meets it: opening Zhejiang's
 * 抽查检查事项清单 page (tests/fixtures/zhejiang/item-list-page.html) keeps its rows (the options page says how
 * many, from where); the task page, which shows its items without legal basis, then takes them from that list,
 * and the panel's 读取情况 says so.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowOrigins, clickInPanel, inPanelEval, launch, openOptions, waitForPanel, waitInPanel, type World } from './launch';
import { ZHEJIANG_ROUTES, serveFixtures, type FixtureServer } from './fixture-server';

let w: World;
let fx: FixtureServer;

beforeAll(async () => {
  w = await launch();
  fx = await serveFixtures(ZHEJIANG_ROUTES);
  // Another port of 127.0.0.1: the overlay runs there once the user adds it, as on any platform origin.
  await allowOrigins(w, [fx.url]);
});
afterAll(async () => {
  await fx?.close();
  await w?.close();
});

describe('the platform’s item list page', () => {
  it('is kept as the item list and gives the task page its legal bases', { timeout: 120_000 }, async () => {
    await w.page.bringToFront();
    await w.page.goto(`${fx.url}/syn/pub/server/sccheck/pubsccheckitem/pubsccheckitemlist`, { waitUntil: 'load' });
    await waitForPanel(w.page.mainFrame());
    const options = await openOptions(w);
    // The rows reach the store through the background: reload until they are there.
    for (let i = 0; i < 40 && !(await options.$('section#item-list .page-items[data-page-items="3"]')); i++) {
      await new Promise((r) => setTimeout(r, 500));
      await options.reload();
      await options.waitForSelector('main.options[data-ready=yes]');
    }
    const said = await options.$eval('section#item-list .page-items', (p) => ({ n: p.getAttribute('data-page-items'), text: p.textContent ?? '' }));
    expect(said.n).toBe('3');
    expect(said.text).toContain('pubsccheckitemlist');
    expect(said.text).toContain('拒绝 1 行');
    await options.close();

    await w.page.bringToFront();
    await w.page.goto(`${fx.url}/syn/sccheck/scplantask/addOrEditView?uid=c71e0a5b44&flag=2`, { waitUntil: 'load' });
    const frame = w.page.mainFrame();
    await waitForPanel(frame);
    await clickInPanel(frame, 'button[data-tab="reading"]');
    const lines = await waitInPanel(frame, (root) => {
      const ls = [...(root?.querySelectorAll('li.read-line[data-field="item.legalBasis"]') ?? [])];
      return ls.length === 2 ? ls.map((l) => l.textContent ?? '') : null;
    }, { timeout: 20_000 });
    expect(lines[0]).toContain('《中华人民共和国食品安全法》第一百一十条');
    expect(lines[0]).toContain('事项清单「餐饮服务单位食品安全检查」');
    expect(lines[1]).toContain('《中华人民共和国消防法》第五十三条');
    // The kind the platform's list does not show is said to be missing, not guessed.
    const kind = await inPanelEval(frame, (root) => root?.querySelector('li.read-line[data-field="item.kind"]')?.textContent ?? '');
    expect(kind).toContain('没有事项类别');
  });
});
