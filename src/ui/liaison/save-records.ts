import { send } from '../../messaging/send';
import { msg } from '../i18n';
import type { Reply, Request } from '../../messaging/messages';
import { PAGE_PART } from './page-parts';

type Save = Extract<Request, { type: 'liaison.save' }>;

/**
 * A sheet's records saved in parts of PAGE_PART (one message may hold at most LIAISON_SAVE_MAX, and a smaller part
 * keeps each message's copy on the page short): a province's result list has hundreds of thousands of rows. The parts' counts added up; the first refused part ends it, with what was
 * saved before it counted.
 */
export async function saveRecords(source: Save['source'], records: Save['records']): Promise<Reply<'liaison.save'>> {
  let saved = 0;
  const refused: Array<{ row: number; reason: string }> = [];
  for (let at = 0; at < records.length; at += PAGE_PART) {
    const r = await send({ type: 'liaison.save', source, records: records.slice(at, at + PAGE_PART) });
    if (!r.ok) return saved ? { ...r, error: msg('liaison.import.partSaved', { error: r.error, saved }) } : r;
    saved += r.saved;
    refused.push(...r.refused);
  }
  return { ok: true, saved, refused };
}
