/**
 * `npm start -- --screenshot FILE` (scripts/start.ts, as npm runs it, on the built extension): the plan
 * edit page with the panel's findings, taken headless; the process says how many rules fail.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'dra-start-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('takes the screenshot of a plan being edited, with failing rules in the panel', async () => {
  const shot = join(dir, 'start.png');
  const { stdout } = await promisify(execFile)(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/start.ts', '--no-build', '--data', join(dir, 'data'), '--screenshot', shot], { timeout: 110_000 });
  const failing = Number(/面板显示 (\d+) 条未通过的规则/.exec(stdout)?.[1]);
  expect(failing).toBeGreaterThan(0);
  const png = readFileSync(shot);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect(png.readUInt32BE(16)).toBe(1366); // the width in the IHDR chunk
});
