// Screenshots of the ceremony (announcement, then result) at 1920×1080 for the README:
// `npx tsx scripts/ceremony-screenshots.ts` (Debian Chromium, a fresh sandbox in a temp folder).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSandbox } from '../src/sandbox/server';
import { launchChromium } from '../tests/support/chromium';

const dataDir = mkdtempSync(join(tmpdir(), 'dra-ceremony-shots-'));
const sandbox = await startSandbox({ port: 0, dataDir, reset: true });
const browser = await launchChromium({ args: ['--lang=zh-CN'] });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1920, height: 1080 });
  await page.goto(`${sandbox.url}dra/ceremony`, { waitUntil: 'networkidle0' });
  await page.type('input[name=publicSource]', '观察员现场掷骰子三次的点数');
  await Promise.all([page.waitForNavigation(), page.click('button[data-task="RW-2026-006"]')]);
  await page.type('#publicValue', '5 2 6');
  await page.screenshot({ path: 'docs/screenshots/ceremony-before-1920.png' });
  await Promise.all([page.waitForNavigation(), page.click('#btnDraw')]);
  await page.goto(`${page.url()}&fast=1`, { waitUntil: 'networkidle0' });
  await page.waitForSelector('body[data-revealed="all"]');
  await page.screenshot({ path: 'docs/screenshots/ceremony-drawn-1920.png' });
  console.log('wrote docs/screenshots/ceremony-before-1920.png, ceremony-drawn-1920.png');
} finally {
  await browser.close();
  await new Promise((r) => sandbox.server.close(r));
  rmSync(dataDir, { recursive: true, force: true });
}
