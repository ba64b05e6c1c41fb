import { homedir } from 'node:os';
import { join } from 'node:path';
import { BadInput } from '../io';

/** The archive folder when none is named (install-native-host, archive list). */
export const DEFAULT_ARCHIVE = join(homedir(), '双随机档案');
import { BROWSERS, type Browser } from './layout';

/** The Firefox build's add-on id (wxt.config.ts browser_specific_settings). */
export const GECKO_ID = 'dra@double-random.example';

/** --browser chrome,edge (repeatable; "all" = every one). Default: Chrome, Edge and Chromium. */
export function parseBrowsers(values: string[] | undefined): Browser[] {
  const names = (values ?? ['chrome', 'edge', 'chromium']).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  const out = new Set<Browser>();
  for (const n of names) {
    if (n === 'all') BROWSERS.forEach((b) => out.add(b));
    else if ((BROWSERS as readonly string[]).includes(n)) out.add(n as Browser);
    else throw new BadInput(`--browser must be ${BROWSERS.join(', ')} or all, got "${n}"`);
  }
  return [...out];
}

/** Chromium-family ids are 32 letters a–p; Firefox's is the add-on id. */
export function checkIds(browsers: Browser[], ids: string[]): void {
  for (const b of browsers) {
    const own = b === 'firefox' ? [GECKO_ID] : ids;
    if (!own.length) throw new BadInput(`--extension-id is required for ${b} (the id chrome://extensions or edge://extensions shows for 双随机助手)`);
  }
  for (const id of ids) if (!/^[a-p]{32}$/.test(id)) throw new BadInput(`--extension-id "${id}" is not a Chromium extension id (32 letters a–p)`);
}
