/**
 * Settings written into a loaded extension as its own pages write them (settings.set from an extension
 * page), for `npm start` and the e2e tests: the sandbox they start listens on a free port, and the overlay
 * runs only on the port the settings name (src/platform/origins.ts, overlayPlace).
 */
import type { Browser } from 'puppeteer-core';

/** The loaded extension's id, from its service worker. */
export async function loadedExtensionId(browser: Browser, timeout = 20_000): Promise<string> {
  const sw = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout });
  return new URL(sw.url()).host;
}

/** `fn(arg)` run in the extension's popup page (an extension page: chrome.* at hand), which is closed after. */
export async function inPopup<A, R>(browser: Browser, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
  const id = await loadedExtensionId(browser);
  const page = await browser.newPage();
  try {
    await page.goto(`chrome-extension://${id}/popup.html`, { waitUntil: 'load' });
    return (await page.evaluate(fn as (arg: unknown) => unknown, arg)) as R;
  } finally {
    await page.close();
  }
}

/** Send settings.set from the extension's popup page; throws with the background's reason when refused. */
export async function setExtensionSettings(browser: Browser, patch: Record<string, unknown>): Promise<void> {
  const reply = (await inPopup(browser, (p) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'settings.set', patch: p }), patch)) as { ok: boolean; error?: string; problems?: unknown };
  if (!reply?.ok) throw new Error(`settings.set refused: ${JSON.stringify(reply)}`);
}

/** The overlay on this sandbox: its port becomes the settings' sandboxPort. */
export const useSandboxPort = (browser: Browser, sandboxUrl: string): Promise<void> => setExtensionSettings(browser, { sandboxPort: Number(new URL(sandboxUrl).port) });
