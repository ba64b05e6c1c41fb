/**
 * The core finding in Firefox: Debian's firefox-esr driven by puppeteer over WebDriver BiDi, the
 * Firefox build installed as a temporary add-on (BiDi webExtension.install, puppeteer's
 * browser.installExtension), the panel on the plan form showing plan.joint.max-departments
 * for a joint plan of 6 departments, as the Chromium overlay test does.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer, { type Browser, type Frame } from 'puppeteer-core';
import { findBrowser } from '../../src/dev/find-browser';
import { startSandbox } from '../../src/sandbox/server';
import { inPanelEval, platformReady, select2Pick, waitForPanel, waitInPanel } from './launch';

const FIREFOX = findBrowser('firefox') ?? '/usr/bin/firefox-esr';
const ADDON = resolve('.output/firefox-mv2');
let browser: Browser;
let frame: Frame;
let close: () => Promise<void>;

beforeAll(async () => {
  if (!existsSync(FIREFOX)) throw new Error(`${FIREFOX} not found: apt-get install firefox-esr (npx tsx src/dev/ensure-browsers.ts firefox) or set FIREFOX_PATH`);
  const dataDir = mkdtempSync(join(tmpdir(), 'dra-sandbox-ff-'));
  const sandbox = await startSandbox({ port: 0, dataDir, reset: true });
  // The overlay runs on the sandbox's own port only; a temporary add-on's pages cannot be driven over BiDi to
  // set it, so this build takes the free port as its default (WXT_SANDBOX_PORT, src/platform/origins.ts).
  execFileSync(resolve('node_modules/.bin/wxt'), ['build', '-b', 'firefox'], { stdio: 'pipe', env: { ...process.env, WXT_SANDBOX_PORT: new URL(sandbox.url).port } });
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, extraPrefsFirefox: { 'intl.locale.requested': 'zh-CN' }, defaultViewport: { width: 1366, height: 768 } });
  const id = await browser.installExtension(ADDON);
  expect(id).toBe('dra@double-random.example');
  const page = await browser.newPage();
  // The plan form opened as a page of its own, not in the platform's tab frame: puppeteer clicks inside a frame by
  // locating the frame's element (BiDi locateNodes of type "context"), which Firefox ESR 140, Debian's, lacks.
  await page.goto(new URL('/syn/sccheck/pubscworkplan/edit', sandbox.url).href, { waitUntil: 'load' });
  frame = page.mainFrame();
  await platformReady(frame);
  await waitForPanel(frame);
  close = async () => {
    await browser.close();
    await new Promise((r) => sandbox.server.close(r));
    rmSync(dataDir, { recursive: true, force: true });
  };
}, 180_000);
afterAll(async () => close?.());

const failing = (rule: string) => inPanelEval(frame, (root, r) => !!root?.querySelector(`li.finding[data-rule="${r}"][data-status="fail"]`), rule);

describe('Firefox ESR with the Firefox build', () => {
  it('a joint plan with 6 departments shows plan.joint.max-departments with its citation; 5 does not', async () => {
    await select2Pick(frame, 'deptId', '区市场监管局');
    await frame.click('input[name="scope"][value="joint"]');
    for (const d of ['区卫生健康委', '区生态环境局', '区应急管理局', '区商务局']) await select2Pick(frame, 'participants', d);
    await new Promise((r) => setTimeout(r, 800));
    expect(await failing('plan.joint.max-departments')).toBe(false);
    await select2Pick(frame, 'participants', '区教育委员会');
    await waitInPanel(frame, (root) => !!root?.querySelector('li.finding[data-rule="plan.joint.max-departments"][data-status="fail"]'), { timeout: 10_000 });
    const text = await inPanelEval(frame, (root) => root!.querySelector('li.finding[data-rule="plan.joint.max-departments"]')!.textContent);
    expect(text).toContain('《深圳市全面推行“双随机一公开”监管工作实施方案》（深府办函〔2018〕232号）');
    expect(text).toContain('联合抽查部门原则上不超过5个');
    console.log(`firefox e2e: ${await browser.version()} with the Firefox build installed over WebDriver BiDi; the panel shows plan.joint.max-departments for 6 departments, not for 5`);
  });
});
