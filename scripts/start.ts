/**
 * `npm start`, the main job, on Windows, macOS or Linux: build the extension, serve the sandbox platform
 * on 127.0.0.1, and open Chrome, Edge or Chromium with the extension loaded on a saved plan's edit page,
 * where the panel shows that plan's findings. Without a display it prints what to open;
 * `npm start -- --screenshot FILE` takes the same view headless.
 *
 * The extension is loaded through puppeteer (CDP Extensions.loadUnpacked), since Chrome 137+ and Edge
 * ignore --load-extension; no shell is involved, so npm runs this the same with cmd.exe.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findBrowser } from '../src/dev/find-browser';
import { PLAN_WITH_FINDINGS, showPlanWithFindings } from '../src/dev/start-page';
import { startSandbox } from '../src/sandbox/server';
import { useSandboxPort } from '../src/dev/extension-settings';

const { values } = parseArgs({ options: { screenshot: { type: 'string' }, port: { type: 'string', default: '8765' }, data: { type: 'string' }, reset: { type: 'boolean', default: false }, 'no-build': { type: 'boolean', default: false } } });
const extension = resolve('.output/chrome-mv3');
const browserPath = findBrowser('chromium');
if (!browserPath) {
  console.error('npm start: 找不到 Chrome、Edge 或 Chromium / no Chrome, Edge or Chromium found: install one, or set CHROMIUM_PATH');
  process.exit(1);
}
// Root (a CI container) cannot run Chromium's sandbox; a user's browser keeps it.
const ARGS = ['--lang=zh-CN', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])];

if (!values['no-build']) execFileSync(process.execPath, [resolve('node_modules/wxt/bin/wxt.mjs'), 'build'], { stdio: 'inherit' });
// A screenshot starts from the seed in a fresh folder, leaving the trainer's .sandbox-data as it is.
const dataDir = values.data ?? (values.screenshot ? mkdtempSync(join(tmpdir(), 'dra-start-')) : '.sandbox-data');
const { url, server } = await startSandbox({ port: values.screenshot ? 0 : Number(values.port), dataDir: resolve(dataDir), reset: values.reset });
const planPage = `${url}?open=${encodeURIComponent(PLAN_WITH_FINDINGS)}`;
console.log(`\n沙盒平台 / sandbox platform: ${url}\n扩展 / extension (load unpacked): ${extension}\n浏览器 / browser: ${browserPath}`);
console.log(`培训 / trainer: ${url}dra/scenarios · ${url}dra/rules · ${url}dra/ceremony`);

const launch = (headless: boolean): Promise<Browser> =>
  puppeteer
    .launch({ executablePath: browserPath, headless, pipe: true, enableExtensions: [extension], args: [...ARGS, ...(headless ? ['--disable-gpu'] : [])], env: { ...process.env, LANG: 'zh_CN.UTF-8', LANGUAGE: 'zh_CN' }, defaultViewport: headless ? { width: 1366, height: 768 } : null })
    // The overlay runs on the sandbox's own port only: this one (a screenshot takes a free port).
    .then(async (b) => (await useSandboxPort(b, url), b));

async function firstPage(browser: Browser): Promise<Page> {
  return (await browser.pages())[0] ?? (await browser.newPage());
}

if (values.screenshot) {
  const browser = await launch(true);
  try {
    const page = await firstPage(browser);
    const shown = await showPlanWithFindings(page, planPage);
    await page.screenshot({ path: values.screenshot });
    console.log(`截图 / screenshot: ${resolve(values.screenshot)} — 计划编辑页，面板显示 ${shown} 条未通过的规则 / the plan edit page, the panel showing ${shown} failing rules`);
  } finally {
    await browser.close();
    server.close();
  }
} else if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log(`\n没有图形界面 / no display: open ${planPage} in Chrome/Chromium with the extension above loaded unpacked\n(chrome://extensions → 开发者模式 → 加载已解压的扩展程序; 端口不是 8765 时在扩展的选项页“平台地址”里填写沙盒端口 / set the sandbox port on the options page when it is not 8765), or run: npm start -- --screenshot overlay.png\nServing until Ctrl-C.`);
} else {
  const browser = await launch(false);
  const shown = await showPlanWithFindings(await firstPage(browser), planPage);
  browser.on('disconnected', () => {
    server.close();
    process.exit(0);
  });
  console.log(`浏览器已打开，扩展已加载，面板显示 ${shown} 条未通过的规则 / browser open with the extension, ${shown} failing rules shown. 关闭浏览器（或 Ctrl-C）结束 / close it (or Ctrl-C) to stop.`);
}
