import type { Inspector, ObjectRecord } from '../model';
import { canonicalJson } from '../draw/canonical';
import type { RegistryKind } from './fields';
import { applySaved, findHeaderRow, guessMapping, mappingProblems, type ColumnMapping, type SavedMapping } from './mapping';
import { validateRow, type RawCell, type Reason } from './validate';
import { SeenIds } from './seen-ids';

/**
 * Every data row read lands in exactly one bucket: imported (new), updated (known, changed), duplicate
 * (repeated in this import, or the same as held), rejected (with its row number and reason).
 */
export interface Counts {
  read: number;
  imported: number;
  updated: number;
  duplicate: number;
  rejected: number;
  /** Rows kept with a warning (a failed check digit): inside imported/updated, not a bucket. */
  warnings: number;
}
export const zeroCounts = (): Counts => ({ read: 0, imported: 0, updated: 0, duplicate: 0, rejected: 0, warnings: 0 });
export const bucketsAddUp = (c: Counts) => c.imported + c.updated + c.duplicate + c.rejected === c.read;

export interface RawRow {
  row: number;
  cells: RawCell[];
  /** The reader could not read this row as written (an unclosed quote): refused with this reason. */
  problem?: Reason;
}
export interface RejectedRow {
  row: number;
  reason: Reason;
  cells: string[];
}
export interface Note {
  row: number;
  /** 'file': said by the reader about the file as a whole (sheets read, columns cut, bytes replaced). */
  kind: 'warning' | 'duplicate' | 'file';
  reason: Reason;
}
export type RegistryRecord = ObjectRecord | Inspector;
export interface Accepted {
  row: number;
  id: string;
  record: RegistryRecord;
}

/** Canonical JSON of a record, to compare it with the one held (computed only when one is held). */
export const canonOf = (a: { record: RegistryRecord }) => canonicalJson(a.record);

/** A cell as text for the rejected-rows file. */
export function cellText(c: RawCell): string {
  if (c === null || c === undefined) return '';
  if (typeof c === 'object') return `=${c.formula.replace(/^=/, '')}`;
  if (typeof c === 'boolean') return c ? 'TRUE' : 'FALSE';
  return String(c);
}

const blank = (cells: RawCell[]) => cells.every((c) => c === null || c === undefined || (typeof c === 'string' && c.trim() === ''));

/** Validated rows of a chunk, before they are compared with what is held. */
export interface Validated {
  accepted: Accepted[];
  rejected: RejectedRow[];
  notes: Note[];
}

export class RowClassifier {
  readonly counts = zeroCounts();
  constructor(
    readonly kind: RegistryKind,
    readonly mapping: ColumnMapping,
    /** First row of each id in this import: a later row with the same code is a duplicate. */
    private readonly seen = new SeenIds(),
  ) {}

  /** Resume: ids already accepted by an interrupted run of the same import. */
  remember(id: string, row: number) {
    this.seen.firstRow(id, row);
  }

  validate(rows: RawRow[]): Validated {
    const out: Validated = { accepted: [], rejected: [], notes: [] };
    for (const r of rows) {
      if (blank(r.cells)) continue;
      this.counts.read++;
      const v = r.problem ? { ok: false as const, reason: r.problem } : validateRow(this.kind, this.mapping, r.cells);
      if (!v.ok) {
        this.counts.rejected++;
        out.rejected.push({ row: r.row, reason: v.reason, cells: r.cells.map(cellText) });
        continue;
      }
      const first = this.seen.firstRow(v.id, r.row);
      if (first !== undefined) {
        this.counts.duplicate++;
        out.notes.push({ row: r.row, kind: 'duplicate', reason: { zh: `代码 ${v.id} 与第 ${first} 行重复，保留第 ${first} 行`, en: `code ${v.id} repeats row ${first}; row ${first} is kept` } });
        continue;
      }
      if (v.warnings.length) {
        this.counts.warnings++;
        for (const w of v.warnings) out.notes.push({ row: r.row, kind: 'warning', reason: w });
      }
      out.accepted.push({ row: r.row, id: v.id, record: v.record });
    }
    return out;
  }

  /**
   * Compare the accepted rows with what is held (the canonical JSON of each id's current record, or
   * undefined): only new and changed records are returned to be written.
   */
  classify(accepted: Accepted[], held: Array<string | undefined>): Accepted[] {
    const write: Accepted[] = [];
    accepted.forEach((a, i) => {
      const h = held[i];
      if (h === undefined) {
        this.counts.imported++;
        write.push(a);
      } else if (h === canonOf(a)) this.counts.duplicate++;
      else {
        this.counts.updated++;
        write.push(a);
      }
    });
    return write;
  }
}

export interface Prepared {
  headerRow: number;
  mapping: ColumnMapping;
  problems: Reason[];
  /** The mapping came from the user's saved one for this header shape. */
  fromSaved: boolean;
}

/** Find the header row among the first rows and map its columns (the saved mapping for this shape first). */
export function prepare(kind: RegistryKind, firstRows: RawRow[], saved: SavedMapping[] = []): Prepared {
  const texts = firstRows.map((r) => r.cells.map(cellText));
  if (!texts.length) return { headerRow: 0, mapping: guessMapping(kind, []), problems: [{ zh: '文件是空的，没有表头也没有数据', en: 'the file is empty: no header, no rows' }], fromSaved: false };
  const i = findHeaderRow(kind, texts);
  const headers = texts[i].map((h) => h.trim());
  for (const s of saved) {
    const m = applySaved(kind, headers, s);
    if (m) return { headerRow: firstRows[i].row, mapping: m, problems: mappingProblems(m), fromSaved: true };
  }
  const mapping = guessMapping(kind, headers);
  return { headerRow: firstRows[i].row, mapping, problems: mappingProblems(mapping), fromSaved: false };
}

/** A whole table in memory (tests, the helper): prepared, validated and compared with `held`. */
export function importTable(kind: RegistryKind, rows: RawRow[], opts: { saved?: SavedMapping[]; mapping?: ColumnMapping; held?: Map<string, string> } = {}) {
  const p = opts.mapping ? { headerRow: rows[0]?.row ?? 0, mapping: opts.mapping, problems: [], fromSaved: false } : prepare(kind, rows.slice(0, 10), opts.saved);
  if (p.problems.length) return { ...p, counts: zeroCounts(), records: [] as Accepted[], rejected: [] as RejectedRow[], notes: [] as Note[] };
  const c = new RowClassifier(kind, p.mapping);
  const v = c.validate(rows.filter((r) => r.row > p.headerRow));
  const records = c.classify(v.accepted, v.accepted.map((a) => opts.held?.get(a.id)));
  return { ...p, counts: c.counts, records, rejected: v.rejected, notes: v.notes };
}
