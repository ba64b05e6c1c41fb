/**
 * What every screenshot of `npm run screenshots` shares: the world (sandbox + Chromium in zh-CN with the
 * built extension), the extension's id, and one way to save a page into docs/screenshots/.
 */
import type { Page } from 'puppeteer-core';
import type { World } from '../../tests/e2e/launch';

export const DIR = 'docs/screenshots';
/** The office PC's screen the issue was judged at. */
export const VIEW = { width: 1366, height: 768 };

export interface Ctx {
  w: World;
  extensionId: string;
  /** Save `page` as docs/screenshots/`file` once fonts and layout have settled. */
  save(page: Page, file: string, opts?: { fullPage?: boolean }): Promise<void>;
  /** A new tab on one of the extension's own pages, at `size` (1366×768 unless given). */
  extensionPage(path: string, size?: { width: number; height: number }): Promise<Page>;
}

/** One surface: the files it writes (each listed in the README) and how to reach it as a user does. */
export interface Surface {
  name: string;
  files: string[];
  take(ctx: Ctx): Promise<void>;
}

/** Two animation frames and the fonts: what a screenshot waits for instead of a fixed delay. */
export async function settled(page: Page): Promise<void> {
  await page.bringToFront();
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
}
