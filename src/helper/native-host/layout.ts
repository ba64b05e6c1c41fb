/**
 * Where each browser looks for a user's native messaging host, per OS (pure, so every layout is
 * unit-tested on any machine). From the browsers' own documentation:
 * - Chrome, "Native messaging host location" (developer.chrome.com/docs/extensions/develop/concepts/native-messaging):
 *   Windows: the default value of HKCU\Software\Google\Chrome\NativeMessagingHosts\<name> is the manifest's path;
 *   macOS: ~/Library/Application Support/Google/Chrome/NativeMessagingHosts/<name>.json (Chromium: …/Chromium/…);
 *   Linux: ~/.config/google-chrome/NativeMessagingHosts/<name>.json (Chromium: ~/.config/chromium/…).
 * - Microsoft Edge, "Native messaging" (learn.microsoft.com/microsoft-edge/extensions/developer-guide/native-messaging):
 *   HKCU\Software\Microsoft\Edge\NativeMessagingHosts\<name>; macOS ~/Library/Application Support/Microsoft Edge/NativeMessagingHosts;
 *   Linux ~/.config/microsoft-edge/NativeMessagingHosts.
 * - Firefox, MDN "Native manifests": HKCU\Software\Mozilla\NativeMessagingHosts\<name>;
 *   macOS ~/Library/Application Support/Mozilla/NativeMessagingHosts; Linux ~/.mozilla/native-messaging-hosts.
 * Chromium and Chrome also read <user-data-dir>/NativeMessagingHosts on Linux and macOS when started with
 * --user-data-dir (chrome_paths.cc, DIR_USER_NATIVE_MESSAGING under DIR_USER_DATA; the archive e2e proves it).
 */
import { posix, win32 } from 'node:path';
import { HOST_NAME } from './host';

export const BROWSERS = ['chrome', 'edge', 'chromium', 'firefox'] as const;
export type Browser = (typeof BROWSERS)[number];
export type OS = 'win32' | 'darwin' | 'linux';

export interface Layout {
  os: OS;
  /** The host manifest (JSON) this browser reads. */
  manifest: string;
  /** Windows: the per-user registry key whose default value is the manifest's path. */
  registryKey?: string;
  /** The program the manifest names: a .cmd on Windows, a shell script elsewhere. */
  launcher: string;
}

export interface Place {
  home: string;
  /** Windows: %LOCALAPPDATA% (default: HOME\AppData\Local). */
  localAppData?: string;
  /** Chromium/Chrome on Linux and macOS: that profile's own NativeMessagingHosts. */
  userDataDir?: string;
  /** Where the launcher (and, on Windows, the manifests) go; default per OS. */
  launcherDir?: string;
}

const WIN_VENDOR: Record<Browser, string> = { chrome: 'Google\\Chrome', edge: 'Microsoft\\Edge', chromium: 'Chromium', firefox: 'Mozilla' };
const MAC_DIR: Record<Browser, string> = { chrome: 'Google/Chrome/NativeMessagingHosts', edge: 'Microsoft Edge/NativeMessagingHosts', chromium: 'Chromium/NativeMessagingHosts', firefox: 'Mozilla/NativeMessagingHosts' };
const LINUX_DIR: Record<Browser, string> = { chrome: '.config/google-chrome/NativeMessagingHosts', edge: '.config/microsoft-edge/NativeMessagingHosts', chromium: '.config/chromium/NativeMessagingHosts', firefox: '.mozilla/native-messaging-hosts' };

/** The folder of the helper's own files (launcher; on Windows also the manifests, which the registry points to). */
export function helperDir(os: OS, place: Place): string {
  if (place.launcherDir) return place.launcherDir;
  if (os === 'win32') return win32.join(place.localAppData ?? win32.join(place.home, 'AppData', 'Local'), 'dra');
  if (os === 'darwin') return posix.join(place.home, 'Library', 'Application Support', 'dra');
  return posix.join(place.home, '.local', 'share', 'dra');
}

export function layout(browser: Browser, os: OS, place: Place): Layout {
  const own = helperDir(os, place);
  if (os === 'win32') {
    // Each browser gets its own manifest (Chromium's names origins, Firefox's add-on ids), in the helper's folder.
    return { os, manifest: win32.join(own, browser, `${HOST_NAME}.json`), registryKey: `HKCU\\Software\\${WIN_VENDOR[browser]}\\NativeMessagingHosts\\${HOST_NAME}`, launcher: win32.join(own, `${HOST_NAME}.cmd`) };
  }
  const dir = place.userDataDir && browser !== 'firefox'
    ? posix.join(place.userDataDir, 'NativeMessagingHosts')
    : os === 'darwin' ? posix.join(place.home, 'Library', 'Application Support', MAC_DIR[browser]) : posix.join(place.home, LINUX_DIR[browser]);
  return { os, manifest: posix.join(dir, `${HOST_NAME}.json`), launcher: posix.join(own, `${HOST_NAME}.sh`) };
}

export function currentOS(platform: NodeJS.Platform = process.platform): OS {
  return platform === 'win32' || platform === 'darwin' ? platform : 'linux';
}
