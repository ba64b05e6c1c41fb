import { parseArgs } from 'node:util';
import { writeFile } from 'node:fs/promises';
import { announce, drawParamsFromProfile, DrawError, DrawInputError } from '../../core/draw';
import { announcementHtml } from '../../trainer/announcement-page';
import { BadInput, EXIT } from '../io';
import { msg } from '../../i18n';
import { loadJson } from '../load-json';
import { nodeListHasher } from '../node-hash';
import { profileArg } from '../profile-arg';
import { drawFailure } from '../draw-failure';
import type { Command } from '../command';

const command: Command = {
  name: 'announce',
  summary: 'cli.cmd.announce.summary',
  usage: 'cli.cmd.announce.usage',
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
    for (const k of ['objects', 'inspectors', 'plan', 'randomness', 'out'] as const) if (!values[k]) throw new BadInput(msg('cli.required', { option: `--${k}` }));
    const attempt = Number(values.attempt);
    if (!Number.isInteger(attempt) || attempt < 1) throw new BadInput(msg('cli.announce.attempt', { value: values.attempt! }));
    const profile = profileArg(values.profile!);
    const [objects, inspectors, request, randomness] = [await loadJson(values.objects!, io), await loadJson(values.inspectors!, io), await loadJson(values.plan!, io), await loadJson(values.randomness!, io)];
    let a;
    try {
      a = announce(objects, inspectors, request, { profile: { id: profile.id, params: drawParamsFromProfile(profile) }, randomness: randomness as never, attempt, reason: values.reason, hashList: nodeListHasher });
    } catch (e) {
      if (e instanceof DrawError || e instanceof DrawInputError) throw drawFailure(e);
      if ((e as { name?: string }).name === 'ZodError') throw new BadInput(msg('cli.announce.invalid', { problems: (e as { issues: Array<{ path: PropertyKey[] }> }).issues.map((i) => i.path.join('.')).join('；') }));
      throw e;
    }
    await writeFile(values.out!, `${JSON.stringify(a, null, 2)}\n`);
    if (values.html) await writeFile(values.html, announcementHtml(a));
    io.err(
      [
        msg('cli.announce.head', { task: a.taskId, attempt: a.attempt }),
        `  ${msg('cli.announce.inputs', { objects: a.inputs.objectCount, objectsHash: a.inputs.objectsHash, inspectors: a.inputs.inspectorCount, inspectorsHash: a.inputs.inspectorsHash })}`,
        ...a.randomness.publicValues.map((p) => `  ${msg('cli.announce.public', { id: p.id, source: p.source, after: p.availableAfter })}`),
        ...a.randomness.contributions.map((c) => `  ${msg('cli.announce.contribution', { id: c.id, holder: c.holder, commitment: c.commitment })}`),
        `  ${msg('cli.announce.hash', { hash: a.announcementHash })}`,
        `  ${msg('cli.written', { files: `${values.out}${values.html ? `、${values.html}` : ''}` })}`,
      ].join('\n'),
    );
    return EXIT.ok;
  },
};

export default command;
