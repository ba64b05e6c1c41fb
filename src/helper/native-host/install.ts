import { execFile } from 'node:child_process';
import * as nodeFs from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, posix, resolve, win32 } from 'node:path';

import { promisify } from 'node:util';
import { HOST_NAME } from './host';
import { launcherScript } from './launcher';
import { currentOS, layout, type Browser, type Layout, type OS, type Place } from './layout';

export type { Browser } from './layout';

/** Kept for callers of the Linux-only API: the folder of the host manifest. */
export function manifestDir(browser: Browser, userDataDir?: string, home = homedir()): string {
  return dirname(layout(browser, 'linux', { home, userDataDir: userDataDir && resolve(userDataDir) }).manifest);
}

/** The host manifest: Chromium-family browsers name the extensions by origin, Firefox by add-on id. */
export function hostManifest(browser: Browser, launcher: string, extensionIds: string[]) {
  const base = { name: HOST_NAME, description: '双随机助手 helper archive (一户一档) / Double-Random Assistant archive', path: launcher, type: 'stdio' as const };
  return browser === 'firefox' ? { ...base, allowed_extensions: extensionIds } : { ...base, allowed_origins: extensionIds.map((id) => `chrome-extension://${id}/`) };
}

/** A .reg file (UTF-16LE with BOM, as regedit writes them) that sets the key to the manifest: for IT departments and by hand. */
export function regFile(l: Layout): Buffer {
  const key = l.registryKey!.replace(/^HKCU\\/, 'HKEY_CURRENT_USER\\');
  const text = `Windows Registry Editor Version 5.00\r\n\r\n[${key}]\r\n@="${l.manifest.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"\r\n`;
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

/** The same registration as one command line, for IT departments and for pasting into 命令提示符 by hand. */
export const regAddCommand = (key: string, manifest: string): string => `reg add "${key}" /ve /t REG_SZ /d "${manifest}" /f`;

/** The file operations used (injected by tests that lay out another OS's paths). */
export interface FileOps {
  mkdir(path: string, opts: { recursive: true; mode?: number }): Promise<unknown>;
  writeFile(path: string, data: string | Buffer): Promise<void>;
  chmod(path: string, mode: number): Promise<void>;
  rm(path: string, opts: { force: true }): Promise<void>;
}

/** What runs reg.exe (injected by tests). */
export type RunReg = (args: string[]) => Promise<void>;
const runReg: RunReg = async (args) => {
  await promisify(execFile)('reg', args, { windowsHide: true });
};

export interface InstallOptions extends Omit<Place, 'home'> {
  browser: Browser;
  extensionIds: string[];
  archive: string;
  /** The command that starts the host: the running helper (node + script, or the single executable). */
  hostCommand: string[];
  home?: string;
  os?: OS;
  reg?: RunReg;
  fs?: FileOps;
}

/** Paths in the target OS's own syntax (the tests lay out Windows on a POSIX machine). */
const absolute = (os: OS, p: string) => (os === 'win32' ? win32 : posix).resolve(p);

function layoutFor(opts: Omit<InstallOptions, 'extensionIds' | 'archive' | 'hostCommand'>, os: OS): Layout {
  const abs = (p?: string) => p && absolute(os, p);
  return layout(opts.browser, os, { home: opts.home ?? homedir(), localAppData: opts.localAppData ?? process.env.LOCALAPPDATA, userDataDir: abs(opts.userDataDir), launcherDir: abs(opts.launcherDir) });
}

/**
 * Write the launcher (the browser runs it: the helper's native-host command with the archive folder),
 * the manifest, and on Windows the per-user registry key (reg add, plus the same as a .reg file).
 */
export async function installNativeHost(opts: InstallOptions) {
  const os = opts.os ?? currentOS();
  const l = layoutFor(opts, os);
  const { mkdir, writeFile, chmod } = opts.fs ?? nodeFs;
  const { dirname } = os === 'win32' ? win32 : posix;
  const archive = absolute(os, opts.archive);
  await mkdir(archive, { recursive: true, mode: 0o700 });
  await mkdir(dirname(l.launcher), { recursive: true });
  await writeFile(l.launcher, launcherScript(os, [...opts.hostCommand, 'native-host', '--archive', archive]));
  if (os !== 'win32') await chmod(l.launcher, 0o755);
  await mkdir(dirname(l.manifest), { recursive: true });
  await writeFile(l.manifest, JSON.stringify(hostManifest(opts.browser, l.launcher, opts.extensionIds), null, 2) + '\n');
  let regFilePath: string | undefined;
  if (l.registryKey) {
    regFilePath = l.manifest.replace(/\.json$/, '.reg');
    await writeFile(regFilePath, regFile(l));
    await (opts.reg ?? runReg)(['add', l.registryKey, '/ve', '/t', 'REG_SZ', '/d', l.manifest, '/f']);
  }
  return { manifest: l.manifest, launcher: l.launcher, archive, registryKey: l.registryKey, regFile: regFilePath };
}

/** Remove what installNativeHost wrote for this browser (the archive itself is the user's and stays). */
export async function uninstallNativeHost(opts: Omit<InstallOptions, 'extensionIds' | 'archive' | 'hostCommand'>) {
  const os = opts.os ?? currentOS();
  const l = layoutFor(opts, os);
  const { rm } = opts.fs ?? nodeFs;
  await rm(l.manifest, { force: true });
  if (l.registryKey) {
    await rm(l.manifest.replace(/\.json$/, '.reg'), { force: true });
    // A key that is not there is not an error: the host is unregistered either way.
    await (opts.reg ?? runReg)(['delete', l.registryKey, '/f']).catch(() => undefined);
  }
  return { manifest: l.manifest, registryKey: l.registryKey, launcher: l.launcher };
}
