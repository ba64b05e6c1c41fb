/**
 * Where Chromium-family browsers and Firefox live on Windows, macOS and Linux, for `npm start`, the
 * browser tests and the benchmarks. Pure (the platform, environment and file test are passed in) so
 * each OS's layout is unit-tested on any machine.
 */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { posix, win32 } from 'node:path';

export type Kind = 'chromium' | 'firefox';

export interface Where {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  home: string;
  exists(path: string): boolean;
}

const here = (): Where => ({ platform: process.platform, env: process.env, home: homedir(), exists: existsSync });

/** Candidates in order of preference: Chromium first (what CI runs), then Chrome, then Edge. */
export function candidates(kind: Kind, w: Where): string[] {
  if (w.platform === 'win32') {
    const roots = [w.env.LOCALAPPDATA, w.env.PROGRAMFILES, w.env['PROGRAMFILES(X86)'], w.env.ProgramW6432].filter((r): r is string => !!r);
    const tails = kind === 'chromium'
      ? ['Chromium\\Application\\chrome.exe', 'Google\\Chrome\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe']
      : ['Mozilla Firefox\\firefox.exe'];
    return unique(tails.flatMap((t) => roots.map((r) => win32.join(r, t))));
  }
  if (w.platform === 'darwin') {
    const apps = kind === 'chromium'
      ? ['Chromium.app/Contents/MacOS/Chromium', 'Google Chrome.app/Contents/MacOS/Google Chrome', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge']
      : ['Firefox.app/Contents/MacOS/firefox'];
    return apps.flatMap((a) => [posix.join('/Applications', a), posix.join(w.home, 'Applications', a)]);
  }
  const names = kind === 'chromium'
    ? ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge', 'microsoft-edge-stable']
    : ['firefox-esr', 'firefox'];
  return [...names.map((n) => `/usr/bin/${n}`), ...(kind === 'chromium' ? ['/snap/bin/chromium'] : [])];
}

/** $CHROMIUM_PATH / $FIREFOX_PATH when set (even if wrong: the caller says so), else the first candidate present. */
export function findBrowser(kind: Kind, w: Where = here()): string | undefined {
  const set = w.env[kind === 'chromium' ? 'CHROMIUM_PATH' : 'FIREFOX_PATH'];
  if (set) return set;
  return candidates(kind, w).find((p) => w.exists(p));
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}
