// The panel's refresh after an input, in Chromium on the sandbox's joint-plan form (6 departments):
// reading the form alone is the baseline measured in the same page.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import puppeteer from 'puppeteer';
import { startSandbox } from '../src/sandbox/server';
import { fmtMs, type BenchSuite } from './harness';

const suite: BenchSuite = {
  name: 'panel',
  async run() {
    const exe = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
    if (!existsSync(exe)) return [`chromium: not installed at ${exe}, skipped`];
    const out = await build({ entryPoints: ['bench/panel-browser-entry.ts'], bundle: true, write: false, format: 'iife', globalName: 'DraPanelBench', platform: 'browser', external: ['crypto'], logLevel: 'silent', jsx: 'automatic', jsxImportSource: 'preact', define: { 'import.meta.env.BROWSER': '"chrome"' } });
    const sandbox = await startSandbox({ port: 0, dataDir: mkdtempSync(join(tmpdir(), 'dra-bench-')), reset: true });
    const browser = await puppeteer.launch({ executablePath: exe, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
    try {
      const page = await browser.newPage();
      await page.goto(`${sandbox.url}syn/sccheck/pubscworkplan/edit?id=JH-2026-002`, { waitUntil: 'networkidle0' });
      await page.addScriptTag({ content: out.outputFiles[0].text });
      const r = await page.evaluate(() => (window as unknown as { DraPanelBench: { run(): Record<string, number> } }).DraPanelBench.run());
      return [
        `chromium ${await browser.version()}, plan form JH-2026-002 (joint, 6 departments), ${r.n} input events, ${r.findings} findings each time`,
        `read the form only (baseline): median ${fmtMs(r.readMedian)}  p95 ${fmtMs(r.readP95)}`,
        `full refresh (read + model + 44 rules): median ${fmtMs(r.median)}  p95 ${fmtMs(r.p95)}  (target p95 ≤ 16 ms)  ratio ${(r.median / r.readMedian).toFixed(1)}×`,
      ];
    } finally {
      await browser.close();
      sandbox.server.close();
    }
  },
};

export default suite;
