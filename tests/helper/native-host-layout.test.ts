/**
 * install-native-host on Windows, macOS and Linux: each browser's per-user location as its documentation
 * gives it (see the sources in src/helper/native-host/layout.ts), the launcher, the registry key and the
 * .reg file, and the uninstall. Windows and macOS are laid out for real in a temp folder standing for HOME.
 */
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, win32 } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { layout } from '../../src/helper/native-host/layout';
import { installNativeHost, regFile, uninstallNativeHost, type FileOps } from '../../src/helper/native-host/install';
import { launcherScript } from '../../src/helper/native-host/launcher';

const WIN = { home: 'C:\\Users\\li', localAppData: 'C:\\Users\\li\\AppData\\Local' };
const ID = 'abcdefghijklmnopabcdefghijklmnop';
const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'dra-nmh-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('where each browser looks (per user)', () => {
  it.each([
    ['chrome', 'HKCU\\Software\\Google\\Chrome\\NativeMessagingHosts\\cn.dra.archive'],
    ['edge', 'HKCU\\Software\\Microsoft\\Edge\\NativeMessagingHosts\\cn.dra.archive'],
    ['chromium', 'HKCU\\Software\\Chromium\\NativeMessagingHosts\\cn.dra.archive'],
    ['firefox', 'HKCU\\Software\\Mozilla\\NativeMessagingHosts\\cn.dra.archive'],
  ] as const)('Windows, %s: the registry key %s names the manifest; a .cmd launcher', (browser, key) => {
    const l = layout(browser, 'win32', WIN);
    expect(l.registryKey).toBe(key);
    expect(l.manifest).toBe(`C:\\Users\\li\\AppData\\Local\\dra\\${browser}\\cn.dra.archive.json`);
    expect(l.launcher).toBe('C:\\Users\\li\\AppData\\Local\\dra\\cn.dra.archive.cmd');
    expect(win32.isAbsolute(l.manifest)).toBe(true);
  });

  it.each([
    ['chrome', '/Users/li/Library/Application Support/Google/Chrome/NativeMessagingHosts/cn.dra.archive.json'],
    ['edge', '/Users/li/Library/Application Support/Microsoft Edge/NativeMessagingHosts/cn.dra.archive.json'],
    ['chromium', '/Users/li/Library/Application Support/Chromium/NativeMessagingHosts/cn.dra.archive.json'],
    ['firefox', '/Users/li/Library/Application Support/Mozilla/NativeMessagingHosts/cn.dra.archive.json'],
  ] as const)('macOS, %s: %s', (browser, manifest) => {
    const l = layout(browser, 'darwin', { home: '/Users/li' });
    expect(l).toEqual({ os: 'darwin', manifest, launcher: '/Users/li/Library/Application Support/dra/cn.dra.archive.sh' });
  });

  it.each([
    ['chrome', '/home/li/.config/google-chrome/NativeMessagingHosts/cn.dra.archive.json'],
    ['edge', '/home/li/.config/microsoft-edge/NativeMessagingHosts/cn.dra.archive.json'],
    ['chromium', '/home/li/.config/chromium/NativeMessagingHosts/cn.dra.archive.json'],
    ['firefox', '/home/li/.mozilla/native-messaging-hosts/cn.dra.archive.json'],
  ] as const)('Linux, %s: %s', (browser, manifest) => {
    expect(layout(browser, 'linux', { home: '/home/li' })).toEqual({ os: 'linux', manifest, launcher: '/home/li/.local/share/dra/cn.dra.archive.sh' });
  });

  it('a Chromium profile started with --user-data-dir reads its own NativeMessagingHosts (not Firefox)', () => {
    expect(layout('chromium', 'linux', { home: '/home/li', userDataDir: '/tmp/p' }).manifest).toBe(posix.join('/tmp/p', 'NativeMessagingHosts', 'cn.dra.archive.json'));
    expect(layout('firefox', 'darwin', { home: '/Users/li', userDataDir: '/tmp/p' }).manifest).toContain('/Library/Application Support/Mozilla/');
  });
});

describe('launchers', () => {
  it('Windows: a .cmd that echoes nothing, reads UTF-8 paths, quotes each part and doubles %', () => {
    const text = launcherScript('win32', ['C:\\Program Files\\nodejs\\node.exe', 'C:\\Users\\李明\\dra\\dra.cjs', 'native-host', '--archive', 'C:\\Users\\李明\\双随机档案 100%']);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('@echo off');
    expect(lines).toContain('chcp 65001 >nul');
    expect(lines).toContain('"C:\\Program Files\\nodejs\\node.exe" "C:\\Users\\李明\\dra\\dra.cjs" "native-host" "--archive" "C:\\Users\\李明\\双随机档案 100%%" %*');
  });

  it('POSIX: exec with single quotes', () => {
    expect(launcherScript('linux', ['/usr/bin/node', "/o'k/dra.cjs", 'native-host'])).toContain(`exec '/usr/bin/node' '/o'\\''k/dra.cjs' 'native-host'`);
  });
});

describe('install and uninstall', () => {
  it('Windows: writes the manifest and a .reg file, runs reg add for the key; uninstall runs reg delete and removes both', async () => {
    // Windows paths cannot be written on this (POSIX) machine: the files go to an in-memory disk.
    const disk = new Map<string, string | Buffer>();
    const fs: FileOps = {
      mkdir: async () => undefined,
      writeFile: async (p, d) => void disk.set(p, d),
      chmod: async () => undefined,
      rm: async (p) => void disk.delete(p),
    };
    const calls: string[][] = [];
    const reg = async (args: string[]) => void calls.push(args);
    const r = await installNativeHost({ os: 'win32', browser: 'edge', extensionIds: [ID], archive: 'C:\\Users\\李明\\双随机档案', hostCommand: ['C:\\Program Files\\nodejs\\node.exe', 'C:\\dra\\dra.cjs'], ...WIN, reg, fs });
    expect(r).toMatchObject({
      registryKey: 'HKCU\\Software\\Microsoft\\Edge\\NativeMessagingHosts\\cn.dra.archive',
      manifest: 'C:\\Users\\li\\AppData\\Local\\dra\\edge\\cn.dra.archive.json',
      regFile: 'C:\\Users\\li\\AppData\\Local\\dra\\edge\\cn.dra.archive.reg',
      launcher: 'C:\\Users\\li\\AppData\\Local\\dra\\cn.dra.archive.cmd',
    });
    expect(calls).toEqual([['add', r.registryKey, '/ve', '/t', 'REG_SZ', '/d', r.manifest, '/f']]);
    const manifest = JSON.parse(disk.get(r.manifest) as string);
    expect(manifest).toMatchObject({ name: 'cn.dra.archive', type: 'stdio', path: r.launcher, allowed_origins: [`chrome-extension://${ID}/`] });
    expect(disk.get(r.launcher)).toBe('@echo off\r\nrem Written by dra install-native-host: Chrome/Edge start this to reach the helper archive.\r\nchcp 65001 >nul\r\n"C:\\Program Files\\nodejs\\node.exe" "C:\\dra\\dra.cjs" "native-host" "--archive" "C:\\Users\\李明\\双随机档案" %*\r\n');
    const reg5 = disk.get(r.regFile!) as Buffer;
    expect([...reg5.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    const text = reg5.subarray(2).toString('utf16le');
    expect(text).toContain('Windows Registry Editor Version 5.00');
    expect(text).toContain('[HKEY_CURRENT_USER\\Software\\Microsoft\\Edge\\NativeMessagingHosts\\cn.dra.archive]');
    expect(text).toContain(`@="${r.manifest.replace(/\\/g, '\\\\')}"`);

    await uninstallNativeHost({ os: 'win32', browser: 'edge', ...WIN, reg, fs });
    expect(calls[1]).toEqual(['delete', r.registryKey, '/f']);
    expect([...disk.keys()]).toEqual([r.launcher]);
  });

  it('macOS: the manifest in Library/Application Support, an executable launcher; uninstall removes the manifest', async () => {
    const home = tmp();
    const r = await installNativeHost({ os: 'darwin', browser: 'chrome', extensionIds: [ID], archive: join(home, 'a'), hostCommand: ['/usr/local/bin/node', '/opt/dra.cjs'], home });
    expect(r.manifest).toBe(join(home, 'Library/Application Support/Google/Chrome/NativeMessagingHosts/cn.dra.archive.json'));
    expect(readFileSync(r.launcher, 'utf8')).toContain(`exec '/usr/local/bin/node' '/opt/dra.cjs' 'native-host' '--archive' '${join(home, 'a')}'`);
    await uninstallNativeHost({ os: 'darwin', browser: 'chrome', home });
    expect(existsSync(r.manifest)).toBe(false);
  });

  it('regFile escapes backslashes as regedit expects', () => {
    const text = regFile(layout('chrome', 'win32', WIN)).subarray(2).toString('utf16le');
    expect(text).toContain('@="C:\\\\Users\\\\li\\\\AppData\\\\Local\\\\dra\\\\chrome\\\\cn.dra.archive.json"');
  });
});
