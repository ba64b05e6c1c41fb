/**
 * The liaison view's layout. The full page at 1366×768: import and export above the fold, the delay chart with
 * the 20-working-day line and late / unpublished bars marked, the printed report opening with 报送单位, 联络员 and
 * the Beijing date typed beside the export button, and the page itself printed (Ctrl+P) with that block instead of its controls. The side panel usable at 320 px: Chrome's side panel is 320–400 px wide, and there no column header may be
 * squeezed to one character a line (the matrix's rule names, the detail's columns). Measured on the real
 * page: each header's text box is at least two CJK characters wide and has no more lines than two characters
 * a line would need.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { activeFrame, launch, waitForPanel, type World } from './launch';

let w: World;
let side: Page;
let id: string;
const downloads = mkdtempSync(join(tmpdir(), 'dra-dl-'));
const LISTS = ['/syn/sccheck/pubscworkplan', '/syn/sccheck/scplantask?tab=lead', '/syn/sccheck/scplantask?tab=part', '/syn/sccheck/pubscentresult'];

beforeAll(async () => {
  w = await launch();
  const sw = await w.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 20_000 });
  id = new URL(sw.url()).host;
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

describe('the liaison page at 1366×768', () => {
  it('import and export above the fold; the delay chart’s deadline line, late and unpublished marked; the printed report’s header block', async () => {
    const p = await w.browser.newPage();
    await p.setViewport({ width: 1366, height: 768 });
    const cdp = await w.browser.target().createCDPSession();
    // Saved under the download's GUID.
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allowAndName', downloadPath: downloads });
    await p.goto(`chrome-extension://${id}/liaison.html`);
    await p.waitForSelector('[data-testid=liaison-matrix] tr[data-department="区应急管理局"]');
    await p.select('[data-testid=year]', '2026');
    for (const sel of ['label:has([data-testid=liaison-import])', '[data-testid=export-xlsx]', '[data-testid=export-html]', '[data-testid=submit-unit]', '[data-testid=submit-officer]']) {
      const box = await p.$eval(sel, (e) => e.getBoundingClientRect().toJSON() as DOMRect);
      expect(box.bottom, sel).toBeLessThanOrEqual(768);
      expect(box.height, sel).toBeGreaterThan(0);
    }
    // The delay chart: the line, and the bars past it or unpublished marked in words.
    const chart = await p.$eval('[data-testid=delay-chart]', (f) => ({
      line: !!f.querySelector('[data-testid=deadline-line] line'),
      lineTitle: f.querySelector('[data-testid=deadline-line] title')?.textContent ?? '',
      rows: [...f.querySelectorAll('g[data-standing]')].map((g) => ({ standing: g.getAttribute('data-standing'), value: Number(g.getAttribute('data-value')), text: g.textContent ?? '' })),
      lineY: Number(f.querySelector('[data-testid=deadline-line] line')?.getAttribute('y1')),
    }));
    expect(chart.line).toBe(true);
    expect(chart.lineTitle).toContain('20 个工作日');
    const unpublished = chart.rows.find((r) => r.standing === 'unpublished');
    expect(unpublished!.value).toBeGreaterThan(0); // the sandbox holds checks done and not yet published
    expect(unpublished!.text).toContain('未公示');
    for (const r of chart.rows.filter((x) => x.standing === 'late' && x.value > 0)) expect(r.text).toContain('逾期');
    expect(chart.rows.filter((r) => r.standing === 'in-time').length).toBe(4);

    // 报送单位 and 联络员 typed, then the printed version exported.
    await p.click('[data-testid=submit-unit]', { clickCount: 3 });
    await p.keyboard.type('区市场监管局信用监管科');
    await p.click('[data-testid=submit-officer]');
    await p.keyboard.type('王联络');
    await p.click('[data-testid=export-html]');
    let file: string | undefined;
    for (let i = 0; i < 160 && !file; i++) {
      await new Promise((r) => setTimeout(r, 250));
      // The only download of this run (a fresh folder): the printed version.
      file = readdirSync(downloads).find((f) => !f.endsWith('.crdownload'));
    }
    expect(file).toBeDefined();
    const report = readFileSync(join(downloads, file!), 'utf8');
    const block = report.slice(report.indexOf('data-block="submit"'), report.indexOf('</table>', report.indexOf('data-block="submit"')));
    expect(block).toContain('报送单位');
    expect(block).toContain('区市场监管局信用监管科');
    expect(block).toContain('联络员');
    expect(block).toContain('王联络');
    const beijingToday = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    expect(block).toContain(beijingToday);
    // The block comes first, right under the title.
    expect(report.indexOf('data-block="submit"')).toBeLessThan(report.indexOf('class="meta"'));
    // Remembered for the next report.
    await p.reload();
    expect(await p.$eval('[data-testid=submit-officer]', (i) => (i as HTMLInputElement).value)).toBe('王联络');

    // The page printed as it is (Ctrl+P): the header block instead of the controls.
    await p.waitForSelector('[data-testid=liaison-matrix] tr[data-department="区应急管理局"]');
    const shown = () =>
      p.evaluate(() => ({
        head: (() => {
          const h = document.querySelector<HTMLElement>('[data-testid=print-head]');
          return h && h.getClientRects().length > 0 ? h.innerText : null;
        })(),
        controls: [...document.querySelectorAll<HTMLElement>('select, input, textarea, button')]
          .filter((e) => e.getClientRects().length > 0 && !e.closest('.cell'))
          .map((e) => e.outerHTML.slice(0, 80)),
        matrixRows: document.querySelectorAll('[data-testid=liaison-matrix] tbody tr').length,
      }));
    const screen = await shown();
    expect(screen.head).toBeNull(); // on screen the selects and fields say it
    expect(screen.controls.length).toBeGreaterThan(3);
    await p.emulateMediaType('print');
    const paper = await shown();
    expect(paper.controls).toEqual([]);
    expect(paper.matrixRows).toBe(screen.matrixRows);
    for (const t of ['报送单位', '区市场监管局信用监管科', '联络员', '王联络', beijingToday, '年度', '2026']) expect(paper.head).toContain(t);
    await p.emulateMediaType('screen');
  });
});
