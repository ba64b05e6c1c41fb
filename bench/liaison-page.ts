// The liaison page of the built extension (.output/chrome-mv3) in headless Chromium, given a generated year as its
// two list files: from the files chosen to the view on screen (read on the page, saved in parts, judged in the view
// worker), then a small file added to that year (judged incrementally by the worker); the page's longest
// main-thread task (PerformanceObserver 'longtask') and the peak memory of Chromium's processes (PSS).
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type ElementHandle } from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/support/chromium';
import { treeRss } from './tree-rss';

export interface LiaisonPageRun {
  filesToViewMs: number;
  addFileMs: number;
  /** the longest main-thread task while the year was read and judged, and while the file was added (ms; 0: none ≥ 50 ms) */
  longestTask: number;
  longestTaskAdding: number;
  peak: number;
}

const BUSY = 'main.liaison > p.busy';

/** Undefined with the reason when the page cannot be run here (no Chromium, no build). */
export async function runLiaisonPage(files: { tasks: Uint8Array; results: Uint8Array; more: Uint8Array }, firstDepartment: string): Promise<LiaisonPageRun | string> {
  const extension = resolve('.output/chrome-mv3');
  if (!existsSync(CHROMIUM)) return `chromium not installed at ${CHROMIUM}`;
  if (!existsSync(join(extension, 'manifest.json'))) return `the extension is not built (npm run build): ${extension}`;
  const dir = mkdtempSync(join(tmpdir(), 'dra-bench-liaison-'));
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, `${name}.csv`), bytes);
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, pipe: true, enableExtensions: [extension], args: ['--lang=zh-CN', ...CHROMIUM_ARGS], env: { ...process.env, LANG: 'zh_CN.UTF-8', LANGUAGE: 'zh_CN' }, protocolTimeout: 1_800_000 });
  const pid = browser.process()!.pid!;
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, treeRss(pid))), 250);
  try {
    const sw = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 60_000 });
    const page = await browser.newPage();
    await page.goto(`chrome-extension://${new URL(sw.url()).host}/liaison.html`);
    await page.waitForSelector('[data-testid=liaison-empty]');
    await page.evaluate(() => {
      const w = window as unknown as { longest: number };
      w.longest = 0;
      new PerformanceObserver((l) => l.getEntries().forEach((e) => (w.longest = Math.max(w.longest, e.duration)))).observe({ type: 'longtask', buffered: false });
    });
    const upload = async (...names: string[]) => ((await page.$('[data-testid=liaison-import]')) as ElementHandle<HTMLInputElement>).uploadFile(...names.map((n) => join(dir, `${n}.csv`)));
    const longest = () => page.evaluate(() => {
      const w = window as unknown as { longest: number };
      const l = w.longest;
      w.longest = 0;
      return l;
    });
    // The view is on screen when the department's row is there and the page no longer says it is busy.
    // An error the page shows ends the wait (and the run) with the error.
    const shown = async (more = false) => {
      await page.waitForFunction((busy: string, dep: string, more: boolean) => !!document.querySelector('main.liaison > p.error') || (!document.querySelector(busy) && !!document.querySelector(`tr[data-department="${dep}"]`) && (!more || /more\.csv/.test(document.querySelector('[data-testid=liaison-sources]')?.textContent ?? ''))), { timeout: 0, polling: 50 }, BUSY, firstDepartment, more);
      const error = await page.$eval('main.liaison > p.error', (e) => e.textContent).catch(() => undefined);
      if (error) throw new Error(`the liaison page says: ${error}`);
    };
    let t = performance.now();
    await upload('tasks', 'results');
    await shown();
    const filesToViewMs = performance.now() - t;
    const longestTask = await longest();
    t = performance.now();
    await upload('more');
    await shown(true);
    const addFileMs = performance.now() - t;
    return { filesToViewMs, addFileMs, longestTask, longestTaskAdding: await longest(), peak };
  } finally {
    clearInterval(sampler);
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
