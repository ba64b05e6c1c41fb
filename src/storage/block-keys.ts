import type { ObjectRecord } from '../core/model';
import type { RegistryRecord } from '../core/registry-import/classify';
import type { RegistryKind } from '../core/registry-import/fields';
import { SPECIAL_FLAG_BIT } from './draw-index';
import type { SeenIds } from '../core/registry-import/seen-ids';
import type { IdUnits } from '../core/draw/id-units';
import { narrowestColumn, type UintColumn } from '../core/draw/ranks';

/** The fields with posting lists (draw filters), in the order of a block key row's codes. */
export const POSTED_FIELDS = ['creditClass', 'industry', 'region', 'registrationOffice', 'type', 'scale'] as const;
export type PostedField = (typeof POSTED_FIELDS)[number];
export const FLAGS = ['abnormal', 'dishonest', 'seriousViolation', 'complaint'] as const;
export { SPECIAL_FLAG_BIT };

/**
 * The columns of a block that are searched and indexed (ids, names, the posted fields, the flags as bits), small
 * enough to scan for a prefix search, to rebuild the id map and to build the posting lists. Stored packed since
 * issue 20: the ids and the names each as one string with their ends, the posted fields as codes into a small
 * dictionary, flags and checks as typed arrays. IndexedDB clones a few strings and typed arrays far faster than
 * 20,000 strings a block (measured: the clone of the old rows took most of an import's writes), and the import
 * holds one string a block, not one an object, until the draw index is built. Rows written before keep `ids`,
 * `names` and `cols` as arrays; `keyIds` and `keyColumns` read both.
 */
export interface BlockKeysRow {
  kind: RegistryKind;
  gen: number;
  block: number;
  /** Older rows: one string per row. */
  ids?: string[];
  /** The ids joined, and where each ends (packed rows). */
  idText?: string;
  idEnds?: Uint32Array;
  /** Rows the import kept (never stored) whose ids are all this many characters: `idText` holds them end to end, no `idEnds`. */
  idWidth?: number;
  /** Rows the import kept (never stored) whose ids are the import's accepted ids from..from+count (SeenIds): no ids of their own. */
  seenIds?: { from: number; count: number };
  /** Older rows: one string per row. */
  names?: string[];
  /** The names joined, and where each ends (packed rows). */
  nameText?: string;
  nameEnds?: Uint32Array;
  /** Older rows: each posted field's values. */
  cols?: Partial<Record<PostedField, Array<string | undefined>>>;
  /** Packed rows: the posted fields' distinct values, and codes field by field (row i of field f at f × n + i; 0: no value, k: dict[k - 1]). */
  dict?: string[];
  codes?: Uint16Array;
  /** Rows the import kept for the draw index only (never stored): the fields `codes` holds, in order; absent: POSTED_FIELDS. */
  codeFields?: readonly PostedField[];
  /** The risk flags as bits 0–3, specialIndustry as bit 4 (bit 4 only in blocks that carry `checks`). */
  flags?: number[] | Uint8Array;
  /** checksThisYear of each object (blocks written since the draw index); narrower in rows the import kept. */
  checks?: number[] | Uint32Array | Uint16Array | Uint8Array;
}

/** A block key row as its readers use it, whichever way it was stored. */
export interface KeyColumns {
  block: number;
  ids: string[];
  names: string[];
  cols?: Partial<Record<PostedField, Array<string | undefined>>>;
  flags?: ArrayLike<number> & { forEach(f: (bits: number, i: number) => void): void };
  checks?: BlockKeysRow['checks'];
}

/** Strings joined, and where each ends. */
function packed(list: string[]): [string, Uint32Array] {
  const ends = new Uint32Array(list.length);
  let at = 0;
  for (let i = 0; i < list.length; i++) ends[i] = at += list[i].length;
  return [list.join(''), ends];
}

/** Rows in a block key row, whichever way it was stored. */
export const keyCount = (k: BlockKeysRow): number => k.seenIds?.count ?? (k.idWidth ? k.idText!.length / k.idWidth : (k.idEnds?.length ?? k.ids?.length ?? 0));

/** The row's ids as strings (a packed row sliced). */
export function keyIds(k: BlockKeysRow): string[] {
  if (k.ids) return k.ids;
  const { idText = '', idEnds = new Uint32Array(0), idWidth: w } = k;
  if (w) return Array.from({ length: idText.length / w }, (_, i) => idText.slice(i * w, (i + 1) * w));
  const out = new Array<string>(idEnds.length);
  for (let i = 0, at = 0; i < idEnds.length; i++) out[i] = idText.slice(at, (at = idEnds[i]));
  return out;
}

/** The positions of the rows whose id (code: true) or name starts with `prefix`, read in place (nothing sliced). */
export function keyPrefixHits(k: BlockKeysRow, code: boolean, prefix: string, each: (i: number) => void): void {
  const text = code ? k.idText : k.nameText;
  const ends = code ? k.idEnds : k.nameEnds;
  if (text === undefined || !ends) {
    const list = code ? keyIds(k) : keyColumns(k).names;
    for (let i = 0; i < list.length; i++) if (list[i].startsWith(prefix)) each(i);
    return;
  }
  for (let i = 0, at = 0; i < ends.length; at = ends[i++]) if (ends[i] - at >= prefix.length && text.startsWith(prefix, at)) each(i);
}

/** A block's key row, packed. */
export function keysOf(kind: RegistryKind, gen: number, block: number, rows: RegistryRecord[]): BlockKeysRow {
  const n = rows.length;
  const [nameText, nameEnds] = packed(rows.map((r) => r.name ?? ''));
  const [idText, idEnds] = packed(rows.map((r) => r.id));
  const out: BlockKeysRow = { kind, gen, block, idText, idEnds, nameText, nameEnds };
  if (kind === 'objects') {
    const objs = rows as ObjectRecord[];
    const dict: string[] = [];
    const code = new Map<string, number>();
    const codes = new Uint16Array(POSTED_FIELDS.length * n);
    const flags = new Uint8Array(n);
    const checks = new Uint32Array(n);
    POSTED_FIELDS.forEach((f, k) => {
      for (let i = 0; i < n; i++) {
        const v = objs[i][f];
        if (v === undefined) continue;
        let c = code.get(v);
        if (c === undefined) code.set(v, (c = dict.push(v)));
        codes[k * n + i] = c;
      }
    });
    for (let i = 0; i < n; i++) {
      const o = objs[i];
      const f = o.flags;
      flags[i] = (f?.abnormal ? 1 : 0) | (f?.dishonest ? 2 : 0) | (f?.seriousViolation ? 4 : 0) | (f?.complaint ? 8 : 0) | (o.specialIndustry ? SPECIAL_FLAG_BIT : 0);
      checks[i] = o.checksThisYear ?? 0;
    }
    Object.assign(out, { dict, codes, flags, checks });
  }
  return out;
}

/** The row's columns as arrays, a packed row unpacked. */
export function keyColumns(k: BlockKeysRow): KeyColumns {
  const n = keyCount(k);
  let names = k.names;
  if (!names) {
    const { nameText = '', nameEnds } = k;
    names = new Array<string>(n);
    for (let i = 0, at = 0; i < n; i++) names[i] = nameText.slice(at, (at = nameEnds![i]));
  }
  let cols = k.cols;
  if (!cols && k.codes) {
    const { dict = [], codes } = k;
    cols = {};
    POSTED_FIELDS.forEach((f, j) => {
      const col = new Array<string | undefined>(n);
      for (let i = 0; i < n; i++) col[i] = codes[j * n + i] ? dict[codes[j * n + i] - 1] : undefined;
      cols![f] = col;
    });
  }
  return { block: k.block, ids: keyIds(k), names, cols, flags: k.flags, checks: k.checks };
}

/** The fields a kept row's codes hold once the posting lists are taken: the draw index reads only these. */
const DRAW_FIELDS: readonly PostedField[] = ['creditClass', 'industry'];

/**
 * What the switch needs of a generation's key rows, gathered as the import writes them (in block order): each
 * block's row count, and its codes, flags, checks and ids, so the switch does not read every key row back. The
 * posting lists are made from the codes at the switch, a field at a time, each list counted first and filled in
 * an array of its size: gathered reference by reference while the blocks were written, at 5,000,000 objects they
 * held about 30 million references (120 MiB and more in pages) through the whole chunk pass, twice the codes' 60
 * MiB, and the garbage the collector lets pile up grows with what is held. A block written out of order (a resumed
 * import: its first blocks were written by an earlier run) spoils it, and the switch reads.
 */
export class KeptKeys {
  readonly sizes: number[] = [];
  /** The rows (names left out) for the posting lists and the draw index's columns, read from here instead of from IndexedDB. */
  private readonly kept: BlockKeysRow[] = [];
  /** One string per distinct posted value: each block's dict would otherwise keep its own copies (about a million at 5,000,000 rows). */
  private readonly values = new Map<string, string>();
  private postingsTaken = false;
  /** Ids of the blocks so far found in `seen`, from its first, in order: the rows kept hold none of their own. */
  private inSeen = 0;
  private allInSeen = true;
  spoiled = false;

  /**
   * `seen`: the ids the import accepted, in order. Each block's ids are checked against them as it comes and, while
   * they follow on, not kept again: at 5,000,000 rows that was 90 MiB of strings in the JS heap beside SeenIds' copy.
   */
  constructor(private readonly seen?: SeenIds) {}

  add(row: BlockKeysRow): void {
    if (this.spoiled) return;
    if (row.block !== this.sizes.length || (row.kind === 'objects' && !row.codes)) return this.spoil();
    const n = keyCount(row);
    this.sizes.push(n);
    if (!row.codes) return;
    const { codes, flags, idText, idEnds } = row;
    const dict = (row.dict ?? []).map((v) => this.values.get(v) ?? (this.values.set(v, v), v));
    let ids: Pick<BlockKeysRow, 'ids' | 'idText' | 'idEnds' | 'idWidth' | 'seenIds'>;
    if (this.allInSeen && this.followsInSeen(row, n)) {
      ids = { seenIds: { from: this.inSeen, count: n } };
      this.inSeen += n;
    } else {
      this.allInSeen = false;
      // Ids all of one length (18 for 统一社会信用代码) kept without their ends: 20 MiB at 5,000,000 rows.
      const width = idText !== undefined && idEnds ? uniformWidth(idEnds) : 0;
      ids = width ? { idText, idWidth: width } : { ids: row.ids, idText, idEnds };
    }
    this.kept.push({ kind: row.kind, gen: row.gen, block: row.block, ...ids, dict, codes, flags, checks: row.checks && narrowed(row.checks) });
  }

  /** Whether the row's ids are the next n of `seen`. */
  private followsInSeen(row: BlockKeysRow, n: number): boolean {
    const { seen } = this;
    const { idText, idEnds } = row;
    if (!seen || idText === undefined || !idEnds || seen.ids.count < this.inSeen + n) return false;
    for (let i = 0, at = 0; i < n; at = idEnds[i++]) if (!seen.ids.is(this.inSeen + i, idText, at, idEnds[i])) return false;
    return true;
  }

  spoil(): void {
    this.spoiled = true;
    this.kept.length = 0;
  }

  /**
   * Every id of the generation in dense order, as the import accepted them (SeenIds' own units, not copied), when each
   * block's ids followed on there and nothing else was accepted; undefined otherwise (a merge: the library's untouched rows come after the file's).
   */
  takeIds(): IdUnits | undefined {
    return !this.spoiled && this.seen && this.allInSeen && this.inSeen === this.seen.ids.count ? this.seen.ids : undefined;
  }

  /**
   * The key rows of the draw index's columns, in block order (no names), handed over and no longer held here (the
   * index drops them once read: at 5,000,000 objects their columns are about 90 MiB); undefined once spoiled. Rows
   * whose ids are in `seen` get them back as text when the index cannot take them whole (takeIds).
   */
  takeRows(): BlockKeysRow[] | undefined {
    if (this.spoiled) return undefined;
    const whole = this.takeIds() !== undefined;
    const rows = this.kept.splice(0);
    if (!whole) for (const row of rows) if (row.seenIds) Object.assign(row, packedIds(this.seen!.ids, row.seenIds), { seenIds: undefined });
    return rows;
  }

  /**
   * The generation's posting lists (each value of each posted field, then each flag) in batches of about `maxRefs`
   * references, once: each list in an array of its own size, refs in storage order. Then each kept row's codes are
   * cut to the fields the draw index reads (DRAW_FIELDS): 20 of the 60 MiB at 5,000,000 objects.
   */
  *takePostings(gen: number, maxRefs: number): Generator<PostingBatch> {
    if (this.spoiled || this.postingsTaken) return;
    this.postingsTaken = true;
    let batch: PostingBatch = [];
    let refs = 0;
    const lists = [
      ...POSTED_FIELDS.map((field, j) => ({ field, values: (r: BlockKeysRow, n: number) => fieldValues(r, n, j) })),
      ...FLAGS.map((flag, b) => ({ field: 'flag', values: (r: BlockKeysRow, n: number) => flagValue(r, n, b, flag) })),
    ];
    for (const { field, values } of lists) {
      for (const [value, list] of listsOf(this.kept, values)) {
        batch.push({ kind: 'objects', gen, field, value, refs: list });
        refs += list.length;
        if (refs >= maxRefs) {
          yield batch;
          [batch, refs] = [[], 0];
        }
      }
    }
    if (batch.length) yield batch;
    for (const row of this.kept) trimCodes(row);
  }
}

type PostingBatch = Array<{ kind: 'objects'; gen: number; field: string; value: string; refs: Uint32Array }>;

/** A row's values of one list kind: per row a code (0: none) into `names`. */
type RowValues = { codes: ArrayLike<number>; names: readonly string[] };

/** Field j's codes of a packed row (row i at j × n + i), its dict as the names. */
function fieldValues(row: BlockKeysRow, n: number, j: number): RowValues {
  return { codes: row.codes!.subarray(j * n, (j + 1) * n), names: row.dict ?? [] };
}

/** Flag bit b of each row as code 1 (set) or 0, named by the flag. */
function flagValue(row: BlockKeysRow, n: number, b: number, flag: string): RowValues {
  const codes = new Uint8Array(n);
  const { flags } = row;
  if (flags) for (let i = 0; i < n; i++) codes[i] = (flags[i] >> b) & 1;
  return { codes, names: [flag] };
}

/** Each value's references over the rows (block × 65536 + position, in storage order): counted, then filled. */
function listsOf(rows: readonly BlockKeysRow[], values: (row: BlockKeysRow, n: number) => RowValues): Map<string, Uint32Array> {
  const sizes = new Map<string, number>();
  for (const row of rows) {
    const n = keyCount(row);
    const { codes, names } = values(row, n);
    const per = new Uint32Array(names.length + 1);
    for (let i = 0; i < n; i++) per[codes[i]]++;
    for (let c = 1; c < per.length; c++) if (per[c]) sizes.set(names[c - 1], (sizes.get(names[c - 1]) ?? 0) + per[c]);
  }
  const out = new Map<string, Uint32Array>();
  const filled = new Map<string, number>();
  for (const [value, size] of sizes) out.set(value, new Uint32Array(size));
  for (const row of rows) {
    const n = keyCount(row);
    const { codes, names } = values(row, n);
    // Each value's list and fill mark looked up once a block, not once a row.
    const into = names.map((v) => out.get(v));
    const at = names.map((v) => filled.get(v) ?? 0);
    const base = row.block * 65536;
    for (let i = 0; i < n; i++) {
      const c = codes[i];
      if (c) into[c - 1]![at[c - 1]++] = base + i;
    }
    names.forEach((v, k) => into[k] && filled.set(v, at[k]));
  }
  return out;
}

/** Ids from..from+count of `units` as a packed row holds them: joined, with where each ends. */
function packedIds(units: IdUnits, { from, count }: { from: number; count: number }): { idText: string; idEnds: Uint32Array } {
  const list = Array.from({ length: count }, (_, i) => units.at(from + i));
  const [idText, idEnds] = packed(list);
  return { idText, idEnds };
}

/** The length every id has, from where each ends; 0 when they differ. */
function uniformWidth(ends: Uint32Array): number {
  const w = ends[0];
  for (let i = 1; i < ends.length; i++) if (ends[i] - ends[i - 1] !== w) return 0;
  return w ?? 0;
}

/** Checks in the narrowest array their largest value fits (kept rows: mostly 0–3 checks a year, 1 byte each). */
function narrowed(checks: NonNullable<BlockKeysRow['checks']>): UintColumn {
  const out = narrowestColumn(checks);
  out.set(checks);
  return out;
}

/** A kept row's codes cut to DRAW_FIELDS (codeFields says which it holds). */
function trimCodes(row: BlockKeysRow): void {
  const n = keyCount(row);
  const codes = new Uint16Array(DRAW_FIELDS.length * n);
  DRAW_FIELDS.forEach((f, k) => {
    const j = POSTED_FIELDS.indexOf(f);
    codes.set(row.codes!.subarray(j * n, (j + 1) * n), k * n);
  });
  Object.assign(row, { codes, codeFields: DRAW_FIELDS });
}
