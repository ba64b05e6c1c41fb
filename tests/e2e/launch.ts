/**
 * The e2e ground: the sandbox platform served in-process on a free 127.0.0.1 port with fresh seed
 * data, and Chromium with the built extension (.output/chrome-mv3, made by `npm run build`) loaded.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Frame, type Page } from 'puppeteer-core';
import { startSandbox } from '../../src/sandbox/server';
import type { SandboxStore } from '../../src/sandbox/store';
import { CHROMIUM, CHROMIUM_ARGS } from '../support/chromium';

export const EXTENSION = resolve('.output/chrome-mv3');

export interface World {
  url: string;
  browser: Browser;
  page: Page;
  /** The sandbox's data, for tests that plant values in it. */
  store: SandboxStore;
  close(): Promise<void>;
}

export async function launch(opts: { extension?: boolean; userDataDir?: string } = {}): Promise<World> {
  const withExtension = opts.extension ?? true;
  if (withExtension && !existsSync(join(EXTENSION, 'manifest.json'))) throw new Error(`build the extension first (npm run build): ${EXTENSION} is missing`);
  const dataDir = mkdtempSync(join(tmpdir(), 'dra-sandbox-'));
  const sandbox = await startSandbox({ port: 0, dataDir, reset: true });
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    enableExtensions: withExtension ? [EXTENSION] : false,
    args: ['--lang=zh-CN', ...CHROMIUM_ARGS],
    // Extension i18n follows the browser's UI locale, which headless Chromium takes from the environment.
    env: { ...process.env, LANG: 'zh_CN.UTF-8', LANGUAGE: 'zh_CN' },
    defaultViewport: { width: 1366, height: 768 },
    userDataDir: opts.userDataDir,
  });
  const page = await browser.newPage();
  return {
    url: sandbox.url,
    browser,
    page,
    store: sandbox.store,
    async close() {
      await browser.close();
      await new Promise((r) => sandbox.server.close(r));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The frame of the active iframe tab in the shell. */
export async function activeFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe.J_iframe.active');
  const frame = await handle!.contentFrame();
  await frame!.waitForFunction(() => document.readyState === 'complete' && !!(window as unknown as { jQuery?: unknown }).jQuery);
  return frame!;
}

/** Choose an option of a select2 widget as a user does: open it, click the option. */
export async function select2Pick(frame: Frame, name: string, label: string): Promise<void> {
  // The page may still be turning its <select> into a select2 box (a loaded machine is slow): wait for it.
  const box = `select[name="${name}"] + .select2 .select2-selection`;
  await frame.waitForSelector(box, { visible: true });
  await frame.click(box);
  await frame.waitForSelector('.select2-results__option');
  const options = await frame.$$('.select2-results__option');
  for (const o of options) {
    if ((await o.evaluate((e) => e.textContent?.trim())) === label) {
      await o.click();
      return;
    }
  }
  throw new Error(`select2 ${name}: no option "${label}"`);
}

/** Pick a day in a laydate calendar as a user does: click the input, click the day. */
export async function laydatePick(frame: Frame, name: string, ymd: string): Promise<void> {
  await frame.click(`input[name="${name}"]`);
  const [y, m, d] = ymd.split('-').map(Number);
  // laydate opens on the input's month (or the current one); walk to the wanted month, then click the day.
  for (let i = 0; i < 24; i++) {
    const cell = await frame.$(`.layui-laydate:not([style*="display: none"]) td[lay-ymd="${y}-${m}-${d}"]:not(.laydate-day-prev):not(.laydate-day-next)`);
    if (cell) {
      await cell.click();
      const confirm = await frame.$('.layui-laydate .laydate-btns-confirm');
      if (confirm && (await confirm.isVisible())) await confirm.click();
      return;
    }
    const shown = await frame.$eval('.layui-laydate .laydate-set-ym', (e) => e.textContent ?? '');
    const [sy, sm] = (shown.match(/\d+/g) ?? []).map(Number);
    await frame.click(sy * 12 + sm < y * 12 + m ? '.layui-laydate .laydate-next-m' : '.layui-laydate .laydate-prev-m');
  }
  throw new Error(`laydate ${name}: could not reach ${ymd}`);
}

/** Wait until the overlay's shadow host is in the frame: the extension recognised the page. */
export function waitForPanel(frame: Frame) {
  return frame.waitForSelector('dra-panel', { timeout: 20_000 });
}

/**
 * A control inside the panel's shadow root, once it is there. Polled: waitForSelector watches the
 * document's mutations, which do not include those inside a shadow root.
 */
export async function inPanel(frame: Frame, sel: string, timeout = 15_000): Promise<ElementHandle<Element>> {
  await frame.waitForFunction((s) => !!document.querySelector('dra-panel')?.shadowRoot?.querySelector(s), { timeout, polling: 100 }, sel);
  return (await frame.$(`dra-panel >>> ${sel}`))!;
}

/** Wait until a rule is (or is no longer) among those the panel shows failing, whichever tab is open. */
export function waitFailing(frame: Frame, rule: string, present: boolean, timeout = 10_000) {
  return frame.waitForFunction((r, p) => (document.querySelector('dra-panel')?.shadowRoot?.querySelector('.dra-panel')?.getAttribute('data-failing') ?? '').split(' ').includes(r) === p, { timeout }, rule, present);
}

/** Open a platform page in the shell's iframe tab, as the menu does, and wait for the panel in its frame. */
export async function openWithPanel(page: Page, baseUrl: string, path: string): Promise<Frame> {
  await page.goto(`${baseUrl}?open=${encodeURIComponent(path)}`, { waitUntil: 'networkidle0' });
  const frame = await activeFrame(page);
  await waitForPanel(frame);
  return frame;
}

/**
 * Run the panel's draw preview on the strategy page and wait for `until` in the panel. The buttons are
 * clicked in the page (a DOM click), which works while another tab is in front, as in the registry tests.
 */
export async function runPreview(frame: Frame, until = 'div.preview-result'): Promise<void> {
  for (const button of ['button[data-tab=preview]', 'button.run-preview']) await (await inPanel(frame, button)).evaluate((b) => (b as HTMLElement).click());
  await inPanel(frame, until);
}
