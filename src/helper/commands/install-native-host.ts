import { parseArgs } from 'node:util';
import { BadInput } from '../io';
import { installNativeHost, regAddCommand } from '../native-host/install';
import { browserName } from '../native-host/options';
import { checkIds, DEFAULT_ARCHIVE, GECKO_ID, parseBrowsers } from '../native-host/options';
import { selfCommand } from '../self';
import type { Command } from '../command';
import { msg } from '../../i18n';

export { GECKO_ID } from '../native-host/options';

const command: Command = {
  name: 'install-native-host',
  summary: 'cli.cmd.install-native-host.summary',
  usage: 'cli.cmd.install-native-host.usage',
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
    if (browsers.includes('firefox') && values['user-data-dir'] && browsers.length === 1) throw new BadInput(msg('cli.host.userDataFirefox'));
    if (values['user-data-dir'] && process.platform === 'win32') throw new BadInput(msg('cli.host.userDataWindows'));
    const ids = values['extension-id'] ?? [];
    checkIds(browsers, ids);
    const lines: string[] = [];
    for (const browser of browsers) {
      const r = await installNativeHost({ browser, extensionIds: browser === 'firefox' ? [GECKO_ID] : ids, archive: values.archive!, userDataDir: values['user-data-dir'], launcherDir: values['launcher-dir'], hostCommand: selfCommand() });
      lines.push(`  ${msg('cli.host.manifest', { browser: browserName(browser), path: r.manifest })}`);
      if (r.registryKey) lines.push(`    ${msg('cli.host.registry', { key: r.registryKey, reg: r.regFile ?? '' })}`, `    ${msg('cli.host.regCommand', { command: regAddCommand(r.registryKey, r.manifest) })}`);
      lines.push(`  ${msg('cli.host.launcher', { path: r.launcher })}`, `  ${msg('cli.host.archive', { path: r.archive })}`);
    }
    io.out(`${msg('cli.host.registered')}\n${[...new Set(lines)].join('\n')}\n${msg('cli.host.restart')}`);
    return 0;
  },
};

export default command;
