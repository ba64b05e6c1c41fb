/**
 * Issue 20: a province's year on the liaison page. A year of 120,000 results (DRA_E2E_LIAISON_RESULTS) is imported
 * from its two list files; while the view worker judges it the page keeps answering: animation frames keep coming
 * and clicks are handled (counted, not timed: each frame and click notes whether the page still says it is busy).
 * Then the view appears; a file added afterwards is judged into it.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import { launch, type World } from './launch';
import { benchYearFiles } from '../../bench/liaison.bench';

const RESULTS = Number(process.env.DRA_E2E_LIAISON_RESULTS ?? 120_000);
let w: World;
let page: Page;
const dir = mkdtempSync(join(tmpdir(), 'dra-liaison-year-'));

beforeAll(async () => {
  w = await launch();
  const sw = await w.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 20_000 });
  page = await w.browser.newPage();
  await page.goto(`chrome-extension://${new URL(sw.url()).host}/liaison.html`);
  await page.waitForSelector('[data-testid=liaison-empty]');
}, 60_000);
afterAll(async () => w?.close());

const upload = async (...files: string[]) => ((await page.$('[data-testid=liaison-import]')) as ElementHandle<HTMLInputElement>).uploadFile(...files);
const BUSY = 'main.liaison > p.busy';

describe('the liaison page with a province-sized year', () => {
  it(`keeps answering while the worker judges ${RESULTS.toLocaleString('en')} results, then shows the view`, { timeout: 600_000 }, async () => {
    const files = benchYearFiles(RESULTS);
    writeFileSync(join(dir, 'tasks.csv'), files.tasks);
    writeFileSync(join(dir, 'results.csv'), files.results);
    // The probe: every animation frame and every click of a button of its own, each noting whether the page is busy.
    await page.evaluate((busy: string) => {
      const p = { frames: 0, framesBusy: 0, clicks: 0, clicksBusy: 0 };
      (window as unknown as { probe: typeof p }).probe = p;
      const isBusy = () => !!document.querySelector(busy);
      const tick = () => {
        p.frames++;
        if (isBusy()) p.framesBusy++;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      const b = document.createElement('button');
      b.id = 'probe';
      b.textContent = '·';
      b.onclick = () => {
        p.clicks++;
        if (isBusy()) p.clicksBusy++;
      };
      document.body.prepend(b);
    }, BUSY);
    await upload(join(dir, 'tasks.csv'), join(dir, 'results.csv'));
    // Read and saved (in parts of 20,000: one message holds no more), then judged in the worker.
    const log = await page.waitForSelector('[data-testid=import-log]', { timeout: 300_000 });
    expect(await log!.evaluate((e) => e.textContent)).toContain(`results.csv：读取 ${RESULTS} 行，保留 ${RESULTS}，拒收 0`);
    await page.waitForSelector(BUSY, { timeout: 300_000 });
    // Click for as long as the page says the worker is busy.
    let clicked = 0;
    while (await page.$(BUSY)) {
      await page.click('#probe');
      clicked++;
    }
    await page.waitForSelector('[data-testid=liaison-matrix] tr[data-department="区第1局"]', { timeout: 300_000 });
    const probe = await page.evaluate(() => (window as unknown as { probe: Record<string, number> }).probe);
    expect(probe.clicks).toBe(clicked);
    expect(probe.clicksBusy).toBeGreaterThanOrEqual(1);
    expect(probe.framesBusy).toBeGreaterThanOrEqual(5);
    console.log(`liaison ${RESULTS} results: ${probe.framesBusy} frames and ${probe.clicksBusy} clicks while the worker judged (${probe.frames} frames in all)`);

    // The view: every result counted (a tenth of the bench year's results are unpublished: late by asOf or due).
    const cell = (dep: string) => page.$eval(`tr[data-department="${dep}"] td[data-rule="result.publish-deadline"]`, (td) => [td.getAttribute('data-colour'), Number(td.getAttribute('data-fails'))] as const);
    const [colour, fails] = await cell('区第1局');
    expect(colour).toBe('red');
    expect(fails).toBeGreaterThan(0);
    expect(await page.$eval('[data-testid=liaison-sources]', (e) => e.textContent)).toContain('results.csv');

    // A file added to the year: its results come into the view (the worker judges the tasks it touches).
    const more = ['任务编号,被检查对象,统一社会信用代码,检查结果,检查日期,录入日期,公示日期', ...Array.from({ length: 50 }, (_, i) => `T0,新对象${i},9199${String(i).padStart(14, '0')},未发现问题,2026-03-02,2026-03-02,`)].join('\n');
    writeFileSync(join(dir, 'more-results.csv'), more);
    await upload(join(dir, 'more-results.csv'));
    await page.waitForFunction(() => /more-results\.csv/.test(document.querySelector('[data-testid=liaison-sources]')?.textContent ?? ''), { timeout: 300_000 });
    await page.waitForFunction((busy: string) => !document.querySelector(busy), { timeout: 300_000 }, BUSY);
    // T0's 50 new results were checked on 2 March and never published: 50 more fails for its lead department.
    expect((await cell('区第1局'))[1]).toBe(fails + 50);
  });
});
