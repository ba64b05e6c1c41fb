import type { LiaisonRecordRow } from './db';

type Incoming = { kind: 'plan' | 'task' | 'result'; row: number; values: Record<string, unknown> };

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** The store key of a list record: the same plan, task or result read again replaces the earlier read. */
export function liaisonKey(r: Incoming): string | undefined {
  const v = r.values;
  if (r.kind === 'plan') return (text(v.id) ?? text(v.name)) && `plan:${text(v.id) ?? text(v.name)}`;
  if (r.kind === 'task') return (text(v.id) ?? text(v.name)) && `task:${text(v.id) ?? text(v.name)}`;
  const task = text(v.taskId) ?? text(v.taskName);
  return task && text(v.objectId) ? `result:${task}/${text(v.objectId)}` : undefined;
}

/** The largest record kept (its values as JSON): a list row is a few hundred characters. */
export const LIAISON_RECORD_CHARS = 8 * 1024;
/** Records kept per origin: a province's year of plans, tasks and results, with room to spare. */
export const LIAISON_PER_ORIGIN = 100_000;

/** The origin a stored record was read on (file imports and rows from before origins were kept: by their source). */
export function recordOrigin(r: Pick<LiaisonRecordRow, 'source'> & { origin?: string }): string {
  if (r.origin) return r.origin;
  if (r.source.kind === 'file') return 'file';
  try {
    return new URL(r.source.name).origin;
  } catch {
    return 'file';
  }
}

/** Rows to store, with their source and time; a record with nothing to key it by, or too large, is refused by row. */
export function liaisonRows(records: Incoming[], source: LiaisonRecordRow['source'], readAt: string, origin?: string) {
  const rows: LiaisonRecordRow[] = [];
  const refused: Array<{ row: number; reason: string }> = [];
  for (const r of records) {
    const key = liaisonKey(r);
    const chars = JSON.stringify(r.values)?.length ?? 0;
    if (!key) refused.push({ row: r.row, reason: '无编号或名称，无法识别 / no id or name to know it by' });
    else if (chars > LIAISON_RECORD_CHARS) refused.push({ row: r.row, reason: `记录过大（${chars} 字符，上限 ${LIAISON_RECORD_CHARS}） / record too large (${chars} characters, at most ${LIAISON_RECORD_CHARS})` });
    else rows.push({ key, kind: r.kind, values: r.values, source, row: r.row, readAt, ...(origin ? { origin } : {}) });
  }
  return { rows, refused };
}
