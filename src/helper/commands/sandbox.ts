import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { startSandbox } from '../../sandbox/server';
import { BadInput } from '../io';
import type { Command } from '../command';
import { msg } from '../../i18n';

const command: Command = {
  name: 'sandbox',
  summary: 'cli.cmd.sandbox.summary',
  usage: 'cli.cmd.sandbox.usage',
  async run(args, io) {
    const { values } = parseArgs({ args, options: { port: { type: 'string', default: '8765' }, data: { type: 'string', default: '.sandbox-data' }, reset: { type: 'boolean', default: false }, scenarios: { type: 'string' } } });
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new BadInput(msg('cli.sandbox.port', { value: values.port! }));
    if (values.scenarios && !existsSync(values.scenarios)) throw new BadInput(msg('cli.notFolder', { option: '--scenarios', path: values.scenarios }));
    const { url, store } = await startSandbox({ port, dataDir: resolve(values.data), reset: values.reset, scenarios: values.scenarios && resolve(values.scenarios) });
    io.out(msg(store.reseeded ? 'cli.sandbox.urlSeeded' : 'cli.sandbox.url', { url, data: store.file }));
    io.out(msg('cli.sandbox.trainer', { scenarios: `${url}dra/scenarios`, rules: `${url}dra/rules`, ceremony: `${url}dra/ceremony` }));
    io.out(msg('cli.sandbox.stop'));
    await new Promise(() => {}); // serve until stopped
    return 0;
  },
};

export default command;
