/**
 * The panel on the sandbox's plan, task and strategy pages, the confirmation before saving, a template's
 * fill-script, the draw preview, the evidence tab and page, and the re-draw watch: each reached by a
 * user's clicks (trusted events), as tests/e2e does.
 */
import type { Frame, Page } from 'puppeteer-core';
import { setExtensionSettings } from '../../src/dev/extension-settings';
import { clickInPanel, inPanel, openWithPanel, pickInPanel, runPreview, waitInPanel } from '../../tests/e2e/launch';
import { settled, VIEW, type Ctx, type Surface } from './shot';

const PLAN = '/syn/sccheck/pubscworkplan/edit?id=JH-2026-002';
const TASK = '/syn/sccheck/scplantask/edit?id=RW-2026-002';
const STRATEGY = (task: string) => `/syn/pub/server/sccheck/entback/randompage?taskId=${task}`;

async function open(ctx: Ctx, path: string): Promise<Frame> {
  await ctx.w.page.setViewport(VIEW);
  const frame = await openWithPanel(ctx.w.page, ctx.w.url, path);
  // The findings arrive after the first read of the form.
  await waitInPanel(frame, (root) => root?.querySelector('.dra-panel')?.hasAttribute('data-failing'));
  return frame;
}

export const overlay: Surface[] = [
  {
    name: 'sandbox plan list',
    files: ['sandbox-plans.png'],
    async take(ctx) {
      await ctx.w.page.setViewport(VIEW);
      await openWithPanel(ctx.w.page, ctx.w.url, '/syn/sccheck/pubscworkplan');
      await ctx.save(ctx.w.page, 'sandbox-plans.png');
    },
  },
  {
    name: 'panel on the plan page',
    files: ['panel-plan.png'],
    async take(ctx) {
      await open(ctx, PLAN);
      await ctx.save(ctx.w.page, 'panel-plan.png');
    },
  },
  {
    name: 'panel on the task page',
    files: ['panel-task.png'],
    async take(ctx) {
      await open(ctx, TASK);
      await ctx.save(ctx.w.page, 'panel-task.png');
    },
  },
  {
    name: 'panel on the strategy page',
    files: ['panel-strategy.png'],
    async take(ctx) {
      await open(ctx, STRATEGY('RW-2026-002'));
      await ctx.save(ctx.w.page, 'panel-strategy.png');
    },
  },
  {
    name: 'confirmation before saving',
    files: ['panel-submit-confirm.png'],
    async take(ctx) {
      const frame = await open(ctx, PLAN);
      await frame.click('[data-submit="#planForm"]');
      await inPanel(frame, '.confirm textarea');
      await ctx.save(ctx.w.page, 'panel-submit-confirm.png');
    },
  },
  {
    name: 'template fill on the strategy page',
    files: ['panel-strategy-template.png'],
    async take(ctx) {
      // A template saved from one task's strategy, then the fill-script it makes on another's.
      // The user's department, as set on the options page: the panel saves and lists that department's templates.
      await setExtensionSettings(ctx.w.browser, { department: '区卫生健康委' });
      let frame = await open(ctx, STRATEGY('RW-2026-006'));
      await clickInPanel(frame, 'button[data-tab=templates]');
      await clickInPanel(frame, 'details.save-template summary');
      await (await inPanel(frame, 'input.tpl-name')).type('公共场所 A–D 1/2/5/20%');
      await clickInPanel(frame, 'button.save');
      await inPanel(frame, 'p.note');
      frame = await open(ctx, STRATEGY('RW-2026-002'));
      await clickInPanel(frame, 'button[data-tab=templates]');
      const select = await inPanel(frame, 'section.templates select');
      const first = await select.evaluate((s) => (s as HTMLSelectElement).options[1]?.value ?? '');
      await pickInPanel(frame, 'section.templates select', first);
      await clickInPanel(frame, 'button.fill');
      await inPanel(frame, 'div.script');
      await ctx.save(ctx.w.page, 'panel-strategy-template.png');
    },
  },
  {
    name: 'draw preview',
    files: ['panel-strategy-preview.png'],
    async take(ctx) {
      const frame = await open(ctx, STRATEGY('RW-2026-002'));
      await runPreview(frame);
      await ctx.save(ctx.w.page, 'panel-strategy-preview.png');
    },
  },
  {
    name: 'evidence (the panel tab and the exported page)',
    files: ['panel-evidence.png', 'evidence-page.png'],
    async take(ctx) {
      const frame = await open(ctx, STRATEGY('RW-2026-002'));
      await clickInPanel(frame, 'button[data-tab=evidence]');
      await inPanel(frame, 'button.export-evidence');
      await ctx.save(ctx.w.page, 'panel-evidence.png');
      const opened = ctx.w.browser.waitForTarget((t) => t.url().includes('/evidence.html#'), { timeout: 20_000 });
      await clickInPanel(frame, 'button.export-evidence');
      const page = (await (await opened).asPage()) as Page;
      await page.setViewport(VIEW);
      await page.waitForSelector('nav.evidence-tools', { timeout: 20_000 });
      await page.waitForFunction(() => (document.getElementById('doc') as HTMLIFrameElement | null)?.contentDocument?.readyState === 'complete');
      await ctx.save(page, 'evidence-page.png');
      await page.close();
    },
  },
  {
    name: 're-draw watch, then the sandbox draw page locked',
    files: ['panel-rerun-watch.png', 'sandbox-strategy.png'],
    async take(ctx) {
      const frame = await open(ctx, STRATEGY('RW-2026-001'));
      // The draw needs the strategy's rates per credit class, typed as a user does.
      for (const [c, v] of [['A', '2'], ['B', '5'], ['C', '10'], ['D', '30']]) {
        await frame.$eval(`input[name="rate${c}"]`, (e) => ((e as HTMLInputElement).value = ''));
        await frame.type(`input[name="rate${c}"]`, v);
      }
      for (let run = 0; run < 2; run++) await Promise.all([frame.waitForNavigation({ timeout: 20_000 }), frame.click('#btnRandom')]);
      await waitInPanel(frame, (root) => root?.querySelector('.rerun-watch')?.getAttribute('data-runs') === '2', { timeout: 20_000 });
      await settled(ctx.w.page);
      await ctx.save(ctx.w.page, 'panel-rerun-watch.png');
      // 锁定名单 with the platform's own confirm.
      await frame.evaluate(() => document.querySelector('.draw-stats')?.scrollIntoView({ block: 'center' }));
      await frame.click('#btnLock');
      await frame.waitForSelector('.layui-layer-dialog');
      await ctx.save(ctx.w.page, 'sandbox-strategy.png');
    },
  },
];
