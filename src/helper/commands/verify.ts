import { parseArgs } from 'node:util';
import { verifyRecord, drawParamsFromProfile, DrawError, DrawInputError } from '../../core/draw';
import { BadInput, EXIT } from '../io';
import { loadJson } from '../load-json';
import { nodeListHasher } from '../node-hash';
import { profileArg } from '../profile-arg';
import type { Command } from '../command';

const KIND: Record<string, string> = { official: 'official / 正式抽取', preview: 'PREVIEW / 预览（不具约束力）' };

const command: Command = {
  name: 'verify',
  summary: 're-run a draw record against what was published / 复核抽取记录',
  usage: 'verify RECORD --objects FILE --inspectors FILE [--announcement FILE] [--profile ID]',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { objects: { type: 'string' }, inspectors: { type: 'string' }, announcement: { type: 'string' }, profile: { type: 'string' } },
    });
    if (positionals.length !== 1) throw new BadInput('give exactly one record file');
    if (!values.objects || !values.inspectors) throw new BadInput('--objects FILE and --inspectors FILE are required');
    const [record, objects, inspectors] = [await loadJson(positionals[0], io), await loadJson(values.objects, io), await loadJson(values.inspectors, io)];
    const kind = (record as { kind?: unknown } | null)?.kind;
    const format = (record as { format?: unknown } | null)?.format;
    if (format === 'dra-draw-record/2' && kind === 'official' && !values.announcement)
      throw new BadInput('an official record is checked against the announcement as it was published: give --announcement FILE');
    const params = values.profile ? drawParamsFromProfile(profileArg(values.profile)) : undefined;
    const announcement = values.announcement ? await loadJson(values.announcement, io) : undefined;
    let v;
    try {
      v = verifyRecord(record, objects, inspectors, { announcement, params, hashList: nodeListHasher });
    } catch (e) {
      if (e instanceof DrawError || e instanceof DrawInputError) throw new BadInput(e.message);
      throw e;
    }
    if (v.malformed) throw new BadInput(`${positionals[0]}: ${v.differences.join('; ')}`);
    io.out(`kind: ${KIND[v.kind ?? ''] ?? 'unknown'}`);
    if (v.verified) {
      io.out(`verified / 复核一致${v.kind === 'preview' ? ' (a PREVIEW record: not binding)' : ''}`);
      return EXIT.ok;
    }
    io.out(`NOT verified / 复核不一致:\n${v.differences.map((d) => `  - ${d}`).join('\n')}`);
    return EXIT.findings;
  },
};

export default command;
