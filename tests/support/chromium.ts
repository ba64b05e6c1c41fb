import { existsSync } from 'node:fs';
import { findBrowser } from '../../src/dev/find-browser';
import puppeteer, { type Browser, type LaunchOptions } from 'puppeteer-core';

/** $CHROMIUM_PATH, else the machine's Chromium, Chrome or Edge (CI: Debian's Chromium; a downloaded browser cannot work here). */
export const CHROMIUM = findBrowser('chromium') ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

/** The flags every browser test runs with: no sandbox as root, no background network on a closed network. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export function launchChromium(opts: LaunchOptions = {}): Promise<Browser> {
  return puppeteer.launch({ executablePath: CHROMIUM, headless: true, ...opts, args: [...CHROMIUM_ARGS, ...(opts.args ?? [])] });
}
