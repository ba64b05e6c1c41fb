/**
 * The golden vectors computed in Firefox ESR (WebDriver BiDi): the draw module bundled into a page must
 * give exactly the record hashes Node and Chromium give.
 */
import { existsSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/dev/find-browser';
import { bundleForBrowser } from '../support/bundle';

const FIREFOX = findBrowser('firefox') ?? '/usr/bin/firefox-esr';
const golden = JSON.parse(readFileSync(new URL('./golden.json', import.meta.url), 'utf8'));

describe('golden vectors (Firefox)', () => {
  it('matches Node hash for hash', { timeout: 300_000 }, async () => {
    // The README's test command installs firefox-esr when missing (src/dev/ensure-browsers.ts): its absence is a failure, not a skip.
    expect(existsSync(FIREFOX), `${FIREFOX} (set FIREFOX_PATH)`).toBe(true);
    const code = await bundleForBrowser(new URL('./golden-browser-entry.ts', import.meta.url).pathname, 'DraGolden');
    const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
    try {
      const page = await browser.newPage();
      await page.setContent('<!doctype html><title>golden</title>');
      await page.addScriptTag({ content: code });
      const inBrowser = await page.evaluate(() => (window as unknown as { DraGolden: { run(): unknown } }).DraGolden.run());
      expect(await browser.version()).toMatch(/firefox/i);
      expect(inBrowser).toEqual(golden);
    } finally {
      await browser.close();
    }
  });
});
