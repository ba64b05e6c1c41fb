/**
 * `npm run package` as CI builds it: the Chrome/Edge zip unzipped and loaded into Chromium shows the panel
 * on the sandbox; the manifests declare their minimum browsers; the one-file helper runs outside the repo;
 * the single executable runs `dra check` with no Node on PATH; SHA256SUMS holds for every file.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAN_WITH_FINDINGS, showPlanWithFindings } from '../../src/dev/start-page';
import { launch } from './launch';
import { readPe } from '../../src/dev/pe';

const DIST = resolve('dist');
const SAMPLE = resolve('tests/fixtures/sample-plan.json');
const tmp = mkdtempSync(join(tmpdir(), 'dra-package-'));
let files: string[] = [];

async function unzip(zipFile: string, into: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(zipFile));
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const to = join(into, entry.name);
    mkdirSync(dirname(to), { recursive: true });
    writeFileSync(to, await entry.async('nodebuffer'));
  }
}
const manifestIn = async (zipFile: string) => JSON.parse(await (await JSZip.loadAsync(readFileSync(zipFile))).file('manifest.json')!.async('string'));

beforeAll(() => {
  execFileSync(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), 'src/dev/package.ts'], { stdio: 'pipe', timeout: 900_000 });
  files = readdirSync(DIST);
}, 900_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('npm run package', () => {
  it('makes every artefact, and SHA256SUMS holds for each', () => {
    const sums = readFileSync(join(DIST, 'SHA256SUMS'), 'utf8').trim().split('\n').map((l) => l.split(/\s+/));
    expect(sums.map(([, f]) => f).sort()).toEqual(['double-random-assistant-0.1.0-chrome.zip', 'double-random-assistant-0.1.0-firefox.xpi', 'dra-linux-x64', 'dra-win-x64.exe', 'dra.cjs', 'install.zh.md']);
    for (const [sum, f] of sums) expect(createHash('sha256').update(readFileSync(join(DIST, f))).digest('hex'), f).toBe(sum);
    expect(files).toContain('SHA256SUMS');
  });

  it('the manifests declare their minimum browsers (side panel: Chrome 114; Firefox 140, for Android 142)', async () => {
    expect((await manifestIn(join(DIST, 'double-random-assistant-0.1.0-chrome.zip'))).minimum_chrome_version).toBe('114');
    expect((await manifestIn(join(DIST, 'double-random-assistant-0.1.0-firefox.xpi'))).browser_specific_settings).toMatchObject({ gecko: { id: 'dra@double-random.example', strict_min_version: '140.0' }, gecko_android: { strict_min_version: '142.0' } });
  });

  it('the zip, unzipped as a user does and loaded into Chromium, shows the panel with findings on the sandbox', async () => {
    const dir = join(tmp, 'unzipped');
    await unzip(join(DIST, 'double-random-assistant-0.1.0-chrome.zip'), dir);
    const w = await launch({ extensionDir: dir });
    try {
      expect(await showPlanWithFindings(w.page, `${w.url}?open=${encodeURIComponent(PLAN_WITH_FINDINGS)}`, 60_000)).toBeGreaterThan(0);
    } finally {
      await w.close();
    }
  });

  it('the one-file helper (dra.cjs) runs alone, away from the repository and its node_modules', () => {
    const alone = join(tmp, 'alone');
    mkdirSync(alone);
    copyFileSync(join(DIST, 'dra.cjs'), join(alone, 'dra.cjs'));
    const r = spawnSync(process.execPath, ['dra.cjs', 'check', SAMPLE, '--as-of', '2026-11-23'], { cwd: alone, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('plan.schedule.end-by');
    expect(r.status).toBe(1);
  });

  it('the single executable runs dra check with no Node on PATH', () => {
    const empty = join(tmp, 'empty-path');
    mkdirSync(empty);
    const env = { PATH: empty, HOME: tmp, LANG: 'C.UTF-8' };
    expect(spawnSync('node', ['--version'], { env }).error).toMatchObject({ code: 'ENOENT' });
    const r = spawnSync(join(DIST, 'dra-linux-x64'), ['check', SAMPLE, '--as-of', '2026-11-23'], { cwd: tmp, env, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('plan.schedule.end-by');
    expect(r.status).toBe(1);
    const bad = spawnSync(join(DIST, 'dra-linux-x64'), ['rules', '--profile', 'nowhere'], { env, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/可用：baseline, /);
  }, 60_000);

  it('the Windows helper (dra-win-x64.exe) is an x64 PE carrying dra.cjs as its SEA blob, its fuse flipped', () => {
    const exe = readFileSync(join(DIST, 'dra-win-x64.exe'));
    expect(exe.subarray(0, 2).toString('latin1')).toBe('MZ');
    const pe = readPe(exe, 'NODE_SEA_BLOB');
    expect(pe?.machine).toBe(0x8664);
    // The resource postject wrote: the blob node --experimental-sea-config made of dra.cjs, the script whole inside it.
    expect(pe?.resource?.length).toBeGreaterThan(1_000_000);
    expect(Buffer.from(pe!.resource!).includes(readFileSync(join(DIST, 'dra.cjs')))).toBe(true);
    // Node runs the blob only when the sentinel ends in :1 (postject flips it); node.exe as shipped has :0.
    expect(exe.includes('NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2:1')).toBe(true);
    expect(exe.includes('NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2:0')).toBe(false);
    // The same Node version as the build (the blob is bound to it): the registry's node.exe, cached.
    expect(readdirSync(resolve('node_modules/.cache/dra-node-win'))).toContain(`node-${process.versions.node}-win-x64.exe`);
  });
});
