import type { ViewAnswer } from './view-protocol';
import type { ImportFile, ImportRecord } from './read-import';

type ReadPart = Extract<ViewAnswer, { ask: 'read-part' }>;
type ReadAnswer = Extract<ViewAnswer, { ask: 'read' }>;

/**
 * The page's side of a read: the worker posts each sheet's records in parts (page-parts.ts), then the answer with
 * the sheets' records left empty; the records are put back in order here.
 */
export function readParts() {
  const parts = new Map<string, ImportRecord[]>();
  return {
    add(p: ReadPart): void {
      const k = `${p.file}:${p.sheet}`;
      const got = parts.get(k) ?? [];
      for (const r of p.records) got.push(r);
      parts.set(k, got);
    },
    files(a: ReadAnswer): ImportFile[] {
      return a.files.map((f, i) => ('sheets' in f ? { ...f, sheets: f.sheets.map((s, j) => ({ ...s, records: parts.get(`${i}:${j}`) ?? [] })) } : f));
    },
  };
}
