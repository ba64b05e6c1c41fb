/**
 * What `dra verify` found different, in the run's language. The draw's core names each difference in
 * English, led by the field it is about (`seed: …`, `inputs.objectsHash: …`, `result.objectIds[3]: recorded
 * …, re-drawn …`); in Chinese each is said by that field, with the values the core names kept as they are.
 */
import { lang, msg, type MessageKey } from '../i18n';

const KNOWN: Array<[RegExp, MessageKey]> = [
  [/^recordHash:/, 'cli.verify.d.recordHash'],
  [/^resultHash:/, 'cli.verify.d.resultHash'],
  [/^inputs\.objectsHash: .*announcement/, 'cli.verify.d.objectsAnnounced'],
  [/^inputs\.inspectorsHash: .*announcement/, 'cli.verify.d.inspectorsAnnounced'],
  [/^inputs\.objectsHash:/, 'cli.verify.d.objects'],
  [/^inputs\.inspectorsHash:/, 'cli.verify.d.inspectors'],
  [/^inputs\.\w+:/, 'cli.verify.d.inputs'],
  [/^inputs: the row counts differ from the announcement/, 'cli.verify.d.countsAnnounced'],
  [/^inputs: the row counts/, 'cli.verify.d.counts'],
  [/^params: the record’s profile/, 'cli.verify.d.paramsProfile'],
  [/^params:/, 'cli.verify.d.paramsAnnounced'],
  [/^kind: an official/, 'cli.verify.d.officialSeed'],
  [/^kind: a preview/, 'cli.verify.d.previewAnnounced'],
  [/^announcementHash:/, 'cli.verify.d.announcementHash'],
  [/^announcement: the record is of announcement/, 'cli.verify.d.otherAnnouncement'],
  [/^announcement:/, 'cli.verify.d.announcement'],
  [/^envelope\.drawnAt: .* before the announcement/, 'cli.verify.d.beforeAnnouncement'],
  [/^envelope\.drawnAt: .* before public value/, 'cli.verify.d.beforePublicValue'],
  [/^request:/, 'cli.verify.d.request'],
  [/^taskId \/ attempt:/, 'cli.verify.d.task'],
  [/^randomness: public value (\S+) is missing/, 'cli.verify.d.publicMissing'],
  [/^randomness: the public values/, 'cli.verify.d.publicValues'],
  [/^randomness: the contributions/, 'cli.verify.d.contributions'],
  [/^randomness: contribution (\S+) does not match/, 'cli.verify.d.commitment'],
  [/^seed:/, 'cli.verify.d.seed'],
  [/^the record is malformed:/, 'cli.verify.d.malformed'],
];

/** One difference in words: English as the core wrote it; Chinese by the field it leads with. */
export function differenceText(d: string): string {
  if (lang() === 'en') return d;
  for (const [re, key] of KNOWN) {
    const m = re.exec(d);
    if (m) return msg(key, { id: m[1] ?? '' });
  }
  // The result re-drawn differs at a path: recorded X, re-drawn Y (values are data: ids and numbers).
  const r = /^(result[^:]*): recorded (.*), re-drawn (.*)$/s.exec(d);
  if (r) return msg('cli.verify.d.result', { path: r[1], recorded: r[2], redrawn: r[3] });
  const field = /^([\w.[\]/ ]+):/.exec(d)?.[1]?.trim();
  return msg('cli.verify.d.other', { field: field ?? '—' });
}
