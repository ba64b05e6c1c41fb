import { LIST_SPECS, type ListKind } from './spec';
import type { ReadSheet } from './read-rows';
import type { CellValue } from './cells';

export interface StoredListRecord {
  kind: ListKind;
  row: number;
  values: Record<string, unknown>;
  source: { kind: 'page' | 'file'; name: string };
  readAt: string;
}

/** Stored list records (from pages browsed and files imported) as sheets again, one per source and kind, for assembleDossier. */
export function sheetsFromRecords(records: StoredListRecord[]): ReadSheet[] {
  const groups = new Map<string, ReadSheet>();
  for (const r of records) {
    const id = `${r.kind}\n${r.source.name}`;
    let g = groups.get(id);
    if (!g) {
      g = { account: { source: r.source.name, kind: r.kind, read: 0, kept: 0, refused: [], unknownHeaders: [] }, spec: LIST_SPECS.find((s) => s.kind === r.kind), records: [] };
      groups.set(id, g);
    }
    g.account.read++;
    g.account.kept++;
    g.records.push({ row: r.row, values: r.values as Record<string, CellValue> });
  }
  // Plans before tasks before results, so that tasks find their plans and results their tasks.
  const order: Record<ListKind, number> = { plan: 0, task: 1, result: 2 };
  return [...groups.values()].sort((a, b) => order[a.account.kind!] - order[b.account.kind!]);
}

/** Each source once, with the time it was last read and how many of its records are kept. */
export function recordSources(records: StoredListRecord[]) {
  const by = new Map<string, { name: string; kind: 'page' | 'file'; readAt: string; rows: number }>();
  for (const r of records) {
    const s = by.get(r.source.name) ?? { name: r.source.name, kind: r.source.kind, readAt: r.readAt, rows: 0 };
    s.rows++;
    if (r.readAt > s.readAt) s.readAt = r.readAt;
    by.set(r.source.name, s);
  }
  return [...by.values()];
}
