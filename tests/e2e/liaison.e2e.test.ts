/**
 * The liaison view as an officer meets it: browse the sandbox's plan, task and result lists (the
 * extension keeps the rows it recognises), open the side panel page, see the department's row,
 * open a red cell, export the report; then import exported lists on the full liaison page.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import type { Page } from 'puppeteer-core';
import { activeFrame, launch, waitForPanel, type World } from './launch';
import { isDangerous, validSheetName } from '../../src/core/liaison';

let w: World;
let extensionId: string;
const downloads = mkdtempSync(join(tmpdir(), 'dra-dl-'));
const suggested: Record<string, string> = {};

const LISTS = ['/syn/sccheck/pubscworkplan', '/syn/sccheck/scplantask?tab=lead', '/syn/sccheck/scplantask?tab=part', '/syn/sccheck/pubscentresult'];

beforeAll(async () => {
  w = await launch();
  const sw = await w.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 20_000 });
  extensionId = new URL(sw.url()).host;
});
afterAll(async () => w?.close());

/** A department's row as the matrix shows it: rule id → colour. */
const rowOf = (p: Page, dep: string) =>
  p.$$eval(`[data-testid=liaison-matrix] tr[data-department="${dep}"] td`, (tds) => Object.fromEntries(tds.map((td) => [td.getAttribute('data-rule'), td.getAttribute('data-colour')])));

async function openExtensionPage(path: string): Promise<Page> {
  const p = await w.browser.newPage();
  // Downloads are allowed for the browser as a whole (headless Chromium refuses them otherwise).
  const cdp = await w.browser.target().createCDPSession();
  // Saved under the download's GUID; the name the page gave is the event's suggested file name.
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allowAndName', downloadPath: downloads, eventsEnabled: true });
  cdp.on('Browser.downloadWillBegin', (e) => void (suggested[e.guid] = e.suggestedFilename));
  await p.goto(`chrome-extension://${extensionId}/${path}`);
  return p;
}

describe('the liaison view', () => {
  it('browsing the lists fills the side panel: the department’s row shows its breaches', { timeout: 90_000 }, async () => {
    for (const list of LISTS) {
      await w.page.goto(`${w.url}?open=${encodeURIComponent(list)}`, { waitUntil: 'networkidle0' });
      await waitForPanel(await activeFrame(w.page));
    }
    const side = await openExtensionPage('sidepanel.html');
    // The rows reach the store through the background; reload until the year's departments are there.
    for (let i = 0; i < 20 && !(await side.$('[data-testid=liaison-matrix] tr[data-department="区应急管理局"]')); i++) {
      await new Promise((r) => setTimeout(r, 500));
      await side.reload();
    }
    await side.waitForSelector('[data-testid=liaison-matrix] tr[data-department="区应急管理局"]');
    expect(await side.$eval('[data-testid=liaison-sources]', (e) => e.textContent)).toContain(`${w.url}syn/sccheck/pubscentresult`);

    expect(await side.$$eval('[data-testid=year] option', (os) => os.map((o) => o.textContent))).toEqual(['2027', '2026']);
    await side.select('[data-testid=year]', '2026'); // the sandbox also has a draft plan for 2027
    await side.select('[data-testid=department]', '区应急管理局');
    const rows = await side.$$eval('[data-testid=liaison-matrix] tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-department')));
    expect(rows).toEqual(['区应急管理局']);
    const yj = await rowOf(side, '区应急管理局');
    expect(Object.entries(yj).filter(([, c]) => c === 'red')).toEqual([['annual.joint-per-department', 'red']]);

    await side.select('[data-testid=department]', '区市场监管局');
    expect(await rowOf(side, '区市场监管局')).toMatchObject({ 'annual.joint-per-department': 'green', 'plan.schedule.end-by': 'red', 'result.unpublished-is-undone': 'red' });
    await side.click('tr[data-department="区市场监管局"] td[data-rule="result.unpublished-is-undone"] button');
    const detail = await side.waitForSelector('[data-testid=cell-detail]');
    const text = await detail!.evaluate((e) => e.textContent ?? '');
    expect(text).toContain('丰市监抽查〔2026〕3号');
    expect(text).toContain('已实施检查但未进行公示的，视为未完成抽查检查');

    await side.click('[data-testid=export-xlsx]');
    let file: string | undefined;
    for (let i = 0; i < 40 && !file; i++) {
      await new Promise((r) => setTimeout(r, 250));
      file = readdirSync(downloads).find((f) => suggested[f] && !f.endsWith('.crdownload'));
    }
    // Headless Chromium names a blob download from an extension page "download" (the anchor's name is
    // not passed on): the content is what is checked here.
    expect(file).toBeDefined();
    const wb = XLSX.read(readFileSync(join(downloads, file!)), { cellFormula: true });
    expect(wb.SheetNames[0]).toBe('汇总');
    expect(wb.SheetNames.every(validSheetName)).toBe(true);
    const cells = wb.SheetNames.flatMap((n) => Object.entries(wb.Sheets[n]).filter(([k]) => !k.startsWith('!')).map(([, c]) => c as XLSX.CellObject));
    expect(cells.filter((c) => c.f !== undefined || (c.t === 's' && isDangerous(String(c.v))))).toEqual([]);
    const summary = XLSX.utils.sheet_to_json<string[]>(wb.Sheets['汇总'], { header: 1 }).map((r) => r.join('|')).join('\n');
    expect(summary).toContain('部门|区市场监管局');
    expect(summary).toContain(`${w.url}syn/sccheck/pubscworkplan（平台页面`);
    await side.close();
  });

  it('the full page imports exported lists with the row accounting, and their year is judged with the rest', { timeout: 60_000 }, async () => {
    const page = await openExtensionPage('liaison.html');
    await page.waitForSelector('[data-testid=liaison-matrix]');
    const input = await page.$('[data-testid=liaison-import]');
    await (input as unknown as { uploadFile(...p: string[]): Promise<void> }).uploadFile(...['plans.xlsx', 'tasks.xlsx', 'results.csv'].map((f) => resolve('tests/fixtures/liaison', f)));
    const log = await page.waitForSelector('[data-testid=import-log]');
    const text = await log!.evaluate((e) => e.textContent ?? '');
    expect(text).toMatch(/tasks\.xlsx：读取 12 行，保留 11，拒收 1/);
    expect(text).toMatch(/第 18 行：检查日期：日期「2026-13-01」无法识别/);
    // Every refused row is offered as a CSV, as many as the summaries count.
    const refusedCount = [...text.matchAll(/拒收 (\d+)/g)].reduce((n, m) => n + Number(m[1]), 0);
    expect(refusedCount).toBeGreaterThan(0);
    expect(await page.$eval('[data-testid=download-refused]', (e) => e.textContent)).toBe(`下载拒收的行（CSV，${refusedCount} 行）`);
    await page.select('[data-testid=year]', '2026');
    // The year is judged in a worker: wait for the answer that includes the imported files, not the one before.
    const unlinked = /results\.csv 第 19 行：所属任务「区抽查〔2026〕99号」不在已读入的任务清单中/;
    await page.waitForFunction((re: string) => new RegExp(re).test(document.querySelector('[data-testid=liaison-unlinked]')?.textContent ?? ''), { timeout: 30_000 }, unlinked.source);
    expect(await page.$eval('[data-testid=liaison-unlinked]', (e) => e.textContent ?? '')).toMatch(unlinked);
    await page.waitForSelector('tr[data-department="区生态环境局"] td[data-rule="plan.schedule.end-by"][data-colour="red"]');
    await page.select('[data-testid=department]', '区卫生健康委');
    expect(await rowOf(page, '区卫生健康委')).toMatchObject({ 'plan.schedule.annual-due': 'red', 'plan.temporary.basis': 'red', 'result.upload-same-day': 'amber' });
    await page.select('[data-testid=department]', '');
    await page.close();
  });
});
