import { parseArgs } from 'node:util';
import { writeFile } from 'node:fs/promises';
import { draw, drawOfficial, drawParamsFromProfile, DrawError, DrawInputError, type DrawRecord } from '../../core/draw';
import { BadInput, EXIT } from '../io';
import { loadJson } from '../load-json';
import { nodeListHasher } from '../node-hash';
import { profileArg } from '../profile-arg';
import { drawFailure } from '../draw-failure';
import { appendLog, attemptsOf, defaultLogPath, readLog } from '../audit-file';
import type { Command } from '../command';

/** `id=value` pairs of --public-value / --reveal. */
function pairs(list: string[] | undefined, flag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of list ?? []) {
    const i = p.indexOf('=');
    if (i < 1) throw new BadInput(`${flag} takes ID=VALUE, got "${p}"`);
    out[p.slice(0, i)] = p.slice(i + 1);
  }
  return out;
}

const command: Command = {
  name: 'draw',
  summary: 'official draw from an announcement, or a seeded preview / 正式抽取（依公告）或预览',
  usage: 'draw --objects FILE --inspectors FILE (--announcement FILE --public-value ID=V… [--reveal ID=V…] | --plan FILE --seed S) [--reason TEXT] [--log FILE] [--profile ID] [--out FILE]',
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: {
        objects: { type: 'string' },
        inspectors: { type: 'string' },
        plan: { type: 'string' },
        seed: { type: 'string' },
        commit: { type: 'boolean', default: false },
        kind: { type: 'string' },
        announcement: { type: 'string' },
        'public-value': { type: 'string', multiple: true },
        reveal: { type: 'string', multiple: true },
        reason: { type: 'string' },
        log: { type: 'string' },
        profile: { type: 'string', default: 'baseline' },
        out: { type: 'string' },
      },
    });
    const official = !!values.announcement || values.kind === 'official';
    if (values.kind !== undefined && values.kind !== 'preview' && values.kind !== 'official') throw new BadInput(`--kind must be preview or official, got "${values.kind}"`);
    if (values.commit) throw new BadInput('--commit is gone: an official draw is announced first (dra announce) and its seed derived from public values and contributions; a preview takes --seed');
    if (official && values.seed !== undefined)
      throw new BadInput('an official draw takes no --seed: its seed is derived from the announcement, the public values and the revealed contributions (docs/draw-spec.md §3) / 正式抽取不接受指定种子');
    if (official && !values.announcement) throw new BadInput('an official draw needs --announcement FILE (made before the draw with dra announce)');
    for (const k of ['objects', 'inspectors'] as const) if (!values[k]) throw new BadInput(`--${k} FILE is required`);
    if (!official && !values.plan) throw new BadInput('--plan FILE is required');
    if (!official && !values.seed) throw new BadInput('give --seed S for a preview, or --announcement FILE for an official draw');
    const logPath = values.log ?? defaultLogPath();
    const log = readLog(logPath);
    const [objects, inspectors] = [await loadJson(values.objects!, io), await loadJson(values.inspectors!, io)];
    let record: DrawRecord;
    try {
      if (official) {
        const announcement = await loadJson(values.announcement!, io);
        const taskId = (announcement as { taskId?: unknown })?.taskId;
        const earlier = attemptsOf(log, String(taskId)).filter((e) => e.data.kind === 'official' && e.data.outcome === 'drawn');
        if (earlier.length && !values.reason)
          throw new BadInput(`task ${String(taskId)} already has an official draw (${earlier.length}, last at ${earlier.at(-1)!.at}); one official draw per task: a further one needs --reason TEXT, which is logged`);
        record = drawOfficial(objects, inspectors, {
          announcement,
          publicValues: pairs(values['public-value'], '--public-value'),
          contributions: pairs(values.reveal, '--reveal'),
          hashList: nodeListHasher,
        });
      } else {
        const request = await loadJson(values.plan!, io);
        const taskId = (request as { taskId?: unknown })?.taskId;
        record = draw(objects, inspectors, request, drawParamsFromProfile(profileArg(values.profile!)), { kind: 'preview', seed: values.seed!, attempt: attemptsOf(log, String(taskId)).length + 1, hashList: nodeListHasher });
      }
    } catch (e) {
      if (e instanceof DrawError || e instanceof DrawInputError) throw drawFailure(e);
      throw e;
    }
    appendLog(logPath, 'draw-attempt', {
      via: 'cli',
      taskId: record.taskId,
      kind: record.kind,
      attempt: record.attempt,
      outcome: 'drawn',
      announcementHash: record.announcementHash,
      seed: record.seed,
      recordHash: record.recordHash,
      drawn: record.result.objectIds.length,
      reason: values.reason,
    });
    const r = record.result;
    const lines = [
      `${record.kind === 'preview' ? '预览（不具约束力）/ PREVIEW, not binding' : '正式抽取 / OFFICIAL draw'} · task ${record.taskId} · attempt ${record.attempt}`,
      ...r.classes.map((c) => `  ${c.creditClass}: ${c.objectIds.length} of ${c.poolSize}${c.ratePercent !== undefined ? ` (${c.ratePercent}%)` : ` (fixed ${c.fixedCount})`}`),
      `  objects drawn: ${r.objectIds.length}; inspectors matched: ${r.assignments.length} × ${record.request.inspectorsPerObject}; replacements (递补): ${r.replacements.length}; excluded: ${r.exclusions.length}${r.batchOrder ? '; batch order drawn' : ''}`,
      record.announcementHash ? `  announcement: ${record.announcementHash}` : `  preview seed: ${'previewSeed' in record.randomness ? record.randomness.previewSeed : ''}`,
      `  seed (derived): ${record.seed}`,
      `  record hash: ${record.recordHash}`,
      `  logged: ${logPath}`,
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
