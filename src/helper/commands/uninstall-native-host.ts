import { rm } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { BROWSERS } from '../native-host/layout';
import { uninstallNativeHost } from '../native-host/install';
import { browserName, parseBrowsers } from '../native-host/options';
import type { Command } from '../command';
import { msg } from '../../i18n';

/** Undo install-native-host: the manifests, registry keys and (for all browsers) the launcher. The archive stays. */
const command: Command = {
  name: 'uninstall-native-host',
  summary: 'cli.cmd.uninstall-native-host.summary',
  usage: 'cli.cmd.uninstall-native-host.usage',
  async run(args, io) {
    const { values } = parseArgs({ args, options: { browser: { type: 'string', multiple: true }, 'user-data-dir': { type: 'string' }, 'launcher-dir': { type: 'string' } } });
    const browsers = parseBrowsers(values.browser ?? ['all']);
    const lines: string[] = [];
    let launcher = '';
    for (const browser of browsers) {
      const r = await uninstallNativeHost({ browser, userDataDir: values['user-data-dir'], launcherDir: values['launcher-dir'] });
      launcher = r.launcher;
      lines.push(`  ${msg('cli.host.manifest', { browser: browserName(browser), path: r.manifest })}${r.registryKey ? ` · ${r.registryKey}` : ''}`);
    }
    if (BROWSERS.every((b) => browsers.includes(b))) {
      await rm(launcher, { force: true });
      lines.push(`  ${msg('cli.host.launcher', { path: launcher })}`);
    }
    io.out(`${msg('cli.host.removed')}\n${lines.join('\n')}`);
    return 0;
  },
};

export default command;
