import { checkFileJsonSchema } from '../../core/model/json-schema';
import { adapterJsonSchema } from '../../platform/adapter-json-schema';
import type { Command } from '../command';
import { msg } from '../../i18n';

const command: Command = {
  name: 'schema',
  summary: 'cli.cmd.schema.summary',
  usage: 'cli.cmd.schema.usage',
  async run(args, io) {
    const unknown = args.filter((a) => a !== '--adapter');
    if (unknown.length) {
      io.err(`dra schema：${msg('cli.args.unknown', { option: unknown.join(' ') })}`);
      return 2;
    }
    io.out(JSON.stringify(args.includes('--adapter') ? adapterJsonSchema() : checkFileJsonSchema(), null, 2));
    return 0;
  },
};

export default command;
