import { send } from '../../messaging/send';
import { msg } from '../i18n';
import { LIAISON_SAVE_MAX, type Reply, type Request } from '../../messaging/messages';

type Save = Extract<Request, { type: 'liaison.save' }>;

/**
 * A sheet's records saved in parts of at most LIAISON_SAVE_MAX (one message may hold no more): a province's result
 * list has hundreds of thousands of rows. The parts' counts added up; the first refused part ends it, with what was
 * saved before it counted.
 */
export async function saveRecords(source: Save['source'], records: Save['records']): Promise<Reply<'liaison.save'>> {
  let saved = 0;
  const refused: Array<{ row: number; reason: string }> = [];
  for (let at = 0; at < records.length; at += LIAISON_SAVE_MAX) {
    const r = await send({ type: 'liaison.save', source, records: records.slice(at, at + LIAISON_SAVE_MAX) });
    if (!r.ok) return saved ? { ...r, error: msg('liaison.import.partSaved', { error: r.error, saved }) } : r;
    saved += r.saved;
    refused.push(...r.refused);
  }
  return { ok: true, saved, refused };
}
