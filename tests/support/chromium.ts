import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type LaunchOptions } from 'puppeteer';

/** Debian's Chromium (a downloaded browser cannot work on these machines), or $CHROMIUM_PATH. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

/** The flags every browser test runs with: no sandbox as root, no background network on a closed network. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export function launchChromium(opts: LaunchOptions = {}): Promise<Browser> {
  return puppeteer.launch({ executablePath: CHROMIUM, headless: true, ...opts, args: [...CHROMIUM_ARGS, ...(opts.args ?? [])] });
}
