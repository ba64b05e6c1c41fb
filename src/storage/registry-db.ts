import Dexie, { type Table } from 'dexie';
import type { Inspector, ObjectRecord } from '../core/model';
import type { DirectedFilters } from '../core/model/filters';
import { canonicalJson } from '../core/draw/canonical';
import type { Accepted, Counts, Note, RegistryRecord, RejectedRow } from '../core/registry-import/classify';
import type { RegistryKind } from '../core/registry-import/fields';
import type { SavedMapping } from '../core/registry-import/mapping';
import type { ImportStore } from '../core/registry-import/runner';
import { difference, intersect, union } from './sorted-sets';
import { writeObjectRow } from '../core/draw/object-row-bytes';
import { LineBuffer } from '../core/draw/line-bytes';
import { CanonicalError } from '../core/draw/canonical';
import { buildDrawIndex, type DrawIdsRow, type DrawIndexRow, type DrawRanksRow, type KeptLines } from './draw-index';
import { FLAGS, keyColumns, keyCount, keyIds, keyPrefixHits, keysOf, POSTED_FIELDS, type BlockKeysRow, type KeptKeys } from './block-keys';

export { POSTED_FIELDS, type BlockKeysRow } from './block-keys';
import { cutBlocks, encodeBlocks, lineText, linesOf, type StoredLines } from './block-lines';
import { checkBlocks } from './block-limit';
import { writeChunk, type ChunkWriter } from './chunk-write';
import { LineArena } from './line-arena';

/**
 * The imported registries (两库), in their own IndexedDB database `dra-registries` so a million rows
 * never slow the extension's main database.
 *
 * Records are stored in blocks (one IndexedDB row per import chunk): Chromium writes about 10,000
 * single rows a second, and half that with the filter indexes, but close to 200,000 rows a second in
 * blocks (bench/import.bench.ts). The draw filters' indexes are posting lists, one per field value
 * (信用风险分类, 行业, 区域, 登记机关, 企业类型, 规模, each risk flag), of sorted references
 * (block × 65536 + position), built when an import finishes; counts are set operations on them.
 *
 * Every block carries its generation: an import writes a new generation beside the active one and
 * switches `registries.activeGen` in one transaction at the end, so readers see either the whole
 * previous library or the whole new one, never a mixture.
 */
export interface BlockRow extends StoredLines {
  kind: RegistryKind;
  gen: number;
  block: number;
  // Each record as JSON, all in one UTF-8 buffer (block-lines.ts; `rows`, one string each, in blocks written
  // before): IndexedDB clones one buffer far faster than strings or objects, and a draw parses only the rows it needs.
  /** Objects: each row is its canonical line (docs/draw-spec.md §2.1), hashed as stored by the draw index. */
  canon?: boolean;
}

export interface PostingRow {
  kind: RegistryKind;
  gen: number;
  /** creditClass, industry, region, registrationOffice, type, scale, or flag (value: the flag's name). */
  field: string;
  value: string;
  refs: Uint32Array;
}

export interface RegistryMeta {
  kind: RegistryKind;
  activeGen: number;
  count: number;
  /** Rows in each block of the active generation, in block order. */
  sizes: number[];
  updatedAt: string;
  files: string[];
}

export type ImportStatus = 'running' | 'merging' | 'done' | 'unchanged' | 'cancelled' | 'abandoned';

/** One import and its checkpoint: the last row written, the blocks written and the counts at that point. */
export interface ImportRow {
  id?: number;
  kind: RegistryKind;
  /** kind, name, size and modification time: the same file resumes. */
  fileKey: string;
  fileName: string;
  gen: number;
  baseGen: number;
  mode: 'merge' | 'replace';
  status: ImportStatus;
  lastRow: number;
  blocks: number;
  counts: Counts;
  headers: string[];
  startedAt: string;
  finishedAt?: string;
}

export interface IssueRow {
  seq?: number;
  importId: number;
  row: number;
  kind: 'rejected' | 'warning' | 'duplicate' | 'file';
  zh: string;
  en: string;
  cells?: string[];
}

export const ref = (block: number, i: number) => block * 65536 + i;
// The lowest and highest IndexedDB keys (a number below all, an array above all), as Dexie's minKey/maxKey,
// which Dexie only sets once a database is opened.
const MIN = -Infinity;
// A fresh array each time: IndexedDB refuses a key holding the same array twice (it reads as a cycle).
const max = () => [[]] as unknown as string;

export class RegistryDb extends Dexie {
  blocks!: Table<BlockRow, [RegistryKind, number, number]>;
  blockKeys!: Table<BlockKeysRow, [RegistryKind, number, number]>;
  postings!: Table<PostingRow, [RegistryKind, number, string, string]>;
  registries!: Table<RegistryMeta, RegistryKind>;
  imports!: Table<ImportRow, number>;
  issues!: Table<IssueRow, number>;
  mappings!: Table<SavedMapping, [string, string]>;
  drawIndex!: Table<DrawIndexRow, [RegistryKind, number]>;
  drawIds!: Table<DrawIdsRow | DrawRanksRow, [RegistryKind, number, number]>;

  constructor(name = 'dra-registries') {
    super(name, { chromeTransactionDurability: 'relaxed' });
    this.version(1).stores({
      blocks: '[kind+gen+block]',
      blockKeys: '[kind+gen+block]',
      postings: '[kind+gen+field+value]',
      registries: 'kind',
      imports: '++id, kind, fileKey, status',
      issues: '++seq, importId, [importId+kind]',
      mappings: '[kind+shape]',
    });
    // v2: the risk flags (异常名录, 失信, 严重违法, 投诉) get posting lists for directed draws; built for the libraries already held.
    this.version(2)
      .stores({})
      .upgrade(async (tx) => {
        const metas = await tx.table<RegistryMeta>('registries').toArray();
        for (const m of metas.filter((x) => x.kind === 'objects')) {
          const lists = new Map<string, number[]>();
          await tx
            .table<BlockRow>('blocks')
            .where('[kind+gen+block]')
            .between(['objects', m.activeGen, MIN], ['objects', m.activeGen, max()])
            .each((b) => linesOf(b).forEach((json, i) => FLAGS.forEach((f) => (JSON.parse(json) as ObjectRecord).flags?.[f] && (lists.get(f) ?? lists.set(f, []).get(f)!).push(ref(b.block, i)))));
          await tx.table('postings').bulkPut([...lists].map(([value, refs]) => ({ kind: 'objects', gen: m.activeGen, field: 'flag', value, refs: Uint32Array.from(refs) })));
        }
      });
    // v3: the draw index of each objects generation (draw-index.ts); a library held before it gets its index at its first preview.
    this.version(3).stores({ drawIndex: '[kind+gen]', drawIds: '[kind+gen+chunk]' });
  }
}

const genRange = (kind: RegistryKind, gen: number) => [[kind, gen, MIN], [kind, gen, max()]] as const;

/** Delete a generation's blocks, keys and postings. */
export async function dropGeneration(db: RegistryDb, kind: RegistryKind, gen: number) {
  const [lo, hi] = genRange(kind, gen);
  await db.transaction('rw', [db.blocks, db.blockKeys, db.postings, db.drawIndex, db.drawIds], async () => {
    await db.blocks.where('[kind+gen+block]').between(lo, hi).delete();
    await db.blockKeys.where('[kind+gen+block]').between(lo, hi).delete();
    await db.postings.where('[kind+gen+field+value]').between([kind, gen, MIN, MIN], [kind, gen, max(), max()]).delete();
    await db.drawIndex.delete([kind, gen]);
    await db.drawIds.where('[kind+gen+chunk]').between(lo, hi).delete();
  });
}

/** Delete a generation's blocks from `from` on: what an interrupted merge appended past the checkpoint. */
async function dropBlocksFrom(db: RegistryDb, kind: RegistryKind, gen: number, from: number) {
  await db.transaction('rw', [db.blocks, db.blockKeys], async () => {
    await db.blocks.where('[kind+gen+block]').between([kind, gen, from], [kind, gen, max()]).delete();
    await db.blockKeys.where('[kind+gen+block]').between([kind, gen, from], [kind, gen, max()]).delete();
  });
}

/** Generations no active library and no running import own: what a crash left behind. */
export async function cleanUp(db: RegistryDb) {
  const metas = await db.registries.toArray();
  const running = await db.imports.where('status').anyOf(['running', 'merging']).toArray();
  for (const kind of ['objects', 'inspectors'] as const) {
    const keep = new Set([...metas.filter((m) => m.kind === kind).map((m) => m.activeGen), ...running.filter((r) => r.kind === kind).map((r) => r.gen)]);
    const gens = new Set((await db.blockKeys.where('[kind+gen+block]').between([kind, MIN, MIN], [kind, max(), max()]).primaryKeys()).map(([, g]) => g));
    for (const g of gens) if (!keep.has(g)) await dropGeneration(db, kind, g);
  }
}

async function nextGen(db: RegistryDb): Promise<number> {
  const [imports, metas] = [await db.imports.toArray(), await db.registries.toArray()];
  return Math.max(0, ...imports.map((i) => i.gen), ...metas.map((m) => m.activeGen)) + 1;
}

/** Every id of a generation with its reference, from the small key blocks. */
async function idMap(db: RegistryDb, kind: RegistryKind, gen: number): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  const [lo, hi] = genRange(kind, gen);
  await db.blockKeys.where('[kind+gen+block]').between(lo, hi).each((k) => keyIds(k).forEach((id, i) => out.set(id, ref(k.block, i))));
  return out;
}

export interface Begun {
  row: ImportRow & { id: number };
  /** Set when an interrupted import of the same file is picked up. */
  resume?: { lastRow: number; counts: Counts; seen: Array<[string, number]> };
}

/** Start an import, or resume the interrupted one of the same file; any other unfinished import of the kind is abandoned. */
export async function beginImport(db: RegistryDb, o: { kind: RegistryKind; fileKey: string; fileName: string; headers: string[]; mode?: 'merge' | 'replace' }): Promise<Begun> {
  const open = await db.imports.where('status').anyOf(['running', 'merging']).filter((r) => r.kind === o.kind).toArray();
  // A merge killed half way resumes too: every row of the file is checkpointed by then, only the merge is redone.
  const same = open.find((r) => r.fileKey === o.fileKey && r.mode === (o.mode ?? 'merge'));
  for (const r of open) {
    if (r === same) continue;
    await db.imports.update(r.id!, { status: 'abandoned', finishedAt: new Date().toISOString() });
    await dropGeneration(db, o.kind, r.gen);
  }
  if (same) {
    // The file's blocks are each written with their checkpoint; blocks past it are an interrupted merge's, dropped here.
    // The ids written are duplicates if they come again.
    await dropBlocksFrom(db, o.kind, same.gen, same.blocks);
    const seen = [...(await idMap(db, o.kind, same.gen)).keys()].map((id) => [id, 0] as [string, number]);
    return { row: same as ImportRow & { id: number }, resume: { lastRow: same.lastRow, counts: same.counts, seen } };
  }
  const meta = await db.registries.get(o.kind);
  const row: ImportRow = {
    kind: o.kind, fileKey: o.fileKey, fileName: o.fileName, gen: await nextGen(db), baseGen: meta?.activeGen ?? 0, mode: o.mode ?? 'merge', status: 'running',
    lastRow: 0, blocks: 0, counts: { read: 0, imported: 0, updated: 0, duplicate: 0, rejected: 0, warnings: 0 }, headers: o.headers, startedAt: new Date().toISOString(),
  };
  const id = await db.imports.add(row);
  return { row: { ...row, id } };
}

/** Blocks a merge keeps read: the next chunk of a file in the library's order starts in the last ones. */
const KEPT_BLOCKS = 8;

/** Reads records by reference, keeping the last blocks read (an import re-reads the same blocks in order). */
class BlockReader {
  private cache = new Map<number, StoredLines>();
  constructor(
    private db: RegistryDb,
    private kind: RegistryKind,
    private gen: number,
  ) {}
  async get(refs: number[]): Promise<RegistryRecord[]> {
    const need = [...new Set(refs.map((r) => Math.floor(r / 65536)))].filter((b) => !this.cache.has(b));
    if (need.length) {
      const got = await this.db.blocks.bulkGet(need.map((b) => [this.kind, this.gen, b] as [RegistryKind, number, number]));
      got.forEach((b, i) => this.cache.set(need[i], b ?? { rows: [] }));
    }
    const out = refs.map((r) => JSON.parse(lineText(this.cache.get(Math.floor(r / 65536))!, r % 65536)) as RegistryRecord);
    // Dropped only once read: a chunk's ids may span more blocks than are kept.
    while (this.cache.size > KEPT_BLOCKS) this.cache.delete(this.cache.keys().next().value!);
    return out;
  }
}

/**
 * Bytes of a stored block (a block ends at the first line past them). Chromium's IndexedDB writes a chunk of 2.7 MB
 * as one value in 110–320 ms, as values of 112–225 KB in 35–155 ms, but as values under 64 KB (kept inline, not
 * as blobs) in 400–780 ms (headless Chromium, 2026-12-02, loaded machine): a chunk is stored as blocks of about this.
 */
export const BLOCK_BYTES = 128 * 1024;

/**
 * The import's writes: each chunk as blocks of about BLOCK_BYTES, with its keys, issues and checkpoint, in one transaction.
 * `lines`: where the objects' canonical lines are kept as they are written (memory or a spill file), for the draw index's hash.
 * `write`: where each chunk's transaction runs (here, or another worker: chunk-write.ts).
 */
export function importStore(db: RegistryDb, imp: ImportRow & { id: number }, lines?: KeptLines, blockBytes = BLOCK_BYTES, keys?: KeptKeys, write: ChunkWriter = (c) => writeChunk(db, c)): ImportStore {
  let base: Promise<Map<string, number>> | undefined;
  const reader = new BlockReader(db, imp.kind, imp.baseGen);
  let blocks = imp.blocks;
  let lastRow = imp.lastRow;
  // A resumed import wrote its first blocks in an earlier run: their lines and keys are not here.
  if (blocks) {
    lines?.spoil();
    keys?.spoil();
  }
  return {
    async held(ids) {
      // Compared with the active library; nothing to compare with on a first import.
      if (!imp.baseGen) return ids.map(() => undefined);
      const map = await (base ??= idMap(db, imp.kind, imp.baseGen));
      const refs = ids.map((id) => map.get(id));
      const found = refs.filter((r): r is number => r !== undefined);
      const recs = await reader.get(found);
      let k = 0;
      return refs.map((r) => (r === undefined ? undefined : canonicalJson(recs[k++])));
    },
    async write(c: { records: Accepted[]; rejected: RejectedRow[]; notes: Note[]; counts: Counts; lastRow: number }) {
      // A chunk is encoded once and stored as blocks of about blockBytes, all in the chunk's one transaction.
      const records = c.records.map((r) => r.record);
      const parts = records.length ? linesOfRecords(imp.kind, records, blockBytes).map((rows) => ({ rows, records: records.splice(0, rows.ends.length) })) : [];
      for (const p of parts) keep(lines, p.rows);
      // Numbered now, not when the transaction runs: the next chunk may be written before this one commits (the
      // transactions commit in the order they were made, and a failed one ends the import).
      const at = blocks;
      checkBlocks(at + parts.length);
      blocks += parts.length;
      const upTo = blocks;
      const after = lastRow;
      lastRow = c.lastRow;
      const keyRows = parts.map((p, k) => keysOf(imp.kind, imp.gen, at + k, p.records));
      for (const r of keyRows) keys?.add(r);
      const issues: IssueRow[] = [
        ...c.rejected.map((r) => ({ importId: imp.id, row: r.row, kind: 'rejected' as const, zh: r.reason.zh, en: r.reason.en, cells: r.cells })),
        ...c.notes.map((n) => ({ importId: imp.id, row: n.row, kind: n.kind, zh: n.reason.zh, en: n.reason.en })),
      ];
      await write({
        importId: imp.id,
        after: { lastRow: after, blocks: at },
        checkpoint: { lastRow: c.lastRow, counts: c.counts, blocks: upTo },
        blocks: parts.map((p, k) => ({ kind: imp.kind, gen: imp.gen, block: at + k, ...p.rows })),
        keyRows,
        issues,
        // In memory the lines are kept as these very buffers: they stay here.
      }, !(lines instanceof LineArena));
    },
  };
}

export type EncodedBlock = Required<Pick<BlockRow, 'bytes' | 'ends'>> & Pick<BlockRow, 'canon'>;

/**
 * A block's rows: objects as their canonical lines (what the draw index hashes, and still JSON), unless one
 * cannot be (a lone surrogate: the draw refuses it, and says so when it is asked to draw).
 */
function linesOfRecords(kind: RegistryKind, records: RegistryRecord[], blockBytes: number): EncodedBlock[] {
  if (kind === 'objects') {
    try {
      // Written first: the buffer may grow while the rows are written.
      const ends = objectRowBytes(records as ObjectRecord[]);
      return cutBlocks(rowBuffer.buf, ends, blockBytes).map((b) => ({ ...b, canon: true }));
    } catch (e) {
      if (!(e instanceof CanonicalError)) throw e;
    }
  }
  return encodeBlocks(records.map((r) => JSON.stringify(r)), blockBytes);
}

/**
 * The import's object lines written as bytes straight into one reused buffer by the draw's row writer (the bytes
 * of UTF-8(objectLine(o)), tests/draw/line-bytes.test.ts), each followed by a newline: no string per record, no
 * second pass to encode them. At 5,000,000 rows the strings were most of the chunk pass's garbage.
 */
const rowBuffer = new LineBuffer(4 << 20);
function objectRowBytes(records: readonly ObjectRecord[]): Uint32Array {
  const ends = new Uint32Array(records.length);
  rowBuffer.len = 0;
  for (let i = 0; i < records.length; i++) {
    writeObjectRow(rowBuffer, records[i]);
    ends[i] = rowBuffer.len;
    rowBuffer.byte(10);
  }
  return ends;
}

/** A block's lines into the import's arena (by reference), in the order blocks are written; a block not canonical spoils it. */
function keep(lines: KeptLines | undefined, b: EncodedBlock) {
  if (!lines) return;
  if (b.canon) lines.addBlock(b.bytes, b.ends);
  else lines.spoil();
}

/** References written per posting-list transaction (4 bytes each): the lists are not all copied and cloned at once. */
const POSTING_REFS_PER_WRITE = 4_000_000;

/** Posting lists of a generation's objects, built from the blocks' key columns. */
async function buildPostings(db: RegistryDb, gen: number): Promise<PostingRow[]> {
  const lists = new Map<string, number[]>();
  const add = (key: string, r: number) => (lists.get(key) ?? lists.set(key, []).get(key)!).push(r);
  const [lo, hi] = genRange('objects', gen);
  await db.blockKeys.where('[kind+gen+block]').between(lo, hi).each((row) => {
    const k = keyColumns(row);
    for (const f of POSTED_FIELDS) k.cols?.[f]?.forEach((v, i) => v && add(`${f}\u0000${v}`, ref(k.block, i)));
    k.flags?.forEach((bits, i) => FLAGS.forEach((f, b) => bits & (1 << b) && add(`flag\u0000${f}`, ref(k.block, i))));
  });
  return [...lists].map(([k, refs]) => {
    const [field, value] = k.split('\u0000');
    return { kind: 'objects', gen, field, value, refs: Uint32Array.from(refs) };
  });
}

/**
 * Finish: append the rows of the library the file did not touch (merge mode), build the filter
 * postings, then switch the active generation and close the import in one transaction. An import
 * that changed nothing switches nothing.
 */
export async function finishImport(db: RegistryDb, id: number, blockSize = 10000, lines?: KeptLines, keys?: KeptKeys): Promise<ImportRow> {
  const imp = (await db.imports.get(id))!;
  const meta = await db.registries.get(imp.kind);
  const kept = imp.counts.imported + imp.counts.updated + imp.counts.duplicate;
  const changed = imp.counts.imported + imp.counts.updated > 0 || (imp.mode === 'replace' && (meta?.count ?? 0) !== kept);
  if (meta && !changed) {
    await db.imports.update(id, { status: 'unchanged', finishedAt: new Date().toISOString() });
    await dropGeneration(db, imp.kind, imp.gen);
    return (await db.imports.get(id))!;
  }
  let blocks = imp.blocks;
  if (imp.mode === 'merge' && imp.baseGen) {
    await db.imports.update(id, { status: 'merging' });
    await dropBlocksFrom(db, imp.kind, imp.gen, imp.blocks);
    const mine = await idMap(db, imp.kind, imp.gen);
    let pending: string[] = [];
    // A merged block is canonical only if every row it copies was.
    let canon = true;
    const flush = async () => {
      if (!pending.length) return;
      const rows = pending;
      pending = [];
      const canonical = imp.kind === 'objects' && canon;
      canon = true;
      const records = rows.map((j) => JSON.parse(j) as RegistryRecord);
      for (const part of encodeBlocks(rows, BLOCK_BYTES).map((b) => ({ ...b, canon: canonical }))) {
        checkBlocks(blocks + 1);
        keep(lines, part);
        await db.blocks.add({ kind: imp.kind, gen: imp.gen, block: blocks, ...part });
        const row = keysOf(imp.kind, imp.gen, blocks, records.splice(0, part.ends.length));
        await db.blockKeys.add(row);
        keys?.add(row);
        blocks++;
      }
    };
    const [lo, hi] = genRange(imp.kind, imp.baseGen);
    const baseBlocks = await db.blockKeys.where('[kind+gen+block]').between(lo, hi).primaryKeys();
    for (const key of baseBlocks) {
      const [b, k] = [(await db.blocks.get(key))!, (await db.blockKeys.get(key))!];
      const before = pending.length;
      const ids = keyIds(k);
      const text = ids.some((id) => !mine.has(id)) ? linesOf(b) : [];
      ids.forEach((id, i) => !mine.has(id) && pending.push(text[i]));
      if (pending.length > before && !b.canon) canon = false;
      if (pending.length >= blockSize) await flush();
    }
    await flush();
  }
  const [lo, hi] = genRange(imp.kind, imp.gen);
  // The sizes and posting lists gathered as the blocks were written, or (a resumed import) read back from the key rows.
  const gathered = keys && !keys.spoiled && keys.sizes.length === blocks ? keys : undefined;
  const sizes = gathered?.sizes ?? (await db.blockKeys.where('[kind+gen+block]').between(lo, hi).toArray()).map(keyCount);
  if (imp.kind === 'objects') {
    // Written to the staging generation (no reader sees it before the switch) and dropped from memory before the draw
    // index is built: at 5,000,000 objects the lists hold about 30 million references, not kept beside the index.
    const [plo, phi] = [['objects', imp.gen, MIN, MIN], ['objects', imp.gen, max(), max()]] as const;
    // A merge resumed after a crash builds them again.
    await db.postings.where('[kind+gen+field+value]').between(plo, phi).delete();
    // In batches, each in its own transaction: no reader sees the staging generation before the switch, and a
    // crash between them leaves lists that the resumed import deletes above.
    const batches = gathered ? gathered.takePostings(imp.gen, POSTING_REFS_PER_WRITE) : [await buildPostings(db, imp.gen)];
    for (const batch of batches) await db.postings.bulkPut(batch);
    // The key rows gathered too: the index's columns are not read back from IndexedDB.
    await buildDrawIndex(db, imp.gen, sizes, undefined, lines, gathered?.takeRows(), gathered?.takeIds());
    gathered?.spoil();
  }
  await db.transaction('rw', [db.registries, db.imports], async () => {
    await db.registries.put({ kind: imp.kind, activeGen: imp.gen, count: sizes.reduce((a, b) => a + b, 0), sizes, updatedAt: new Date().toISOString(), files: [...(imp.mode === 'merge' ? (meta?.files ?? []) : []), imp.fileName] });
    await db.imports.update(id, { status: 'done', blocks, finishedAt: new Date().toISOString() });
  });
  if (meta && meta.activeGen !== imp.gen) await dropGeneration(db, imp.kind, meta.activeGen);
  return (await db.imports.get(id))!;
}

export async function cancelImport(db: RegistryDb, id: number, status: 'cancelled' | 'abandoned' = 'cancelled') {
  const imp = await db.imports.get(id);
  if (!imp || (imp.status !== 'running' && imp.status !== 'merging')) return;
  // One transaction: a crash between the two would leave a resumable checkpoint without its blocks. Deleting frees
  // more than the status takes, so this works when storage is full.
  await db.transaction('rw', [db.imports, db.blocks, db.blockKeys, db.postings, db.drawIndex, db.drawIds], async () => {
    await db.imports.update(id, { status, finishedAt: new Date().toISOString() });
    await dropGeneration(db, imp.kind, imp.gen);
  });
}

/** An import that cannot go on (storage full): its staging generation is dropped and it is never resumed. */
export const abandonImport = (db: RegistryDb, id: number) => cancelImport(db, id, 'abandoned');

// ---- Reading: counts, pages and the library for a draw -------------------------------------------

export interface RegistryQuery {
  filters?: DirectedFilters;
  /** A code prefix (letters and digits) or a name prefix. */
  text?: string;
}

export function allRefs(sizes: number[]): Uint32Array {
  const out = new Uint32Array(sizes.reduce((a, b) => a + b, 0));
  let k = 0;
  sizes.forEach((n, b) => {
    for (let i = 0; i < n; i++) out[k++] = ref(b, i);
  });
  return out;
}

async function posting(db: RegistryDb, gen: number, field: string, values: string[]): Promise<Uint32Array> {
  const rows = await db.postings.bulkGet(values.map((v) => ['objects', gen, field, v] as [RegistryKind, number, string, string]));
  return union(rows.map((r) => r?.refs ?? new Uint32Array(0)));
}

/** The references matching a query, in storage order: posting lists intersected, then a prefix scan if asked. */
export async function matching(db: RegistryDb, meta: RegistryMeta, q: RegistryQuery): Promise<Uint32Array> {
  const f = q.filters ?? {};
  const gen = meta.activeGen;
  const lists: Uint32Array[] = [];
  const lists_: Array<[string, string[] | undefined]> = [['creditClass', f.creditClasses], ['industry', f.industries], ['region', f.regions], ['registrationOffice', f.registrationOffices], ['type', f.types], ['scale', f.scales]];
  for (const [field, values] of lists_) if (values?.length) lists.push(await posting(db, gen, field, values));
  let set: Uint32Array | undefined = lists.length ? lists.reduce((a, b) => intersect(a, b)) : undefined;
  for (const [flag, want] of Object.entries(f.flags ?? {})) {
    if (want === undefined) continue;
    const p = await posting(db, gen, 'flag', [flag]);
    set = want ? (set ? intersect(set, p) : p) : difference(set ?? allRefs(meta.sizes), p);
  }
  const text = q.text?.trim();
  if (text) {
    const code = /^[0-9A-Za-z]+$/.test(text);
    const prefix = code ? text.toUpperCase() : text;
    const hits: number[] = [];
    const [lo, hi] = genRange('objects', gen);
    await db.blockKeys.where('[kind+gen+block]').between(lo, hi).each((row) => keyPrefixHits(row, code, prefix, (i) => hits.push(ref(row.block, i))));
    const h = Uint32Array.from(hits);
    set = set ? intersect(set, h) : h;
  }
  return set ?? allRefs(meta.sizes);
}

export async function activeGen(db: RegistryDb, kind: RegistryKind) {
  return (await db.registries.get(kind))?.activeGen;
}

export async function countObjects(db: RegistryDb, q: RegistryQuery = {}): Promise<number> {
  const meta = await db.registries.get('objects');
  if (!meta) return 0;
  if (!q.text && !Object.values(q.filters ?? {}).some((v) => v !== undefined)) return meta.count;
  return (await matching(db, meta, q)).length;
}

/** Blocks read at once for a library (about 8 MiB of ~128 KiB blocks). */
const BLOCKS_READ = 64;

export async function recordsAt(db: RegistryDb, kind: RegistryKind, gen: number, refs: Uint32Array): Promise<RegistryRecord[]> {
  const blocks = [...new Set(Array.from(refs, (r) => Math.floor(r / 65536)))];
  const out: RegistryRecord[] = [];
  // Some blocks at a time: a library for a draw may touch every block, and each holds hundreds of rows.
  for (let i = 0, k = 0; i < blocks.length; i += BLOCKS_READ) {
    const got = await db.blocks.bulkGet(blocks.slice(i, i + BLOCKS_READ).map((b) => [kind, gen, b] as [RegistryKind, number, number]));
    const byBlock = new Map(got.map((b) => [b!.block, b!]));
    for (; k < refs.length && byBlock.has(Math.floor(refs[k] / 65536)); k++) out.push(JSON.parse(lineText(byBlock.get(Math.floor(refs[k] / 65536))!, refs[k] % 65536)) as RegistryRecord);
  }
  return out;
}

export async function pageObjects(db: RegistryDb, q: RegistryQuery, offset: number, limit: number): Promise<ObjectRecord[]> {
  const meta = await db.registries.get('objects');
  if (!meta) return [];
  const refs = (await matching(db, meta, q)).subarray(offset, offset + limit);
  return (await recordsAt(db, 'objects', meta.activeGen, refs)) as ObjectRecord[];
}

/** The objects a draw would start from (directed filters applied), and every inspector. */
export async function loadLibrary(db: RegistryDb, q: RegistryQuery = {}, maxObjects = Infinity): Promise<{ objects: ObjectRecord[]; inspectors: Inspector[]; total: number } | undefined> {
  const [om, im] = [await db.registries.get('objects'), await db.registries.get('inspectors')];
  if (!om && !im) return undefined;
  const refs = om ? await matching(db, om, q) : new Uint32Array(0);
  if (refs.length > maxObjects) return { objects: [], inspectors: [], total: refs.length };
  const objects = om ? ((await recordsAt(db, 'objects', om.activeGen, refs)) as ObjectRecord[]) : [];
  const inspectors = im ? ((await recordsAt(db, 'inspectors', im.activeGen, allRefs(im.sizes))) as Inspector[]) : [];
  return { objects, inspectors, total: refs.length };
}

/** The values a filter can take, from the posting lists' keys. */
export async function distinctValues(db: RegistryDb, field: (typeof POSTED_FIELDS)[number]): Promise<string[]> {
  const gen = await activeGen(db, 'objects');
  if (!gen) return [];
  const keys = await db.postings.where('[kind+gen+field+value]').between(['objects', gen, field, MIN], ['objects', gen, field, max()]).primaryKeys();
  return keys.map((k) => k[3]);
}
