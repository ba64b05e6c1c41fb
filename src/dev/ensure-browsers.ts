/**
 * Run before `npm start` (`chromium`) and `npm test` (`chromium firefox`): find the browsers on this
 * machine (Windows, macOS or Linux); on Debian as root install what is missing (Chromium, Firefox ESR,
 * a CJK font for screenshots of the Chinese platform, Chromium's Chinese UI locale), since a downloaded browser cannot run here.
 * Otherwise name what to install and exit 1. No bash: npm runs this the same on every OS.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser, type Kind } from './find-browser';

const DEBIAN_PACKAGE: Record<Kind, string> = { chromium: 'chromium', firefox: 'firefox-esr' };
const HOW: Record<Kind, string> = {
  chromium: 'install Chrome, Edge or Chromium (Debian: sudo apt-get install chromium), or set CHROMIUM_PATH',
  firefox: 'install Firefox (Debian: sudo apt-get install firefox-esr), or set FIREFOX_PATH',
};

const canApt = process.platform === 'linux' && process.getuid?.() === 0 && has('apt-get', ['--version']);

function has(cmd: string, args: string[]): boolean {
  try {
    execFileSync(cmd, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function aptInstall(pkg: string): boolean {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () => execFileSync('apt-get', ['install', '-y', '-qq', pkg], { stdio: 'ignore', env });
  try {
    install();
    return true;
  } catch {
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'ignore', env });
      install();
      return true;
    } catch {
      return false;
    }
  }
}

function cjkFont(): void {
  if (!canApt || !has('fc-list', [])) return;
  const fonts = execFileSync('fc-list', { encoding: 'utf8' });
  if (/wqy|noto sans cjk/i.test(fonts)) return;
  if (!aptInstall('fonts-wqy-zenhei')) console.warn('ensure-browsers: 未能安装中文字体，截图中的汉字会显示为方框 / no CJK font (screenshots will show boxes)');
}

// Debian ships Chromium's UI locales apart (chromium-l10n): without zh-CN.pak, --lang=zh-CN falls back to
// English, and the extension, which speaks the browser's language, with it.
function chromiumChinese(): void {
  const locales = '/usr/lib/chromium/locales';
  if (!canApt || !existsSync(locales) || existsSync(`${locales}/zh-CN.pak`)) return;
  console.log('ensure-browsers: 正在安装 Chromium 的中文界面 / installing Debian\'s chromium-l10n…');
  if (!aptInstall('chromium-l10n') || !existsSync(`${locales}/zh-CN.pak`)) console.warn('ensure-browsers: 未能安装 chromium-l10n，Chromium 界面与扩展将是英文 / chromium-l10n not installed: Chromium and the extension will speak English');
}

let failed = false;
const kinds = process.argv.slice(2) as Kind[];
for (const kind of kinds.length ? kinds : (['chromium'] as Kind[])) {
  if (!(kind in DEBIAN_PACKAGE)) throw new Error(`ensure-browsers: unknown browser "${kind}" (chromium or firefox)`);
  if (kind === 'chromium') cjkFont();
  const found = findBrowser(kind);
  let present = !!found && existsSync(found);
  if (!found && canApt) {
    console.log(`ensure-browsers: 正在安装 Debian 的 ${DEBIAN_PACKAGE[kind]} / installing Debian's ${DEBIAN_PACKAGE[kind]}…`);
    present = aptInstall(DEBIAN_PACKAGE[kind]) && !!findBrowser(kind);
  }
  if (present) {
    if (kind === 'chromium') chromiumChinese();
    continue;
  }
  console.error(`ensure-browsers: 找不到 ${kind} / ${kind} not found${found ? ` at ${found}` : ''}: ${HOW[kind]}`);
  failed = true;
}
process.exitCode = failed ? 1 : 0;
