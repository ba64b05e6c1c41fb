/**
 * The README's two set-up commands are what CI runs, and they need nothing set by hand: no
 * environment variable, no bash (npm runs scripts with cmd.exe on Windows), no browser download.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync('README.md', 'utf8');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const ci = readFileSync('.ci/run', 'utf8');

function command(what: RegExp): string {
  const row = readme.split('\n').find((l) => l.startsWith('|') && what.test(l));
  const m = row && /`([^`]+)`\s*\|\s*$/.exec(row);
  if (!m) throw new Error(`README: no set-up row for ${what}`);
  return m[1];
}

describe('the README set-up commands', () => {
  it('CI runs exactly the test command, with no variable set for it', () => {
    const run = ci.split('\n').filter((l) => l.trim() && !l.startsWith('#') && !/^(set |cd |export CI=true$)/.test(l));
    expect(run).toEqual([command(/the tests/)]);
    expect(ci).not.toMatch(/PUPPETEER|SKIP_DOWNLOAD/);
  });

  it('the main job is npm start, the tests npm test', () => {
    expect(command(/main job/)).toBe('npm install && npm start');
    expect(command(/the tests/)).toBe('npm install && npm test');
  });

  it('npm scripts run no shell script and no bash', () => {
    for (const [name, script] of Object.entries(pkg.scripts as Record<string, string>)) {
      expect(script, name).not.toMatch(/\bbash\b|\.sh\b|\bsh -c\b|\/usr\/bin\//);
    }
  });

  it('nothing installed downloads a browser (puppeteer-core, not puppeteer; no playwright)', () => {
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
    const downloaders = Object.keys(lock.packages).filter((k) => /node_modules\/(puppeteer|playwright|playwright-core|chromedriver|geckodriver)$/.test(k));
    expect(downloaders).toEqual([]);
    expect(Object.keys(lock.packages)).toContain('node_modules/puppeteer-core');
  });
});
