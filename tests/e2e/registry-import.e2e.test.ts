/**
 * The registries end to end: the sandbox's 导出 file imported on the extension's registry page (counts,
 * rejected rows, their CSV), browsed, and then used by the draw preview on the sandbox's strategy page.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inPanelEval, launch, openWithPanel, runPreview, type World } from './launch';
import { writeObjectCsv } from '../../bench/registry-csv';

let w: World;
let reg: Page;
let extId: string;
const tmp = mkdtempSync(join(tmpdir(), 'dra-reg-e2e-'));

beforeAll(async () => {
  w = await launch();
  const sw = await w.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 15_000 });
  extId = new URL(sw.url()).host;
  reg = await w.browser.newPage();
  await reg.goto(`chrome-extension://${extId}/registry.html`, { waitUntil: 'load' });
}, 60_000);
afterAll(() => w?.close());

async function download(path: string, name: string) {
  const res = await fetch(`${w.url}${path}`);
  const file = join(tmp, name);
  writeFileSync(file, Buffer.from(await res.arrayBuffer()));
  return file;
}

async function importFile(kind: 'objects' | 'inspectors', file: string) {
  await reg.click(`input[name=kind][value=${kind}]`);
  const input = await reg.waitForSelector('input.file');
  await input!.uploadFile(file);
  await reg.waitForSelector('.step-mapping button.start:not([disabled])', { timeout: 15_000 });
  await reg.click('.step-mapping button.start');
  await reg.waitForSelector('.step-done', { timeout: 30_000 });
  // The rejected rows are read from the database after the counts show.
  await reg.waitForFunction(() => { const d = document.querySelector('.step-done')!; return Number(d.querySelector('.count-rejected')?.textContent) === d.querySelectorAll('tr.rejected-row').length; });
  return reg.$eval('.step-done', (d) => ({
    status: d.getAttribute('data-status'),
    addsUp: d.querySelector('table.counts')?.getAttribute('data-adds-up'),
    counts: Object.fromEntries(['read', 'imported', 'updated', 'duplicate', 'rejected', 'warnings'].map((k) => [k, Number(d.querySelector(`.count-${k}`)?.textContent?.replace(/,/g, ''))])),
    rejected: [...d.querySelectorAll('tr.rejected-row')].map((r) => [Number(r.getAttribute('data-row')), r.querySelector('td:last-child')?.textContent ?? '']),
  }));
}

describe('registries: import, browse, and the draw preview', () => {
  it('imports the sandbox’s exported registries: every row counted, none refused', async () => {
    const objects = await download('syn/sccheck/entlib/export', 'object-registry.xlsx');
    const r = await importFile('objects', objects);
    const n = (await (await fetch(`${w.url}syn/sccheck/entlib/data?length=1`)).json()).recordsTotal as number;
    expect(r).toMatchObject({ status: 'done', addsUp: 'true', counts: { read: n, imported: n, updated: 0, duplicate: 0, rejected: 0 } });
    // The page's two workers: the import, and the writer that stores its chunks (src/storage/chunk-write.ts).
    expect(reg.workers().map((x) => new URL(x.url()).pathname).sort()).toEqual([expect.stringMatching(/\/chunk-writer\.worker-[\w-]+\.js$/), expect.stringMatching(/\/import\.worker-[\w-]+\.js$/)]);
    const inspectors = await download('syn/sccheck/agentlib/export', 'inspector-registry.xlsx');
    const i = await importFile('inspectors', inspectors);
    expect(i.counts.rejected).toBe(0);
    expect(i.counts.imported).toBeGreaterThan(10);
    // The same file again changes nothing.
    const again = await importFile('objects', objects);
    expect(again).toMatchObject({ status: 'unchanged', counts: { read: n, imported: 0, duplicate: n } });
  }, 90_000);

  it('shows the rejected rows with their row numbers and reasons, and downloads them as CSV', async () => {
    const r = await importFile('objects', 'tests/fixtures/registries/bad-check-digit.csv');
    expect(r.counts).toMatchObject({ read: 7, rejected: 5, warnings: 1 });
    expect(r.addsUp).toBe('true');
    expect(r.rejected.map(([row]) => row)).toEqual([3, 4, 5, 6, 7]);
    expect(r.rejected[2][1]).toMatch(/缺少企业名称|name/);
    const cdp = await reg.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: tmp, eventsEnabled: true });
    await reg.click('button.download-rejected');
    const deadline = Date.now() + 10_000;
    let csv = '';
    while (Date.now() < deadline && !csv) {
      const f = readdirSync(tmp).find((x) => x.endsWith('-rejected.csv'));
      if (f) csv = readFileSync(join(tmp, f), 'utf8');
      else await new Promise((res) => setTimeout(res, 200));
    }
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toMatch(/^行号,原因,统一社会信用代码,企业名称/);
    expect(lines.slice(1).map((l) => Number(l.split(',')[0]))).toEqual([3, 4, 5, 6, 7]);
  }, 60_000);

  it('browses: count, filter and a virtualised list', async () => {
    const count = () => reg.$eval('p.count', (p) => Number(p.getAttribute('data-count')));
    await reg.waitForFunction(() => Number(document.querySelector('p.count')?.getAttribute('data-count')) > 0);
    const all = await count();
    expect(all).toBeGreaterThan(100);
    expect(await reg.$$eval('.vlist .vrow', (rows) => rows.length)).toBeLessThan(40);
    await reg.click('.classes input[value=D]');
    await reg.waitForFunction((n) => Number(document.querySelector('p.count')?.getAttribute('data-count')) < n, {}, all);
    const d = await count();
    expect(d).toBeGreaterThan(0);
    await reg.waitForFunction(() => [...document.querySelectorAll('.vlist .vrow')].some((r) => r.textContent?.includes('D')));
    await reg.click('.classes input[value=D]');
    await reg.type('input.search', '北京东城');
    await reg.waitForFunction(() => document.querySelector('p.count')?.getAttribute('data-count') === '1');
  }, 30_000);

  it('a large import shows its progress and can be cancelled, leaving the registry as it was', async () => {
    const before = await reg.$eval('p.held', (p) => p.textContent);
    const big = join(tmp, 'big.csv');
    await writeObjectCsv(big, 300_000);
    await reg.click('input[name=kind][value=objects]');
    await (await reg.waitForSelector('input.file'))!.uploadFile(big);
    await reg.waitForSelector('.step-mapping button.start:not([disabled])', { timeout: 15_000 });
    await reg.click('.step-mapping button.start');
    await reg.waitForFunction(() => Number((document.querySelector('.step-importing progress') as HTMLProgressElement | null)?.value) > 0, { timeout: 30_000 });
    await reg.click('.step-importing button.cancel');
    await reg.waitForSelector('.cancelled', { timeout: 30_000 });
    expect(await reg.$eval('.cancelled', (d) => d.textContent)).toMatch(/导入已取消|import cancelled/);
    expect(await reg.$eval('p.held', (p) => p.textContent)).toBe(before);
  }, 90_000);

  it('the draw preview on the strategy page says it used the imported registries', async () => {
    const PAGE = '/syn/pub/server/sccheck/entback/randompage?taskId=RW-2026-002';
    const frame = await openWithPanel(w.page, w.url, PAGE);
    await runPreview(frame, 'div.preview-result:not([data-keeping]), p.error');
    const shown = await inPanelEval(frame, (root) => {
      root = root!;
      return { hint: root.querySelector('.preview-result .hint')?.textContent ?? '', error: root.querySelector('.preview p.error')?.textContent ?? '', drawn: Number(root.querySelector('.preview-result')?.getAttribute('data-drawn')) };
    });
    expect(shown.error).toBe('');
    expect(shown.hint).toMatch(/导入的名录库（对象 \d+，人员 \d+/);
    expect(shown.drawn).toBeGreaterThan(0);
  }, 60_000);
});
