import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import { commitContribution } from '../../core/draw';
import { EXIT } from '../io';
import type { Command } from '../command';

/** A contribution for an announcement: 128 fresh bits kept by its holder; only the commitment is published. */
const command: Command = {
  name: 'contribute',
  summary: 'a fresh random contribution and its commitment / 生成随机贡献及其承诺',
  usage: 'contribute [--value TEXT]',
  async run(args, io) {
    const { values } = parseArgs({ args, options: { value: { type: 'string' } } });
    const value = values.value ?? randomBytes(16).toString('hex');
    io.out(JSON.stringify({ value, commitment: commitContribution(value) }, null, 2));
    io.err('keep "value" secret until the draw; publish "commitment" in the announcement / 贡献值在抽取时才公开，承诺写入公告');
    return EXIT.ok;
  },
};

export default command;
