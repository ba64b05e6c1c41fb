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

/** Rows to store, with their source and time; a record with nothing to key it by is refused by row. */
export function liaisonRows(records: Incoming[], source: LiaisonRecordRow['source'], readAt: string) {
  const rows: LiaisonRecordRow[] = [];
  const refused: Array<{ row: number; reason: string }> = [];
  for (const r of records) {
    const key = liaisonKey(r);
    if (!key) refused.push({ row: r.row, reason: '无编号或名称，无法识别 / no id or name to know it by' });
    else rows.push({ key, kind: r.kind, values: r.values, source, row: r.row, readAt });
  }
  return { rows, refused };
}
