/**
 * `dra` as a process: a reader that closes the pipe (`dra schema | head -1`) and bad input of every kind
 * end with a message and an exit code, never a stack trace.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'dra-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const TRACE = /^\s+at |Error: .*\n\s+at |node:internal/m;

describe('dra as a process', () => {
  it('stops quietly when the reader closes the pipe (dra schema | head -1)', async () => {
    const child = spawn(process.execPath, ['bin/dra.mjs', 'schema'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    // Read one chunk, then close our end, as head does after its first line.
    await new Promise<void>((r) => child.stdout.once('data', () => r()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((r) => child.on('close', r));
    expect(stderr).not.toMatch(TRACE);
    expect(stderr).not.toMatch(/EPIPE/);
    expect(code).toBe(0);
  }, 60_000);

  const bad = join(dir, 'bad.json');
  writeFileSync(bad, '{ "id": ');
  const folder = join(dir, 'a-folder.json');
  spawnSync('mkdir', [folder]);
  it.each([
    ['an unknown profile, listing the known ones', ['rules', '--profile', 'nowhere'], /nowhere.*baseline, shenzhen-2018/],
    ['an unknown profile for draw', ['draw', '--profile', 'nowhere', '--objects', bad, '--inspectors', bad, '--plan', bad, '--seed', 's'], /.+/],
    ['a missing file', ['check', join(dir, 'missing.json')], /missing\.json/],
    ['a folder given as a file', ['check', folder], /a-folder\.json/],
    ['broken JSON', ['check', bad], /bad\.json/],
    ['an unknown option', ['check', bad, '--frobnicate'], /frobnicate/],
    ['an install with a bad id', ['install-native-host', '--extension-id', 'x', '--launcher-dir', dir], /extension-id/],
  ])('%s: exit 2, a message, no stack trace', (_, args, message) => {
    const r = spawnSync(process.execPath, ['bin/dra.mjs', ...args], { encoding: 'utf8', env: { ...process.env, DRA_DEBUG: '' } });
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(TRACE);
    expect(r.status).toBe(2);
  }, 60_000);
});
