// npm start and the browser tests find Chrome, Edge or Chromium (and Firefox) on each OS.
import { describe, expect, it } from 'vitest';
import { findBrowser, type Where } from '../../src/dev/find-browser';

const at = (platform: NodeJS.Platform, present: string[], env: Record<string, string> = {}): Where => ({ platform, env, home: platform === 'darwin' ? '/Users/li' : '/home/li', exists: (p) => present.includes(p) });
const WIN_ENV = { LOCALAPPDATA: 'C:\\Users\\li\\AppData\\Local', PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' };

describe('findBrowser', () => {
  it.each([
    ['win32', 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'],
    ['win32', 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'],
    ['win32', 'C:\\Users\\li\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe'],
    ['darwin', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
    ['darwin', '/Users/li/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'],
    ['linux', '/usr/bin/chromium'],
    ['linux', '/usr/bin/google-chrome-stable'],
    ['linux', '/usr/bin/microsoft-edge'],
  ] as const)('on %s finds %s', (platform, path) => {
    expect(findBrowser('chromium', at(platform, [path], WIN_ENV))).toBe(path);
  });

  it('prefers Chromium, then Chrome, then Edge', () => {
    const all = ['/usr/bin/microsoft-edge', '/usr/bin/google-chrome', '/usr/bin/chromium'];
    expect(findBrowser('chromium', at('linux', all))).toBe('/usr/bin/chromium');
    expect(findBrowser('chromium', at('linux', all.slice(0, 2)))).toBe('/usr/bin/google-chrome');
  });

  it('finds Firefox ESR on Linux and Firefox on Windows', () => {
    expect(findBrowser('firefox', at('linux', ['/usr/bin/firefox-esr']))).toBe('/usr/bin/firefox-esr');
    expect(findBrowser('firefox', at('win32', ['C:\\Program Files\\Mozilla Firefox\\firefox.exe'], WIN_ENV))).toBe('C:\\Program Files\\Mozilla Firefox\\firefox.exe');
  });

  it('takes CHROMIUM_PATH as given, and finds nothing where nothing is', () => {
    expect(findBrowser('chromium', at('linux', [], { CHROMIUM_PATH: '/opt/x/chrome' }))).toBe('/opt/x/chrome');
    expect(findBrowser('chromium', at('win32', [], WIN_ENV))).toBeUndefined();
    expect(findBrowser('chromium', at('darwin', ['/usr/bin/chromium']))).toBeUndefined();
  });
});
