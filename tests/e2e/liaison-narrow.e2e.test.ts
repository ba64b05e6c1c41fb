/**
 * The side panel usable at 320 px: Chrome's side panel is 320–400 px wide, and there no column header may be
 * squeezed to one character a line (the matrix's rule names, the detail's columns). Measured on the real
 * page: each header's text box is at least two CJK characters wide and has no more lines than two characters
 * a line would need.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { activeFrame, launch, waitForPanel, type World } from './launch';

let w: World;
let side: Page;
const LISTS = ['/syn/sccheck/pubscworkplan', '/syn/sccheck/scplantask?tab=lead', '/syn/sccheck/scplantask?tab=part', '/syn/sccheck/pubscentresult'];

beforeAll(async () => {
  w = await launch();
  const sw = await w.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 20_000 });
  const id = new URL(sw.url()).host;
  // The lists browsed, as an officer does: their rows fill the view.
  for (const list of LISTS) {
    await w.page.goto(`${w.url}?open=${encodeURIComponent(list)}`, { waitUntil: 'networkidle0' });
    await waitForPanel(await activeFrame(w.page));
  }
  side = await w.browser.newPage();
  await side.goto(`chrome-extension://${id}/sidepanel.html`);
  // The rows reach the store through the background; reload until the year's departments are there.
  for (let i = 0; i < 40 && !(await side.$('[data-testid=liaison-matrix] tr[data-department="区应急管理局"]')); i++) {
    await new Promise((r) => setTimeout(r, 500));
    await side.reload();
  }
  await side.waitForSelector('[data-testid=liaison-matrix] tr[data-department="区应急管理局"]');
  await side.select('[data-testid=year]', '2026'); // the sandbox also has a draft plan for 2027
}, 240_000);
afterAll(async () => w?.close());

/** Every visible column header: its text, its text box's width in characters, and its lines against its length. */
const headers = (p: Page) =>
  p.$$eval('th', (ths) =>
    ths
      .filter((th) => th.getClientRects().length > 0 && (th.textContent ?? '').trim().length >= 2)
      .map((th) => {
        const cs = getComputedStyle(th);
        const font = parseFloat(cs.fontSize);
        const width = th.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
        const range = document.createRange();
        range.selectNodeContents(th);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        const text = (th.textContent ?? '').trim();
        return { text, chars: +(width / font).toFixed(2), lines, length: [...text].length };
      }),
  );

describe.each([320, 400])('the side panel at %i px', (width) => {
  it('no column header narrower than two characters, none one character a line (matrix and a cell’s detail)', async () => {
    await side.setViewport({ width, height: 700 });
    await side.waitForSelector('[data-testid=liaison-matrix] tr[data-department="区市场监管局"] td[data-colour=red] button');
    // A red cell's detail opened, as the officer does.
    await side.click('[data-testid=liaison-matrix] tr[data-department="区市场监管局"] td[data-colour=red] button');
    await side.waitForSelector('[data-testid=cell-detail] th');
    const hs = await headers(side);
    expect(hs.length).toBeGreaterThan(10); // the matrix's rules and the detail's columns were measured
    const squeezed = hs.filter((h) => h.chars < 2 || h.lines > Math.ceil(h.length / 2));
    expect(squeezed).toEqual([]);
    // The page itself does not scroll sideways: the matrix scrolls in its own box.
    expect(await side.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
  });
});
