/**
 * The extension's own pages: popup, options, registries (mapping step and the import's accounting), the
 * liaison page (a year of four departments imported from tests/fixtures/liaison) and its side panel.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { activeFrame, waitForPanel } from '../../tests/e2e/launch';
import type { Surface } from './shot';

type Upload = { uploadFile(...paths: string[]): Promise<void> };

async function upload(page: Page, selector: string, ...files: string[]): Promise<void> {
  const input = await page.waitForSelector(selector);
  await (input as unknown as Upload).uploadFile(...files);
}

export const extensionPages: Surface[] = [
  {
    name: 'popup',
    files: ['popup.png'],
    async take(ctx) {
      // The popup for the tab on the plan page (opened as a page, as the toolbar button would show it).
      await ctx.w.page.goto(`${ctx.w.url}?open=${encodeURIComponent('/syn/sccheck/pubscworkplan/edit?id=JH-2026-002')}`, { waitUntil: 'networkidle0' });
      await waitForPanel(await activeFrame(ctx.w.page));
      const options = await ctx.extensionPage('options.html');
      const tabId = await options.evaluate(async (u) => (await (globalThis as any).chrome.tabs.query({ url: `${u}/*` }))[0]?.id, new URL(ctx.w.url).origin);
      await options.close();
      const popup = await ctx.extensionPage(`popup.html?tab=${tabId}`, { width: 340, height: 260 });
      await popup.waitForSelector('main.popup[data-pages]:not([data-pages=""])');
      await ctx.save(popup, 'popup.png');
      await popup.close();
    },
  },
  {
    name: 'options',
    files: ['options.png'],
    async take(ctx) {
      const page = await ctx.extensionPage('options.html');
      await page.waitForSelector('main.options[data-ready=yes]');
      await ctx.save(page, 'options.png');
      await page.close();
    },
  },
  {
    name: 'registries page',
    files: ['registry-mapping.png', 'registry-import.png'],
    async take(ctx) {
      const dir = mkdtempSync(join(tmpdir(), 'dra-shots-'));
      try {
        const file = join(dir, 'object-registry.xlsx');
        writeFileSync(file, Buffer.from(await (await fetch(`${ctx.w.url}syn/sccheck/entlib/export`)).arrayBuffer()));
        const page = await ctx.extensionPage('registry.html');
        await page.click('input[name=kind][value=objects]');
        await upload(page, 'input.file', file);
        await page.waitForSelector('.step-mapping button.start:not([disabled])', { timeout: 20_000 });
        await ctx.save(page, 'registry-mapping.png');
        await page.click('.step-mapping button.start');
        await page.waitForSelector('.step-done', { timeout: 60_000 });
        // A file with refused rows after it: the accounting and the reasons, row by row.
        await upload(page, 'input.file', resolve('tests/fixtures/registries/bad-check-digit.csv'));
        await page.waitForSelector('.step-mapping button.start:not([disabled])', { timeout: 20_000 });
        await page.click('.step-mapping button.start');
        await page.waitForFunction(() => { const d = document.querySelector('.step-done'); return !!d && Number(d.querySelector('.count-rejected')?.textContent) === d.querySelectorAll('tr.rejected-row').length && d.querySelectorAll('tr.rejected-row').length > 0; }, { timeout: 60_000 });
        await ctx.save(page, 'registry-import.png');
        await page.close();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },
  {
    name: 'liaison page and side panel',
    files: ['liaison-page.png', 'liaison-sidepanel.png'],
    async take(ctx) {
      const page = await ctx.extensionPage('liaison.html');
      await page.waitForSelector('main.liaison');
      await upload(page, '[data-testid=liaison-import]', ...['plans.xlsx', 'tasks.xlsx', 'results.csv'].map((f) => resolve('tests/fixtures/liaison', f)));
      await page.waitForSelector('[data-testid=import-log]');
      await page.waitForSelector('[data-testid=liaison-matrix]');
      await page.select('[data-testid=year]', '2026');
      await page.waitForSelector('tr[data-department="区卫生健康委"]');
      await ctx.save(page, 'liaison-page.png');
      await page.close();
      // The side panel as the browser docks it (360 px wide), one department and a red cell opened.
      const side = await ctx.extensionPage('sidepanel.html', { width: 360, height: 768 });
      await side.waitForSelector('[data-testid=liaison-matrix]');
      await side.select('[data-testid=year]', '2026');
      await side.select('[data-testid=department]', '区卫生健康委');
      const red = await side.waitForSelector('tr[data-department="区卫生健康委"] td[data-colour="red"] button');
      await red!.click();
      await side.waitForSelector('[data-testid=cell-detail]');
      await ctx.save(side, 'liaison-sidepanel.png');
      await side.close();
    },
  },
];
