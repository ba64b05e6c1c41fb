import { checkFileJsonSchema } from '../../core/model/json-schema';
import { adapterJsonSchema } from '../../platform/adapter-json-schema';
import type { Command } from '../command';

const command: Command = {
  name: 'schema',
  summary: 'print the JSON Schema of the plan file format, or with --adapter of platform adapters / 输出计划文件格式（或 --adapter：平台适配器格式）的 JSON Schema',
  usage: 'schema [--adapter]',
  async run(args, io) {
    const unknown = args.filter((a) => a !== '--adapter');
    if (unknown.length) {
      io.err(`未知参数 / unknown argument: ${unknown.join(' ')}`);
      return 2;
    }
    io.out(JSON.stringify(args.includes('--adapter') ? adapterJsonSchema() : checkFileJsonSchema(), null, 2));
    return 0;
  },
};

export default command;
