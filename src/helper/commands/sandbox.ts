import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { startSandbox } from '../../sandbox/server';
import { BadInput } from '../io';
import type { Command } from '../command';

const command: Command = {
  name: 'sandbox',
  summary: 'serve the training copy of the platform on 127.0.0.1 / 启动培训沙盒平台',
  usage: 'sandbox [--port N] [--data DIR] [--reset] [--scenarios DIR]',
  async run(args, io) {
    const { values } = parseArgs({ args, options: { port: { type: 'string', default: '8765' }, data: { type: 'string', default: '.sandbox-data' }, reset: { type: 'boolean', default: false }, scenarios: { type: 'string' } } });
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new BadInput(`--port must be 0–65535, got "${values.port}"`);
    if (values.scenarios && !existsSync(values.scenarios)) throw new BadInput(`--scenarios: no such folder ${values.scenarios}`);
    const { url, store } = await startSandbox({ port, dataDir: resolve(values.data), reset: values.reset, scenarios: values.scenarios && resolve(values.scenarios) });
    io.out(`沙盒平台 / sandbox platform: ${url}  (data: ${store.file}${store.reseeded ? ', fresh seed data' : ''})`);
    io.out(`培训 / trainer: ${url}dra/scenarios · ${url}dra/rules · ${url}dra/ceremony`);
    io.out('Ctrl-C to stop.');
    await new Promise(() => {}); // serve until stopped
    return 0;
  },
};

export default command;
