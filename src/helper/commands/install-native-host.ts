import { parseArgs } from 'node:util';
import { BadInput } from '../io';
import { installNativeHost } from '../native-host/install';
import { checkIds, DEFAULT_ARCHIVE, GECKO_ID, parseBrowsers } from '../native-host/options';
import { selfCommand } from '../self';
import type { Command } from '../command';

export { GECKO_ID } from '../native-host/options';

const command: Command = {
  name: 'install-native-host',
  summary: 'register the archive (一户一档) as a native messaging host / 注册本地归档',
  usage: 'install-native-host --extension-id ID [--browser chrome,edge,chromium,firefox|all] [--user-data-dir DIR] [--archive DIR]',
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: {
        browser: { type: 'string', multiple: true },
        'user-data-dir': { type: 'string' },
        archive: { type: 'string', default: DEFAULT_ARCHIVE },
        'extension-id': { type: 'string', multiple: true },
        'launcher-dir': { type: 'string' },
      },
    });
    const browsers = parseBrowsers(values.browser);
    if (browsers.includes('firefox') && values['user-data-dir'] && browsers.length === 1) throw new BadInput('--user-data-dir is for Chromium-family browsers; Firefox reads its own folder');
    if (values['user-data-dir'] && process.platform === 'win32') throw new BadInput('--user-data-dir: on Windows the browsers read the registry, not the profile folder');
    const ids = values['extension-id'] ?? [];
    checkIds(browsers, ids);
    const lines: string[] = [];
    for (const browser of browsers) {
      const r = await installNativeHost({ browser, extensionIds: browser === 'firefox' ? [GECKO_ID] : ids, archive: values.archive!, userDataDir: values['user-data-dir'], launcherDir: values['launcher-dir'], hostCommand: selfCommand() });
      lines.push(`  ${browser}: ${r.manifest}${r.registryKey ? `\n    注册表 / registry: ${r.registryKey} (${r.regFile})` : ''}`);
      lines.push(`  launcher: ${r.launcher}`, `  archive:  ${r.archive}`);
    }
    io.out(`本地归档已注册 / native host registered\n${[...new Set(lines)].join('\n')}\n重新启动浏览器后生效 / restart the browser to use it. 卸载 / to remove: dra uninstall-native-host`);
    return 0;
  },
};

export default command;
