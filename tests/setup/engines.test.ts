/**
 * The Node version the README states is true: package.json's engines says the same, and every locked
 * package (but other platforms' optional builds, never installed here) accepts it. select2 4.1.0 and
 * listr2 10 (through wxt's publish-browser-extension 4) want Node 24 and 22.13; the machines and CI
 * run Node 20, so package.json picks select2 4.1.0-rc.0 and publish-browser-extension 3.0.2 (in wxt's range).
 */
import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import type { Lock } from '../../src/dev/lockfile';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as Lock;
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const readme = readFileSync('README.md', 'utf8');

/** "Node 20.19+" in the set-up section. */
function statedNode(): string {
  const m = /Set-up: two commands[\s\S]*?Node (\d+\.\d+(?:\.\d+)?)\+/.exec(readme);
  if (!m) throw new Error('README: the set-up section names no "Node X.Y+"');
  return semver.coerce(m[1])!.version;
}

describe('the Node version', () => {
  it('in the README is the one package.json requires, and this machine has it', () => {
    const stated = statedNode();
    expect(semver.minVersion(pkg.engines.node)!.version).toBe(stated);
    expect(semver.gte(process.version, stated)).toBe(true);
  });

  it('is accepted by every locked package, from the stated minimum to this machine', () => {
    const refusing: string[] = [];
    for (const [at, p] of Object.entries(lock.packages)) {
      const range = !at || Array.isArray(p.engines) ? undefined : p.engines?.node;
      if (!range || (p.optional && !at.includes('linux-x64'))) continue;
      for (const v of [statedNode(), process.version]) if (!semver.satisfies(v, range)) refusing.push(`${at}@${p.version} wants node ${range}, not ${v}`);
    }
    expect(refusing).toEqual([]);
  });
});
