import { parseArgs } from 'node:util';
import { writeFile } from 'node:fs/promises';
import { announce, drawParamsFromProfile, DrawError, DrawInputError } from '../../core/draw';
import { announcementHtml } from '../../trainer/announcement-page';
import { BadInput, EXIT } from '../io';
import { loadJson } from '../load-json';
import { nodeListHasher } from '../node-hash';
import { profileArg } from '../profile-arg';
import { drawFailure } from '../draw-failure';
import type { Command } from '../command';

const command: Command = {
  name: 'announce',
  summary: 'fix the inputs and name the randomness before an official draw / 抽取公告',
  usage: 'announce --objects FILE --inspectors FILE --plan FILE --randomness FILE [--profile ID] [--attempt N --reason TEXT] --out FILE [--html FILE]',
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: {
        objects: { type: 'string' },
        inspectors: { type: 'string' },
        plan: { type: 'string' },
        randomness: { type: 'string' },
        profile: { type: 'string', default: 'baseline' },
        attempt: { type: 'string', default: '1' },
        reason: { type: 'string' },
        out: { type: 'string' },
        html: { type: 'string' },
      },
    });
    for (const k of ['objects', 'inspectors', 'plan', 'randomness', 'out'] as const) if (!values[k]) throw new BadInput(`--${k} FILE is required`);
    const attempt = Number(values.attempt);
    if (!Number.isInteger(attempt) || attempt < 1) throw new BadInput(`--attempt must be 1, 2, …; got "${values.attempt}"`);
    const profile = profileArg(values.profile!);
    const [objects, inspectors, request, randomness] = [await loadJson(values.objects!, io), await loadJson(values.inspectors!, io), await loadJson(values.plan!, io), await loadJson(values.randomness!, io)];
    let a;
    try {
      a = announce(objects, inspectors, request, { profile: { id: profile.id, params: drawParamsFromProfile(profile) }, randomness: randomness as never, attempt, reason: values.reason, hashList: nodeListHasher });
    } catch (e) {
      if (e instanceof DrawError || e instanceof DrawInputError) throw drawFailure(e);
      if ((e as { name?: string }).name === 'ZodError') throw new BadInput(`the announcement cannot be made: ${(e as { issues: Array<{ path: PropertyKey[]; message: string }> }).issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      throw e;
    }
    await writeFile(values.out!, `${JSON.stringify(a, null, 2)}\n`);
    if (values.html) await writeFile(values.html, announcementHtml(a));
    io.err(
      [
        `抽取公告 / announcement · task ${a.taskId} · attempt ${a.attempt}`,
        `  objects ${a.inputs.objectCount} (${a.inputs.objectsHash}), inspectors ${a.inputs.inspectorCount} (${a.inputs.inspectorsHash})`,
        ...a.randomness.publicValues.map((p) => `  public value ${p.id}: ${p.source}, after ${p.availableAfter}`),
        ...a.randomness.contributions.map((c) => `  contribution ${c.id}: ${c.holder}, commitment ${c.commitment}`),
        `  announcement hash (publish it): ${a.announcementHash}`,
        `  written: ${values.out}${values.html ? `, ${values.html}` : ''}`,
      ].join('\n'),
    );
    return EXIT.ok;
  },
};

export default command;
