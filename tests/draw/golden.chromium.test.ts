/**
 * The same golden vectors computed in Chromium: the draw module bundled into a page must give exactly
 * the record hashes Node gives (same PRNG, same integers, same SHA-256, same canonical JSON).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundleForBrowser } from '../support/bundle';
import { hasChromium, launchChromium, CHROMIUM } from '../support/chromium';

const golden = JSON.parse(readFileSync(new URL('./golden.json', import.meta.url), 'utf8'));

describe('golden vectors (Chromium)', () => {
  if (!hasChromium) {
    it.skip(`needs Chromium at ${CHROMIUM} (run npx tsx src/dev/ensure-browsers.ts chromium)`, () => {});
    return;
  }
  it('matches Node hash for hash', { timeout: 120_000 }, async () => {
    const code = await bundleForBrowser(new URL('./golden-browser-entry.ts', import.meta.url).pathname, 'DraGolden');
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.setContent('<!doctype html><title>golden</title>');
      await page.addScriptTag({ content: code });
      const inBrowser = await page.evaluate(() => (window as unknown as { DraGolden: { run(): unknown } }).DraGolden.run());
      const ua = await browser.version();
      expect(ua).toMatch(/Chrome|Chromium/);
      expect(inBrowser).toEqual(golden);
    } finally {
      await browser.close();
    }
  });
});
