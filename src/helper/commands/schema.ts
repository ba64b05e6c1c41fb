import { checkFileJsonSchema } from '../../core/model/json-schema';
import type { Command } from '../command';

const command: Command = {
  name: 'schema',
  summary: 'print the JSON Schema of the plan file format / 输出计划文件格式的 JSON Schema',
  usage: 'schema',
  async run(_args, io) {
    io.out(JSON.stringify(checkFileJsonSchema(), null, 2));
    return 0;
  },
};

export default command;
