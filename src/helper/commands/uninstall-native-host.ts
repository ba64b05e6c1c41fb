import { rm } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { BROWSERS } from '../native-host/layout';
import { uninstallNativeHost } from '../native-host/install';
import { parseBrowsers } from '../native-host/options';
import type { Command } from '../command';

/** Undo install-native-host: the manifests, registry keys and (for all browsers) the launcher. The archive stays. */
const command: Command = {
  name: 'uninstall-native-host',
  summary: 'remove the archive host registration (the archive stays) / 注销本地归档',
  usage: 'uninstall-native-host [--browser chrome,edge,chromium,firefox|all] [--user-data-dir DIR]',
  async run(args, io) {
    const { values } = parseArgs({ args, options: { browser: { type: 'string', multiple: true }, 'user-data-dir': { type: 'string' }, 'launcher-dir': { type: 'string' } } });
    const browsers = parseBrowsers(values.browser ?? ['all']);
    const lines: string[] = [];
    let launcher = '';
    for (const browser of browsers) {
      const r = await uninstallNativeHost({ browser, userDataDir: values['user-data-dir'], launcherDir: values['launcher-dir'] });
      launcher = r.launcher;
      lines.push(`  ${browser}: ${r.manifest}${r.registryKey ? ` · ${r.registryKey}` : ''}`);
    }
    if (BROWSERS.every((b) => browsers.includes(b))) {
      await rm(launcher, { force: true });
      lines.push(`  launcher: ${launcher}`);
    }
    io.out(`已注销本地归档（档案文件保留）/ native host removed (the archive folder is kept):\n${lines.join('\n')}`);
    return 0;
  },
};

export default command;
