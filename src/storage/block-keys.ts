import type { ObjectRecord } from '../core/model';
import type { RegistryRecord } from '../core/registry-import/classify';
import type { RegistryKind } from '../core/registry-import/fields';
import { SPECIAL_FLAG_BIT } from './draw-index';

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
  /** The risk flags as bits 0–3, specialIndustry as bit 4 (bit 4 only in blocks that carry `checks`). */
  flags?: number[] | Uint8Array;
  /** checksThisYear of each object (blocks written since the draw index). */
  checks?: number[] | Uint32Array;
}

/** A block key row as its readers use it, whichever way it was stored. */
export interface KeyColumns {
  block: number;
  ids: string[];
  names: string[];
  cols?: Partial<Record<PostedField, Array<string | undefined>>>;
  flags?: ArrayLike<number> & { forEach(f: (bits: number, i: number) => void): void };
  checks?: number[] | Uint32Array;
}

/** Strings joined, and where each ends. */
function packed(list: string[]): [string, Uint32Array] {
  const ends = new Uint32Array(list.length);
  let at = 0;
  for (let i = 0; i < list.length; i++) ends[i] = at += list[i].length;
  return [list.join(''), ends];
}

/** Rows in a block key row, whichever way it was stored. */
export const keyCount = (k: BlockKeysRow): number => k.idEnds?.length ?? k.ids?.length ?? 0;

/** The row's ids as strings (a packed row sliced). */
export function keyIds(k: BlockKeysRow): string[] {
  if (k.ids) return k.ids;
  const { idText = '', idEnds = new Uint32Array(0) } = k;
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

/**
 * What the switch needs of a generation's key rows, gathered as the import writes them (in block order): each
 * block's row count and the posting lists, so the switch does not read every key row back. A block written out
 * of order (a resumed import: its first blocks were written by an earlier run) spoils it, and the switch reads.
 */
export class KeptKeys {
  readonly sizes: number[] = [];
  // Typed and grown by doubling: number[] lists turn to 8-byte doubles once a reference passes 2^30 (block 16,384,
  // reached near 5,000,000 rows), about 30 million references at 5M.
  private readonly lists = new Map<string, RefList>();
  /** The rows (names left out) for the draw index's columns, read from here instead of from IndexedDB. */
  private readonly kept: BlockKeysRow[] = [];
  spoiled = false;

  private list(key: string): RefList {
    let l = this.lists.get(key);
    if (!l) this.lists.set(key, (l = new RefList()));
    return l;
  }

  add(row: BlockKeysRow): void {
    if (this.spoiled) return;
    if (row.block !== this.sizes.length || (row.kind === 'objects' && !row.codes)) return this.spoil();
    const n = keyCount(row);
    this.sizes.push(n);
    if (!row.codes) return;
    const { dict = [], codes, flags } = row;
    this.kept.push({ kind: row.kind, gen: row.gen, block: row.block, ids: row.ids, idText: row.idText, idEnds: row.idEnds, dict, codes, flags, checks: row.checks });
    const base = row.block * 65536;
    POSTED_FIELDS.forEach((f, j) => {
      // Each value's list looked up once a block, not once a row.
      const of: Array<RefList | undefined> = new Array(dict.length + 1);
      for (let i = 0; i < n; i++) {
        const c = codes[j * n + i];
        if (c) (of[c] ??= this.list(`${f}\u0000${dict[c - 1]}`)).push(base + i);
      }
    });
    FLAGS.forEach((f, b) => {
      let l: RefList | undefined;
      for (let i = 0; i < n; i++) if (flags![i] & (1 << b)) (l ??= this.list(`flag\u0000${f}`)).push(base + i);
    });
  }

  spoil(): void {
    this.spoiled = true;
    this.lists.clear();
    this.kept.length = 0;
  }

  /**
   * The key rows of the draw index's columns, in block order (no names), handed over and no longer held here (the
   * index drops them once read: at 5,000,000 objects their columns are about 90 MiB); undefined once spoiled.
   */
  takeRows(): BlockKeysRow[] | undefined {
    return this.spoiled ? undefined : this.kept.splice(0);
  }

  /**
   * The generation's posting lists in batches of about `maxRefs` references, each list released as it is taken: at
   * 5,000,000 objects the lists hold about 30 million references, and copying them all before the first write
   * held them twice (three times with IndexedDB's clone of the one bulkPut).
   */
  *takePostings(gen: number, maxRefs: number): Generator<Array<{ kind: 'objects'; gen: number; field: string; value: string; refs: Uint32Array }>> {
    let batch: Array<{ kind: 'objects'; gen: number; field: string; value: string; refs: Uint32Array }> = [];
    let refs = 0;
    for (const [k, list] of this.lists) {
      this.lists.delete(k);
      const [field, value] = k.split('\u0000');
      const row = { kind: 'objects' as const, gen, field, value, refs: list.done() };
      batch.push(row);
      refs += row.refs.length;
      if (refs >= maxRefs) {
        yield batch;
        [batch, refs] = [[], 0];
      }
    }
    if (batch.length) yield batch;
  }
}

/** Entries of the largest page of a posting list being gathered (256 KiB). */
const PAGE_MAX = 65536;

/**
 * A posting list being gathered: references in pages that double up to PAGE_MAX entries, then stay that size. A list
 * grown by doubling one array held up to twice its references (a province's flag lists run to millions), and its
 * copy at the end a third time; pages leave at most one page unused, and are let go as they are copied out.
 */
class RefList {
  private pages: Uint32Array[] = [new Uint32Array(16)];
  private n = 0;
  /** Entries in the pages before the last. */
  private before = 0;
  push(ref: number): void {
    let page = this.pages[this.pages.length - 1];
    if (this.n - this.before === page.length) {
      this.before += page.length;
      this.pages.push((page = new Uint32Array(Math.min(PAGE_MAX, 2 * page.length))));
    }
    page[this.n++ - this.before] = ref;
  }
  /** The references in one array of their own (IndexedDB would clone the slack of a view's buffer too). */
  done(): Uint32Array {
    const out = new Uint32Array(this.n);
    let at = 0;
    for (const page of this.pages.splice(0)) {
      const take = Math.min(page.length, this.n - at);
      out.set(take === page.length ? page : page.subarray(0, take), at);
      at += take;
    }
    return out;
  }
}
