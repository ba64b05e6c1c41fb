import type { StoredListRecord } from './lists/from-records';

/** A stored list record with its key in the store (`plan:<id>`, `task:<id>`, `result:<task>/<object>`). */
export type KeyedListRecord = StoredListRecord & { key: string };

/** What the last view was made from: each record's read (time, source, row) and task, and the result files' order. */
export interface RecordStamps {
  byKey: Map<string, { read: string; task: string }>;
  resultSources: string[];
}

const readOf = (r: KeyedListRecord) => `${r.readAt}\n${r.source.name}\n${r.row}`;
const taskOf = (r: KeyedListRecord) => String(r.values.taskId ?? r.values.taskName ?? '');

/**
 * The tasks whose results changed between two reads of the store (a file imported adds or replaces records; the
 * store keeps the latest read of each key), by the ids or names the result rows give them; 'all' when a plan or task
 * row changed (tasks move, results find or lose their task) or the result files come in another order (the order of
 * a task's results follows the files'). One pass over the records, no rule judged.
 */
export function recordChanges(prev: RecordStamps | undefined, records: KeyedListRecord[]): { stamps: RecordStamps; changed: Set<string> | 'all' } {
  const byKey = new Map<string, { read: string; task: string }>();
  const sources = new Set<string>();
  const changed = new Set<string>();
  let all = !prev;
  for (const r of records) {
    const now = { read: readOf(r), task: r.kind === 'result' ? taskOf(r) : '' };
    byKey.set(r.key, now);
    if (r.kind === 'result') sources.add(r.source.name);
    const was = prev?.byKey.get(r.key);
    if (was?.read === now.read) continue;
    if (r.kind !== 'result') all = true;
    changed.add(now.task);
    if (was) changed.add(was.task);
  }
  if (prev && !all)
    for (const [key, was] of prev.byKey)
      if (!byKey.has(key)) {
        if (!was.task) all = true;
        changed.add(was.task);
      }
  const resultSources = [...sources];
  if (prev && !all) {
    const kept = resultSources.filter((s) => prev.resultSources.includes(s));
    if (kept.join('\n') !== prev.resultSources.filter((s) => sources.has(s)).join('\n')) all = true;
  }
  return { stamps: { byKey, resultSources }, changed: all ? 'all' : changed };
}
