import { parseArgs } from 'node:util';
import { verifyRecord, DrawError, DrawInputError } from '../../core/draw';
import { BadInput, EXIT } from '../io';
import { loadJson } from '../load-json';
import { nodeListHasher } from '../node-hash';
import type { Command } from '../command';

const command: Command = {
  name: 'verify',
  summary: 're-run a draw record and say whether it verifies / 复核抽取记录',
  usage: 'verify RECORD --objects FILE --inspectors FILE',
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { objects: { type: 'string' }, inspectors: { type: 'string' } } });
    if (positionals.length !== 1) throw new BadInput('give exactly one record file');
    if (!values.objects || !values.inspectors) throw new BadInput('--objects FILE and --inspectors FILE are required');
    const [record, objects, inspectors] = [await loadJson(positionals[0], io), await loadJson(values.objects, io), await loadJson(values.inspectors, io)];
    let v;
    try {
      v = verifyRecord(record, objects, inspectors, nodeListHasher);
    } catch (e) {
      if (e instanceof DrawError || e instanceof DrawInputError) throw new BadInput(e.message);
      throw e;
    }
    if (v.verified) {
      const kind = (record as { kind?: string }).kind;
      io.out(`verified / 复核一致${kind === 'preview' ? ' (a PREVIEW record: not binding)' : ''}`);
      return EXIT.ok;
    }
    io.out(`NOT verified / 复核不一致:\n${v.differences.map((d) => `  - ${d}`).join('\n')}`);
    return EXIT.findings;
  },
};

export default command;
