import { parseArgs } from 'node:util';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { BadInput } from '../io';
import { installNativeHost, type Browser } from '../native-host/install';
import type { Command } from '../command';

/** The Firefox build's add-on id (wxt.config.ts browser_specific_settings). */
export const GECKO_ID = 'dra@double-random.example';

const command: Command = {
  name: 'install-native-host',
  summary: 'register the archive (一户一档) as a native messaging host / 注册本地归档',
  usage: 'install-native-host --extension-id ID [--browser chromium|chrome|firefox] [--user-data-dir DIR] [--archive DIR]',
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: {
        browser: { type: 'string', default: 'chromium' },
        'user-data-dir': { type: 'string' },
        archive: { type: 'string', default: join(homedir(), '双随机档案') },
        'extension-id': { type: 'string', multiple: true },
        'launcher-dir': { type: 'string', default: join(homedir(), '.local', 'share', 'dra') },
      },
    });
    const browser = values.browser as Browser;
    if (!['chromium', 'chrome', 'firefox'].includes(browser)) throw new BadInput(`--browser must be chromium, chrome or firefox, got "${values.browser}"`);
    if (browser === 'firefox' && values['user-data-dir']) throw new BadInput('--user-data-dir is for Chromium and Chrome; Firefox reads ~/.mozilla/native-messaging-hosts');
    const ids = values['extension-id'] ?? (browser === 'firefox' ? [GECKO_ID] : []);
    if (!ids.length) throw new BadInput('--extension-id is required for Chromium and Chrome (the id chrome://extensions shows for 双随机助手)');
    for (const id of ids) if (browser === 'firefox' ? !/^[\w.@{}-]{1,80}$/.test(id) : !/^[a-p]{32}$/.test(id)) throw new BadInput(`--extension-id "${id}" is not a ${browser === 'firefox' ? 'Firefox add-on id' : 'Chromium extension id (32 letters a–p)'}`);
    const r = await installNativeHost({ browser, extensionIds: ids, archive: values.archive!, userDataDir: values['user-data-dir'], launcherDir: values['launcher-dir']! });
    io.out(`本地归档已注册 / native host registered for ${browser}\n  manifest: ${r.manifest}\n  launcher: ${r.launcher}\n  archive:  ${r.archive}`);
    return 0;
  },
};

export default command;
