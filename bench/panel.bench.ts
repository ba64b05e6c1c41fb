// The panel's refresh after an input, in Chromium on the sandbox's joint-plan form and strategy page:
// reading the form alone is the baseline measured in the same page.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
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
      const lines: string[] = [];
      const forms = [
        { path: 'syn/sccheck/pubscworkplan/edit?id=JH-2026-002', input: 'input[name=name]', what: 'plan form JH-2026-002 (joint, 6 departments)' },
        { path: 'syn/pub/server/sccheck/entback/randompage?taskId=RW-2026-002', input: 'input[name=entryTarget]', what: 'strategy page RW-2026-002 (2 item rows, filters, A–D rates)' },
      ];
      for (const f of forms) {
        const page = await browser.newPage();
        await page.goto(`${sandbox.url}${f.path}`, { waitUntil: 'networkidle0' });
        await page.addScriptTag({ content: out.outputFiles[0].text });
        const r = await page.evaluate((sel) => (window as unknown as { DraPanelBench: { run(n: number, sel: string): Record<string, number> } }).DraPanelBench.run(300, sel), f.input);
        lines.push(
          `chromium ${await browser.version()}, ${f.what}, ${r.n} input events, ${r.findings} findings each time`,
          `  read the form only (baseline): median ${fmtMs(r.readMedian)}  p95 ${fmtMs(r.readP95)}`,
          `  full refresh (read + model + 44 rules): median ${fmtMs(r.median)}  p95 ${fmtMs(r.p95)}  (target p95 ≤ 16 ms)  ratio ${(r.median / r.readMedian).toFixed(1)}×`,
        );
        await page.close();
      }
      return lines;
    } finally {
      await browser.close();
      sandbox.server.close();
    }
  },
};

export default suite;
