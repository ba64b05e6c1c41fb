/**
 * Crash safety of the registry import: the browser process is killed (SIGKILL) at 10 points spread over
 * a large import; after each restart with the same profile the library held is whole (the previous
 * 2,000 rows, never a mixture), and importing the same file again resumes from its checkpoint until it
 * finishes with exactly N rows and 0 duplicate codes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeObjectCsv } from '../../bench/registry-csv';
import { CHROMIUM, CHROMIUM_ARGS } from '../support/chromium';
import { EXTENSION } from './launch';

const N = 100_000; // ten chunks of 10,000 rows (the worker's chunk size)
const PREVIOUS = 2_000;
const tmp = mkdtempSync(join(tmpdir(), 'dra-crash-'));
const profile = join(tmp, 'profile');
const big = join(tmp, 'registry-100k.csv');
const small = join(tmp, 'registry-2k.csv');

async function open(): Promise<{ browser: Browser; page: Page }> {
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM, headless: true, pipe: true, enableExtensions: [EXTENSION], userDataDir: profile,
    args: ['--lang=zh-CN', ...CHROMIUM_ARGS], env: { ...process.env, LANG: 'zh_CN.UTF-8', LANGUAGE: 'zh_CN' },
  });
  const sw = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 60_000 });
  const page = await browser.newPage();
  await page.goto(`chrome-extension://${new URL(sw.url()).host}/registry.html`, { waitUntil: 'load' });
  return { browser, page };
}

async function start(page: Page, file: string) {
  await page.click('input[name=kind][value=objects]');
  await (await page.waitForSelector('input.file'))!.uploadFile(file);
  await page.waitForSelector('.step-mapping button.start:not([disabled])', { timeout: 60_000 });
  await page.click('.step-mapping button.start');
}

/** The active library read straight from IndexedDB: its rows, distinct codes, and the imports' states. */
function library(page: Page) {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((res, rej) => {
      const r = indexedDB.open('dra-registries');
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    const all = <T,>(store: string) => new Promise<T[]>((res) => {
      const r = db.transaction(store).objectStore(store).getAll();
      r.onsuccess = () => res(r.result as T[]);
    });
    const meta = (await all<{ kind: string; activeGen: number; count: number }>('registries')).find((m) => m.kind === 'objects');
    const keys = (await all<{ kind: string; gen: number; ids?: string[]; idText?: string; idEnds?: Uint32Array }>('blockKeys')).filter((k) => k.kind === 'objects' && k.gen === meta?.activeGen);
    // A key row's codes: one string with their ends (an older row: an array).
    const ids = keys.flatMap((k) => k.ids ?? Array.from(k.idEnds ?? [], (e, i) => k.idText!.slice(i ? k.idEnds![i - 1] : 0, e)));
    const imports = (await all<{ status: string; lastRow: number }>('imports')).map((i) => `${i.status}@${i.lastRow}`);
    db.close();
    return { count: meta?.count ?? 0, rows: ids.length, distinct: new Set(ids).size, imports };
  });
}

const readCount = (page: Page) => page.evaluate(() => Number(document.querySelector('.step-importing .count-read')?.textContent?.replace(/,/g, '') ?? 0));

beforeAll(async () => {
  await writeObjectCsv(big, N);
  await writeObjectCsv(small, PREVIOUS); // the same generator and seed: the big file's first 2,000 rows
}, 60_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('registry import: crash safety', () => {
  it('survives 10 kills of the browser process: the previous library stays whole, the import resumes to exactly N rows', async () => {
    let { browser, page } = await open();
    await start(page, small);
    await page.waitForSelector('.step-done', { timeout: 120_000 });
    expect(await library(page)).toMatchObject({ count: PREVIOUS, rows: PREVIOUS, distinct: PREVIOUS });
    await browser.close();

    const killedAt: number[] = [];
    const checkpoints: string[] = [];
    for (let k = 0; k < 10; k++) {
      ({ browser, page } = await open());
      await start(page, big);
      // Kill points spread over the import by progress (rows read, which resume from the checkpoint).
      const target = Math.round(((k + 0.5) / 10) * N);
      const deadline = Date.now() + 30_000;
      let read = 0;
      while (Date.now() < deadline && read < target && !(await page.$('.step-done, .failed'))) {
        read = await readCount(page);
        await new Promise((r) => setTimeout(r, 20));
      }
      if (await page.$('.step-done')) break; // finished before this kill point
      killedAt.push(read);
      process.kill(browser.process()!.pid!, 'SIGKILL');
      await new Promise((r) => browser.process()!.once('exit', r));

      ({ browser, page } = await open());
      const lib = await library(page);
      // Whole: the previous 2,000 rows, or the whole new library if the switch committed before the kill.
      expect([PREVIOUS, N]).toContain(lib.count);
      expect(lib).toMatchObject({ rows: lib.count, distinct: lib.count });
      checkpoints.push(lib.imports.at(-1) ?? '');
      await browser.close();
    }
    expect(killedAt.length).toBe(10);
    // Each restart found the import at a checkpoint at least as far as the one before: the kills did not lose the work done.
    const lastRows = checkpoints.map((c) => Number(c.split('@')[1]));
    expect(checkpoints.every((c) => /^(running|merging)@\d+$/.test(c))).toBe(true);
    expect(lastRows).toEqual([...lastRows].sort((a, b) => a - b));

    ({ browser, page } = await open());
    await start(page, big);
    await page.waitForSelector('.step-done', { timeout: 300_000 });
    const done = await page.$eval('.step-done', (d) => ({ status: d.getAttribute('data-status'), resumed: d.querySelector('h3')?.textContent ?? '', addsUp: d.querySelector('table.counts')?.getAttribute('data-adds-up') }));
    const lib = await library(page);
    await browser.close();
    expect(done.addsUp).toBe('true');
    expect(done.resumed).toMatch(/断点|resumed/);
    expect(lib).toMatchObject({ count: N, rows: N, distinct: N });
    console.log(`crash safety: ${killedAt.length} kills (at rows read ${killedAt.map((r) => r.toLocaleString('en')).join(', ')}), ${killedAt.length} restarts each with the library whole, checkpoints ${checkpoints.join(' ')}; final import ${done.status}${/断点|resumed/.test(done.resumed) ? ' (resumed)' : ''}: ${lib.count.toLocaleString('en')} rows, ${(lib.rows - lib.distinct)} duplicates`);
  }, 900_000); // 10 browser starts, kills and restarts: 165 s on a quiet machine, far more under load; a limit, not a measure
});
