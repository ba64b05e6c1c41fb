import { parseArgs } from 'node:util';
import { writeFile } from 'node:fs/promises';
import { draw, drawParamsFromProfile, commitmentOf, DrawError, DrawInputError } from '../../core/draw';
import { loadProfile } from '../../core/profiles';
import { BadInput, EXIT } from '../io';
import { loadJson } from '../load-json';
import { freshSeed, nodeListHasher } from '../node-hash';
import type { Command } from '../command';

const command: Command = {
  name: 'draw',
  summary: 'seeded, verifiable double-random draw / 可复现、可验证的双随机抽取',
  usage: 'draw --objects FILE --inspectors FILE --plan FILE (--seed S | --commit) [--kind preview|official] [--profile ID] [--out FILE]',
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: {
        objects: { type: 'string' },
        inspectors: { type: 'string' },
        plan: { type: 'string' },
        seed: { type: 'string' },
        commit: { type: 'boolean', default: false },
        kind: { type: 'string', default: 'preview' },
        profile: { type: 'string', default: 'baseline' },
        out: { type: 'string' },
      },
    });
    for (const k of ['objects', 'inspectors', 'plan'] as const) if (!values[k]) throw new BadInput(`--${k} FILE is required`);
    if (values.seed && values.commit) throw new BadInput('give either --seed or --commit, not both');
    if (!values.seed && !values.commit) throw new BadInput('give --seed S, or --commit to generate a seed and publish its commitment first');
    if (values.kind !== 'preview' && values.kind !== 'official') throw new BadInput(`--kind must be preview or official, got "${values.kind}"`);
    const [objects, inspectors, request] = [await loadJson(values.objects!, io), await loadJson(values.inspectors!, io), await loadJson(values.plan!, io)];
    const seed = values.seed ?? freshSeed();
    let committedAt: string | undefined;
    if (values.commit) {
      committedAt = new Date().toISOString();
      // The commitment goes out before the draw is made; the seed is revealed in the record after.
      io.err(`承诺 / commitment (SHA-256 of the seed): ${commitmentOf(seed)}  at ${committedAt}`);
    }
    let record;
    try {
      record = draw(objects, inspectors, request, drawParamsFromProfile(loadProfile(values.profile)), {
        seed,
        kind: values.kind,
        committedAt,
        hashList: nodeListHasher,
      });
    } catch (e) {
      if (e instanceof DrawError) throw new BadInput(`cannot draw: ${e.message} / ${e.zh}`);
      if (e instanceof DrawInputError) throw new BadInput(`${e.what} do not match the format:\n${e.errors.map((x) => `  ${x.path}: ${x.en} / ${x.zh}`).join('\n')}`);
      throw e;
    }
    const r = record.result;
    const lines = [
      `${record.kind === 'preview' ? '预览（不具约束力）/ PREVIEW, not binding' : '正式抽取 / OFFICIAL draw'} · task ${record.request.taskId}`,
      ...r.classes.map((c) => `  ${c.creditClass}: ${c.objectIds.length} of ${c.poolSize}${c.ratePercent !== undefined ? ` (${c.ratePercent}%)` : ` (fixed ${c.fixedCount})`}`),
      `  objects drawn: ${r.objectIds.length}; inspectors matched: ${r.assignments.length} × ${record.request.inspectorsPerObject}; replacements (递补): ${r.replacements.length}; excluded: ${r.exclusions.length}${r.batchOrder ? '; batch order drawn' : ''}`,
      `  seed: ${record.seed}`,
      `  record hash: ${record.recordHash}`,
    ];
    io.err(lines.join('\n'));
    const json = JSON.stringify(record, null, 2);
    if (values.out) {
      await writeFile(values.out, `${json}\n`);
      io.err(`  written: ${values.out}`);
    } else io.out(json);
    return EXIT.ok;
  },
};

export default command;
