import { parseArgs } from 'node:util';
import { verifyRecord, drawParamsFromProfile, DrawError, DrawInputError } from '../../core/draw';
import { BadInput, EXIT } from '../io';
import { loadJson } from '../load-json';
import { nodeListHasher } from '../node-hash';
import { profileArg } from '../profile-arg';
import type { Command } from '../command';
import { msg, pick } from '../../i18n';
import { differenceText } from '../verify-words';
import { drawFailure } from '../draw-failure';

const KIND = { official: 'cli.verify.official', preview: 'cli.verify.preview' } as const;

const command: Command = {
  name: 'verify',
  summary: 'cli.cmd.verify.summary',
  usage: 'cli.cmd.verify.usage',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { objects: { type: 'string' }, inspectors: { type: 'string' }, announcement: { type: 'string' }, profile: { type: 'string' } },
    });
    if (positionals.length !== 1) throw new BadInput(msg('cli.verify.oneRecord'));
    if (!values.objects || !values.inspectors) throw new BadInput(msg('cli.verify.registries'));
    const [record, objects, inspectors] = [await loadJson(positionals[0], io), await loadJson(values.objects, io), await loadJson(values.inspectors, io)];
    const kind = (record as { kind?: unknown } | null)?.kind;
    const format = (record as { format?: unknown } | null)?.format;
    if (format === 'dra-draw-record/2' && kind === 'official' && !values.announcement)
      throw new BadInput(msg('cli.verify.needsAnnouncement'));
    const params = values.profile ? drawParamsFromProfile(profileArg(values.profile)) : undefined;
    const announcement = values.announcement ? await loadJson(values.announcement, io) : undefined;
    let v;
    try {
      v = verifyRecord(record, objects, inspectors, { announcement, params, hashList: nodeListHasher });
    } catch (e) {
      if (e instanceof DrawError || e instanceof DrawInputError) throw drawFailure(e);
      throw e;
    }
    if (v.malformed) throw new BadInput(`${positionals[0]}：${v.differences.map(differenceText).join('；')}`);
    io.out(msg('cli.verify.kind', { kind: v.kind ? msg(KIND[v.kind]) : msg('cli.verify.unknownKind') }));
    if (v.verified) {
      io.out(msg(v.kind === 'preview' ? 'cli.verify.okPreview' : 'cli.verify.ok'));
      return EXIT.ok;
    }
    io.out(`${msg('cli.verify.notOk')}\n${v.differences.map((d) => `  - ${differenceText(d)}`).join('\n')}`);
    return EXIT.findings;
  },
};

export default command;
