import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import { commitContribution } from '../../core/draw';
import { EXIT } from '../io';
import { msg } from '../../i18n';
import type { Command } from '../command';

/** A contribution for an announcement: 128 fresh bits kept by its holder; only the commitment is published. */
const command: Command = {
  name: 'contribute',
  summary: 'cli.cmd.contribute.summary',
  usage: 'cli.cmd.contribute.usage',
  async run(args, io) {
    const { values } = parseArgs({ args, options: { value: { type: 'string' } } });
    const value = values.value ?? randomBytes(16).toString('hex');
    io.out(JSON.stringify({ value, commitment: commitContribution(value) }, null, 2));
    io.err(msg('cli.contribute.note'));
    return EXIT.ok;
  },
};

export default command;
