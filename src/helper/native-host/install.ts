import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HOST_NAME } from './host';

export type Browser = 'chromium' | 'chrome' | 'firefox';

/**
 * Where each browser looks for a user's native messaging hosts on Linux. Chromium and Chrome also
 * read `<user-data-dir>/NativeMessagingHosts` when started with --user-data-dir (chrome_paths.cc,
 * DIR_USER_NATIVE_MESSAGING under DIR_USER_DATA; the E2E proves it). Firefox reads one folder per user.
 */
export function manifestDir(browser: Browser, userDataDir?: string, home = homedir()): string {
  if (browser === 'firefox') return join(home, '.mozilla', 'native-messaging-hosts');
  if (userDataDir) return join(resolve(userDataDir), 'NativeMessagingHosts');
  return join(home, '.config', browser === 'chrome' ? 'google-chrome' : 'chromium', 'NativeMessagingHosts');
}

/** The host manifest: Chromium names the extensions by origin, Firefox by add-on id. */
export function hostManifest(browser: Browser, launcher: string, extensionIds: string[]) {
  const base = { name: HOST_NAME, description: '双随机助手 helper archive (一户一档) / Double-Random Assistant archive', path: launcher, type: 'stdio' as const };
  return browser === 'firefox' ? { ...base, allowed_extensions: extensionIds } : { ...base, allowed_origins: extensionIds.map((id) => `chrome-extension://${id}/`) };
}

const sh = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * Write the launcher (a shell script the browser runs: this node, the host entry point, the
 * archive folder) and the manifest. Returns what was written.
 */
export async function installNativeHost(opts: { browser: Browser; extensionIds: string[]; archive: string; userDataDir?: string; launcherDir: string; home?: string }) {
  const entry = fileURLToPath(new URL('../../../bin/dra-native-host.mjs', import.meta.url));
  const archive = resolve(opts.archive);
  await mkdir(opts.launcherDir, { recursive: true });
  await mkdir(archive, { recursive: true, mode: 0o700 });
  const launcher = join(resolve(opts.launcherDir), `${HOST_NAME}.sh`);
  await writeFile(launcher, `#!/bin/sh\n# Written by dra install-native-host: the browser starts this to reach the helper's archive.\nexec ${sh(process.execPath)} ${sh(entry)} --archive ${sh(archive)}\n`);
  await chmod(launcher, 0o755);
  const dir = manifestDir(opts.browser, opts.userDataDir, opts.home);
  await mkdir(dir, { recursive: true });
  const manifest = join(dir, `${HOST_NAME}.json`);
  await writeFile(manifest, JSON.stringify(hostManifest(opts.browser, launcher, opts.extensionIds), null, 2) + '\n');
  return { manifest, launcher, archive };
}
