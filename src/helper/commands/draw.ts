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
import { msg } from '../../i18n';
import { formatDateTime } from '../../i18n/time';

/** `id=value` pairs of --public-value / --reveal. */
function pairs(list: string[] | undefined, flag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of list ?? []) {
    const i = p.indexOf('=');
    if (i < 1) throw new BadInput(msg('cli.draw.pair', { option: flag, value: p }));
    out[p.slice(0, i)] = p.slice(i + 1);
  }
  return out;
}

const command: Command = {
  name: 'draw',
  summary: 'cli.cmd.draw.summary',
  usage: 'cli.cmd.draw.usage',
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
    if (values.kind !== undefined && values.kind !== 'preview' && values.kind !== 'official') throw new BadInput(msg('cli.draw.kind', { value: values.kind }));
    if (values.commit) throw new BadInput(msg('cli.draw.commitGone'));
    if (official && values.seed !== undefined) throw new BadInput(msg('cli.draw.noSeed'));
    if (official && !values.announcement) throw new BadInput(msg('cli.draw.needsAnnouncement'));
    for (const k of ['objects', 'inspectors'] as const) if (!values[k]) throw new BadInput(msg('cli.required', { option: `--${k}` }));
    if (!official && !values.plan) throw new BadInput(msg('cli.required', { option: '--plan' }));
    if (!official && !values.seed) throw new BadInput(msg('cli.draw.seedOrAnnouncement'));
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
          throw new BadInput(msg('cli.draw.again', { task: String(taskId), n: earlier.length, at: formatDateTime(earlier.at(-1)!.at) }));
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
      msg(record.kind === 'preview' ? 'cli.draw.headPreview' : 'cli.draw.headOfficial', { task: record.taskId, attempt: record.attempt }),
      ...r.classes.map((c) => `  ${msg(c.ratePercent !== undefined ? 'cli.draw.classRate' : 'cli.draw.classFixed', { cls: c.creditClass, drawn: c.objectIds.length, pool: c.poolSize, rate: c.ratePercent ?? '', fixed: c.fixedCount ?? '' })}`),
      `  ${msg('cli.draw.counts', { drawn: r.objectIds.length, matched: r.assignments.length, per: record.request.inspectorsPerObject, replaced: r.replacements.length, excluded: r.exclusions.length })}${r.batchOrder ? msg('cli.draw.batchOrder') : ''}`,
      record.announcementHash ? `  ${msg('cli.draw.announcement', { hash: record.announcementHash })}` : `  ${msg('cli.draw.previewSeed', { seed: 'previewSeed' in record.randomness ? record.randomness.previewSeed : '' })}`,
      `  ${msg('cli.draw.seed', { seed: record.seed })}`,
      `  ${msg('cli.draw.recordHash', { hash: record.recordHash })}`,
      `  ${msg('cli.draw.logged', { path: logPath })}`,
    ];
    io.err(lines.join('\n'));
    const json = JSON.stringify(record, null, 2);
    if (values.out) {
      await writeFile(values.out, `${json}\n`);
      io.err(`  ${msg('cli.written', { files: values.out })}`);
    } else io.out(json);
    return EXIT.ok;
  },
};

export default command;
