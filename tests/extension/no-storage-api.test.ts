/**
 * The manifest asks for no `storage` permission because nothing uses the storage API: the extension keeps its
 * data in its own IndexedDB (src/storage/db.ts), which needs none. Code that starts using browser.storage /
 * chrome.storage (or WXT's storage helper) fails here, so the permission is added back in a reviewed change,
 * never silently missing or silently unused.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOTS = ['src', 'entrypoints'];
const USE = /\b(?:browser|chrome)\s*\.\s*storage\b|['"](?:wxt\/storage|wxt\/utils\/storage|@wxt-dev\/storage)['"]/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.(tsx?|m?js)$/.test(n) ? [p] : [];
  });
}

describe('the storage permission', () => {
  it('no source uses the storage API, and the manifest config does not ask for it', () => {
    const all = ROOTS.flatMap(files);
    expect(all.length).toBeGreaterThan(50);
    expect(all.filter((f) => USE.test(readFileSync(f, 'utf8')))).toEqual([]);
    expect(readFileSync('wxt.config.ts', 'utf8')).not.toMatch(/permissions:\s*\[[^\]]*'storage'/);
  });
  it('the pattern finds a use when there is one', () => {
    expect(USE.test('await browser.storage.local.get("x")')).toBe(true);
    expect(USE.test("import { storage } from 'wxt/utils/storage';")).toBe(true);
    expect(USE.test('navigator.storage.estimate()')).toBe(false);
  });
});
