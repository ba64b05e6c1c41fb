/**
 * The lockfile is complete and installs never rewrite it. npm leaves other platforms' optional
 * packages (rollup's, esbuild's native builds) out of the lock when it updates a tree that already has
 * node_modules (npm/cli#4828): the lock then installs on the machine that wrote it but `npm ci`
 * refuses it ("Missing: @rollup/rollup-darwin-arm64 from lock file") and `npm install` on a fresh
 * clone adds them back, rewriting the file. Regenerate with no node_modules present:
 * `rm -rf node_modules && npm install`.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingOptionals, type Lock } from '../../src/dev/lockfile';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as Lock;
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

describe('package-lock.json', () => {
  it('holds every optional dependency of every locked package, for every platform', () => {
    expect(missingOptionals(lock)).toEqual([]);
  });

  it('finds what a lock written over node_modules leaves out', () => {
    const broken = structuredClone(lock);
    const victim = Object.keys(broken.packages).find((k) => k.startsWith('node_modules/@rollup/rollup-darwin'));
    expect(victim).toBeDefined();
    delete broken.packages[victim!];
    expect(missingOptionals(broken)).toEqual([`node_modules/rollup → ${victim!.slice('node_modules/'.length)}`]);
  });

  it('records the dependencies package.json asks for', () => {
    expect(lock.packages[''].dependencies).toEqual(pkg.dependencies);
    expect(lock.packages[''].devDependencies).toEqual(pkg.devDependencies);
  });

  // npm ci refuses a lock out of step with package.json or missing a package; --dry-run installs nothing.
  it('npm ci accepts it as it is and leaves it unchanged', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dra-lock-'));
    try {
      for (const f of ['package.json', 'package-lock.json']) copyFileSync(f, join(dir, f));
      execFileSync('npm', ['ci', '--dry-run', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'pipe', shell: process.platform === 'win32' });
      expect(readFileSync(join(dir, 'package-lock.json'), 'utf8')).toBe(readFileSync('package-lock.json', 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
