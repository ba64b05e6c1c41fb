/**
 * `npm start`, the main job: build the extension, serve the sandbox platform on 127.0.0.1, and open
 * Chromium with the extension loaded on the shell's plan page. Without a display it says so and prints
 * what to open; `npm start -- --screenshot FILE` takes a headless screenshot of the overlay instead.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer';
import { startSandbox } from '../src/sandbox/server';

const { values } = parseArgs({ options: { screenshot: { type: 'string' }, port: { type: 'string', default: '8765' }, data: { type: 'string', default: '.sandbox-data' }, reset: { type: 'boolean', default: false }, 'no-build': { type: 'boolean', default: false } } });
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const extension = resolve('.output/chrome-mv3');
const ARGS = ['--lang=zh-CN', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

if (!values['no-build']) execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
const { url, server } = await startSandbox({ port: values.screenshot ? 0 : Number(values.port), dataDir: resolve(values.data), reset: values.reset });
const planPage = `${url}?open=/syn/sccheck/pubscworkplan`;
console.log(`\n沙盒平台 / sandbox platform: ${url}\n扩展 / extension (load unpacked): ${extension}`);
console.log(`培训 / trainer: ${url}dra/scenarios · ${url}dra/rules · ${url}dra/ceremony`);

if (values.screenshot) {
  const browser = await puppeteer.launch({ executablePath: chromium, headless: true, pipe: true, enableExtensions: [extension], args: ARGS, env: { ...process.env, LANG: 'zh_CN.UTF-8', LANGUAGE: 'zh_CN' }, defaultViewport: { width: 1366, height: 768 } });
  try {
    const page = await browser.newPage();
    await page.goto(planPage, { waitUntil: 'networkidle0' });
    const frame = await (await page.waitForSelector('iframe.J_iframe.active'))!.contentFrame();
    await frame!.waitForSelector('dra-panel', { timeout: 15_000 });
    await new Promise((r) => setTimeout(r, 300));
    await page.screenshot({ path: values.screenshot });
    console.log(`截图 / screenshot: ${resolve(values.screenshot)} (the overlay panel is in the plan page's iframe)`);
  } finally {
    await browser.close();
    server.close();
  }
} else if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log(`\n没有图形界面 / no display: open ${planPage} in Chromium with the extension above loaded unpacked\n(chrome://extensions → Developer mode → Load unpacked), or run: npm start -- --screenshot overlay.png\nServing until Ctrl-C.`);
} else {
  const profile = mkdtempSync(join(tmpdir(), 'dra-chromium-'));
  const child = spawn(chromium, [...ARGS, `--user-data-dir=${profile}`, `--load-extension=${extension}`, `--disable-extensions-except=${extension}`, planPage], { stdio: 'ignore', env: { ...process.env, LANGUAGE: 'zh_CN' } });
  child.on('exit', () => {
    server.close();
    process.exit(0);
  });
  console.log('Chromium opened with the extension loaded. Close it (or Ctrl-C) to stop.');
}
