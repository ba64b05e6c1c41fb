/**
 * The trainer's pages on the sandbox (they follow the browser's Accept-Language, zh-CN here): the rule
 * explorer, the scenario list and a scenario checked, the draw ceremony before and after the draw, and the
 * offline verifier page it hands out, confirming the record.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle } from 'puppeteer-core';
import { VIEW, type Surface } from './shot';

export const trainer: Surface[] = [
  {
    name: 'rule explorer',
    files: ['trainer-rule-explorer.png'],
    async take(ctx) {
      const page = ctx.w.page;
      await page.setViewport(VIEW);
      await page.goto(`${ctx.w.url}dra/rules?q=max-departments`, { waitUntil: 'networkidle0' });
      await page.waitForSelector('article.rule');
      await ctx.save(page, 'trainer-rule-explorer.png');
    },
  },
  {
    name: 'scenarios',
    files: ['trainer-scenarios.png', 'trainer-scenario.png'],
    async take(ctx) {
      const page = ctx.w.page;
      await page.setViewport(VIEW);
      await page.goto(`${ctx.w.url}dra/scenarios`, { waitUntil: 'networkidle0' });
      await ctx.save(page, 'trainer-scenarios.png');
      await Promise.all([page.waitForNavigation(), page.click('li[data-scenario="task-ends-december-5"] button[type=submit]')]);
      await Promise.all([page.waitForNavigation(), page.click('a.check-fix')]);
      await page.waitForSelector('section.check[data-verdict]');
      await ctx.save(page, 'trainer-scenario.png');
    },
  },
  {
    name: 'draw ceremony and its verifier page',
    files: ['ceremony-before.png', 'ceremony-drawn.png', 'ceremony-verifier.png'],
    async take(ctx) {
      const page = ctx.w.page;
      await page.setViewport(VIEW);
      await page.goto(`${ctx.w.url}dra/ceremony`, { waitUntil: 'networkidle0' });
      await page.type('input[name=publicSource]', '观察员现场掷骰子三次的点数');
      await Promise.all([page.waitForNavigation(), page.click('button[data-task="RW-2026-006"]')]);
      await page.type('#publicValue', '5 2 6');
      await ctx.save(page, 'ceremony-before.png');
      await Promise.all([page.waitForNavigation(), page.click('#btnDraw')]);
      await page.goto(`${page.url()}&fast=1`, { waitUntil: 'networkidle0' });
      await page.waitForSelector('body[data-revealed="all"]', { timeout: 60_000 });
      await ctx.save(page, 'ceremony-drawn.png');
      // The files an observer downloads, checked in the single-file verifier page opened from disk.
      const dir = mkdtempSync(join(tmpdir(), 'dra-shots-ceremony-'));
      try {
        const names = ['announcement.json', 'record.json', 'objects.json', 'inspectors.json', 'verifier.html'];
        for (const name of names) {
          const href = await page.$eval(`a[download="${name}"]`, (a) => (a as HTMLAnchorElement).href);
          writeFileSync(join(dir, name), await (await fetch(href)).text());
        }
        const verifier = await ctx.w.browser.newPage();
        await verifier.setViewport(VIEW);
        await verifier.goto(`file://${join(dir, 'verifier.html')}`);
        const input = (await verifier.$('#files')) as ElementHandle<HTMLInputElement>;
        await input.uploadFile(...names.slice(0, 4).map((n) => join(dir, n)));
        await verifier.waitForFunction(() => ['verified', 'not-verified', 'error'].includes(document.getElementById('result')!.dataset.verdict!), { timeout: 60_000 });
        await ctx.save(verifier, 'ceremony-verifier.png');
        await verifier.close();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },
];
