/**
 * A plan table pasted on the liaison page, as a liaison officer copies it from a web page (HTML on the
 * clipboard, merged cells and all) or from Excel (tab-separated text): every row read is counted, the
 * cells that cannot be read are named with their text, and each row gets its findings.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launch, type World } from './launch';

let w: World;
let page: Page;

beforeAll(async () => {
  w = await launch();
  const sw = await w.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 20_000 });
  page = await w.browser.newPage();
  await page.goto(`chrome-extension://${new URL(sw.url()).host}/liaison.html`);
  await page.waitForSelector('[data-testid=table-paste]');
}, 60_000);
afterAll(async () => w?.close());

/** Paste into the box the way the browser does: a paste event carrying the clipboard's HTML and text. */
async function paste(html: string | undefined, text: string) {
  await page.$eval(
    '[data-testid=table-paste]',
    (el, h, t) => {
      const dt = new DataTransfer();
      if (h) dt.setData('text/html', h);
      dt.setData('text/plain', t);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    },
    html,
    text,
  );
}

const rows = () =>
  page.$$eval('[data-testid=pasted-row]', (els) =>
    els.map((e) => ({
      row: Number(e.getAttribute('data-row')),
      rules: [...e.querySelectorAll('[data-testid=pasted-finding]')].map((f) => f.getAttribute('data-rule')),
      unread: [...e.querySelectorAll('[data-testid=pasted-unread]')].map((f) => f.textContent ?? ''),
      text: e.textContent ?? '',
    })),
  );

const account = () => page.$eval('[data-testid=pasted-account]', (e) => ({ read: e.getAttribute('data-read'), kept: e.getAttribute('data-kept'), refused: e.getAttribute('data-refused'), text: e.textContent }));

describe('pasting a plan table on the liaison page', () => {
  it('HTML copied from a web page: the title gives the year, every row is counted, each row has its findings and unread cells', { timeout: 60_000 }, async () => {
    const html = readFileSync(resolve('tests/fixtures/plan-tables/files/shanxi-2021-cities.html'), 'utf8');
    await paste(html, 'the text/plain half is not used when the HTML holds a table');
    await page.waitForSelector('[data-testid=pasted-account]');
    expect(await account()).toMatchObject({ read: '5', kept: '5', refused: '0' });
    expect((await account()).text).toContain('计划年度 2021');
    const r = await rows();
    const row3 = r.find((x) => x.row === 3)!;
    expect(row3.rules).toEqual(['plan.schedule.end-by']);
    expect(row3.text).toContain('抽查检查起止时间「1—12」');
    expect(row3.text).toContain('《'); // the clause is cited as people cite it
    expect(row3.unread.join()).toContain('频次部分「1/」无法识别');
    expect(r.find((x) => x.row === 4)!.rules).toEqual(['plan.schedule.halves']);
    // What every row lacks is said once for the table, not on each row.
    expect(await page.$eval('[data-testid=pasted-common]', (e) => e.textContent)).toContain('检查事项类别（重点或一般）');
    expect(r.every((x) => !x.text.includes('检查事项类别'))).toBe(true);
  });

  it('TSV copied from Excel: a title row, the header and the rows; a cell with a line break is quoted', { timeout: 60_000 }, async () => {
    const corpus = JSON.parse(readFileSync(resolve('tests/fixtures/plan-tables/corpus.json'), 'utf8')) as { tables: Array<{ file: string; title: string[]; header: string[]; rows: string[][] }> };
    const t = corpus.tables.find((x) => x.file === 'shanggao-2023-scjgj.csv')!;
    const q = (c: string) => (/[\t\n"]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
    const tsv = [[t.title[0]], t.header, ...t.rows].map((r) => r.map(q).join('\t')).join('\r\n');
    await paste(undefined, tsv);
    await page.waitForFunction(() => document.querySelector('[data-testid=pasted-account]')?.getAttribute('data-read') === '8');
    expect(await account()).toMatchObject({ read: '8', kept: '8', refused: '0' });
    const r = await rows();
    // Row 3 of the sheet is the header; row 5 is the table's third row, 1%: below every item kind's minimum.
    expect(r.find((x) => x.row === 5)!.rules.sort()).toEqual(['plan.rate.below-every-minimum', 'plan.schedule.end-by']);
    expect(r.filter((x) => x.rules.includes('plan.schedule.end-by')).map((x) => x.row)).toEqual([3, 4, 5, 6, 7, 8, 9]);
    expect(await page.$eval('[data-testid=table-paste]', (e) => (e as HTMLTextAreaElement).value)).toContain('上高县市场监督管理局');
  });

  it('text that is no plan table: every row refused with the headers seen and expected, nothing checked', { timeout: 60_000 }, async () => {
    await paste(undefined, '姓名\t电话\n张三\t123\n李四\t456');
    await page.waitForSelector('[data-testid=pasted-nothing]');
    expect(await account()).toMatchObject({ read: '3', kept: '0', refused: '3' });
    const refused = await page.$$eval('[data-testid=pasted-refused]', (els) => els.map((e) => e.textContent ?? ''));
    expect(refused[0]).toContain('姓名');
    expect(refused[0]).toContain('抽查比例');
  });
});
