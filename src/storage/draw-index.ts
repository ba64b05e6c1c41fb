import { fastObjectRecord } from '../core/draw/fast-rows';
import { CanonicalError } from '../core/draw/canonical';
import { HIGH_RISK, NO_CLASS, SPECIAL, type ObjectColumns } from '../core/draw/indexed';
import { narrowestColumn, type UintColumn } from '../core/draw/ranks';
import { objectLine } from '../core/draw/inputs';
import { ROWS_PER_CHUNK } from '../core/draw/rows';
import { sha256Bytes, toHex } from '../core/draw/sha256';
import { chunkDigests, LineArena } from './line-arena';
import { digestsFromSpill, LineSpill } from './line-spill';
import { sortIds } from '../core/draw/sort-ids';
import { ObjectRecord, parseWith } from '../core/model';
import type { BlockRow, RegistryDb } from './registry-db';
import type { RegistryKind } from '../core/registry-import/fields';
import { lineCount, linesOf, lineText, lineWithNewline } from './block-lines';
import { keyColumns, keyIds, POSTED_FIELDS, type BlockKeysRow } from './block-keys';
import { IdUnits } from '../core/draw/id-units';

const KEY_ROWS_READ = 256;

/**
 * The draw index of an object registry's generation, written when an import finishes: the columns the
 * draw reads, in canonical order (core/draw/indexed.ts), the registry's hash over every row (docs/draw-spec.md
 * §2.2), and the ids in canonical order in chunks, so a preview over 5,000,000 objects reads a few typed
 * arrays and only the ids it names, never the rows.
 */
export interface DrawIndexRow extends Omit<ObjectColumns, 'objectsHash'> {
  kind: 'objects';
  gen: number;
  /** Absent when `problem` says why no draw can be made on this registry (the reference draw then says it too). */
  objectsHash?: string;
  problem?: { zh: string; en: string };
  /**
   * A stored reference's rank: rankOfDense[blockStarts[block] + position]. In rows written before 2026-12-04 only;
   * since then in its own row (RANKS_ROW), read by rankOfDenseOf() when a draw needs it (a directed draw, a
   * 专项库): a preview reads the index row whole, and at 5,000,000 objects this was 20 of its 40 MB.
   */
  rankOfDense?: Uint32Array;
  blockStarts: number[];
  /** The first id of each chunk of `drawIds`, to find an id's rank. */
  firsts: string[];
  /** Where the hash read the lines: the import's memory, its spill file, or the stored blocks (absent before 5M imports). */
  hashedFrom?: 'memory' | 'spill' | 'blocks';
}

/** Ids in canonical order, ID_CHUNK a row: one string joined by newlines (one clone, not 65,536). */
export interface DrawIdsRow {
  kind: 'objects';
  gen: number;
  chunk: number;
  ids: string | string[];
  /** Where each id of the joined string ends (rows written since 5M previews): an id is sliced out, the chunk never split. */
  ends?: Uint32Array;
  /** Instead of `ends`: every id of the chunk is this many characters, put end to end (rows written since 2026-12-04). */
  width?: number;
}

/** Beside the id chunks, under the chunk number -1: the index's rankOfDense (DrawIndexRow). */
export interface DrawRanksRow {
  kind: 'objects';
  gen: number;
  chunk: typeof RANKS_ROW;
  rankOfDense: Uint32Array;
}
export const RANKS_ROW = -1;

/** A chunk's ids read one at a time: sliced at its offsets, or split once (an older row, or ids holding a newline). */
function chunkIds(row: DrawIdsRow | DrawRanksRow | undefined): { length: number; at(i: number): string } {
  if (row && !('ids' in row)) throw new Error(`名录库索引的编号块 ${row.chunk} 不是编号 / id chunk ${row.chunk} holds no ids`);
  if (row && typeof row.ids === 'string' && row.width) {
    const { ids, width } = row;
    return { length: ids.length / width, at: (i) => ids.slice(i * width, (i + 1) * width) };
  }
  if (row && typeof row.ids === 'string' && row.ends) {
    const { ids, ends } = row;
    return { length: ends.length, at: (i) => ids.slice(i ? ends[i - 1] + 1 : 0, ends[i]) };
  }
  const list = typeof row?.ids === 'string' ? row.ids.split('\n') : (row?.ids ?? []);
  return { length: list.length, at: (i) => list[i] };
}

export const ID_CHUNK = 65536;
/** Id chunks written per transaction: about 1,000,000 ids. */
const ID_CHUNKS_WRITTEN = 16;
/**
 * How the last build went, read by the import benchmark: its steps (milliseconds), its passes over the stored blocks
 * (0: hashed from the import's lines), where the lines came from, the slices of the spill file read, the key rows
 * read back from IndexedDB (0: the import handed them over), and whether the ids were the import's own (SeenIds).
 */
export const lastBuild = { keys: 0, sort: 0, hash: 0, write: 0, passes: 0, from: 'blocks' as DrawIndexRow['hashedFrom'], slices: 0, keyRowsRead: 0, idsFrom: 'rows' as 'rows' | 'import' };
/** Rows hashed per pass over the blocks: their lines are held as UTF-8 while the pass lasts (about 420 MiB of the benchmark's rows). */
const HASH_PASS = ROWS_PER_CHUNK * 256;

const CLASS_CODE: Record<string, number> = { A: 0, B: 1, C: 2, D: 3 };
const FLAG_BITS = 0b1111;
/** Bit of a block key's flags saying specialIndustry (blocks written from this version on, which carry `checks`). */
export const SPECIAL_FLAG_BIT = 1 << 4;

const range = (gen: number) => [['objects', gen, -Infinity], ['objects', gen, [[]] as unknown as number]] as [[string, number, number], [string, number, number]];

/** Line i of a stored block with its newline, as UTF-8: as written (canonical since then) or rebuilt from an older block's JSON. */
function lineOf(b: BlockRow, i: number): Uint8Array {
  if (b.canon) return lineWithNewline(b, i);
  const data = JSON.parse(lineText(b, i)) as unknown;
  const o = fastObjectRecord(data) ?? (parseWith(ObjectRecord, data) as { ok: true; value: ObjectRecord }).value;
  return encoder.encode(`${objectLine(o)}\n`);
}
const encoder = new TextEncoder();

/** The lines an import kept of the generation it wrote: in memory (LineArena) or in a spill file (LineSpill). */
export type KeptLines = LineArena | LineSpill;

/**
 * rowsHash (§2.2) over the generation's lines in canonical order: from the lines the import kept (in memory, or
 * its spill file read a slice of ranks at a time; no stored block read), or read from the blocks, a pass per
 * `passRows` ranks, each pass's lines kept as UTF-8 outside the JS heap.
 */
async function hashInOrder(db: RegistryDb, gen: number, count: number, order: Uint32Array, rankOfDense: Uint32Array, blockStarts: number[], passRows: number, kept?: KeptLines): Promise<string> {
  const digests = new Uint8Array(32 * Math.ceil(count / ROWS_PER_CHUNK));
  Object.assign(lastBuild, { passes: 0, slices: 0 });
  if (kept instanceof LineSpill && !kept.spoiled && kept.count === count) {
    lastBuild.slices = await digestsFromSpill(kept, order, rankOfDense, digests);
    lastBuild.from = 'spill';
    return toHex(sha256Bytes(digests));
  }
  if (kept instanceof LineArena && !kept.spoiled && kept.count === count) {
    await chunkDigests(0, count, kept, (r) => order[r], digests);
    lastBuild.from = 'memory';
    return toHex(sha256Bytes(digests));
  }
  lastBuild.from = 'blocks';
  const [lo, hi] = range(gen);
  for (let start = 0; start < count; start += passRows) {
    const end = Math.min(count, start + passRows);
    const arena = new LineArena(Infinity);
    const slot = new Uint32Array(end - start);
    await db.blocks.where('[kind+gen+block]').between(lo, hi).each((b) => {
      const base = blockStarts[b.block];
      const n = lineCount(b);
      for (let i = 0; i < n; i++) {
        const r = rankOfDense[base + i];
        if (r < start || r >= end) continue;
        slot[r - start] = arena.count;
        arena.copy(lineOf(b, i));
      }
    });
    await chunkDigests(start, end, arena, (r) => slot[r - start], digests);
    lastBuild.passes++;
  }
  return toHex(sha256Bytes(digests));
}

/**
 * Build and store the draw index of an objects generation; `sizes`: rows in each block, in block order;
 * `passRows` (a multiple of 4,096): rows hashed per pass over the blocks, when `kept` (the lines the import
 * wrote, in dense order) does not hold every row.
 */
export async function buildDrawIndex(db: RegistryDb, gen: number, sizes: number[], passRows = HASH_PASS, kept?: KeptLines, keyRows?: BlockKeysRow[], keptIds?: IdUnits): Promise<DrawIndexRow> {
  const count = sizes.reduce((a, b) => a + b, 0);
  const blockStarts: number[] = [];
  sizes.reduce((at, n) => (blockStarts.push(at), at + n), 0);
  // Pushed in dense order (blocks in order, rows in order), so id d is units' d-th; or every id as the import accepted
  // them, in that order (KeptKeys.takeIds: its key rows then hold none). Sized exactly when the import handed its key
  // rows over: at 5,000,000 objects a guess of 16 units an id grew by half again, its copy 200 MiB at once.
  const handed = keyRows && keyRows.length === sizes.length ? keyRows : undefined;
  const given = handed && keptIds?.count === count ? keptIds : undefined;
  const ids = given ?? new IdUnits(count, handed ? handed.reduce((n, r, b) => n + (r.idText?.length ?? 16 * sizes[b]), 0) : undefined);
  lastBuild.idsFrom = given ? 'import' : 'rows';
  // Rows whose columns are in the index so far (dense order).
  let filled = 0;
  const cls = new Uint8Array(count).fill(NO_CLASS);
  const checks = new Uint32Array(count);
  const bits = new Uint8Array(count);
  const industry = new Uint32Array(count);
  const industries = [''];
  const industryCode = new Map<string, number>();
  const older: number[] = [];
  let t = performance.now();
  const lap = (step: 'keys' | 'sort' | 'hash' | 'write') => {
    const now = performance.now();
    lastBuild[step] = now - t;
    t = now;
  };
  // Key rows read 256 at a time (getAll), not one by one through a cursor: a registry of 1,000,000 has ~1,700 of them.
  // Or taken as the import gathered them while it wrote the blocks (every block, in order): nothing read.
  const readKeys = async (each: (row: BlockKeysRow) => void) => {
    lastBuild.keyRowsRead = 0;
    if (keyRows && keyRows.length === sizes.length) {
      // Each row let go once read: its columns are copied into the index's.
      for (let b = 0; b < keyRows.length; b++) {
        each(keyRows[b]);
        keyRows[b] = undefined as unknown as BlockKeysRow;
      }
      return;
    }
    for (let from = 0; from < sizes.length; from += KEY_ROWS_READ)
      for (const row of await db.blockKeys.where('[kind+gen+block]').between(['objects', gen, from], ['objects', gen, from + KEY_ROWS_READ], true, false).toArray()) {
        lastBuild.keyRowsRead++;
        each(row);
      }
  };
  await readKeys((row) => {
    // Ids are pushed in dense order: a block missing its key row would shift every id after it.
    if (filled !== blockStarts[row.block]) throw new Error(`名录库第 ${row.block} 块的索引行缺失或错位 / the key row of block ${row.block} is missing or out of place`);
    filled += sizes[row.block];
    if (row.codes && row.checks) return packedColumns(row, blockStarts[row.block]);
    if (given) throw new Error(`名录库第 ${row.block} 块的索引行不是导入保留的 / block ${row.block}'s key row is not one the import kept`);
    const k = keyColumns(row);
    const base = blockStarts[k.block];
    for (const id of k.ids) ids.push(id);
    k.cols?.creditClass?.forEach((c, i) => c && (cls[base + i] = CLASS_CODE[c] ?? NO_CLASS));
    k.cols?.industry?.forEach((v, i) => {
      if (!v) return;
      let code = industryCode.get(v);
      if (code === undefined) industryCode.set(v, (code = industries.push(v) - 1));
      industry[base + i] = code;
    });
    k.ids.forEach((_, i) => {
      const f = k.flags?.[i] ?? 0;
      bits[base + i] = (cls[base + i] === 3 || f & FLAG_BITS ? HIGH_RISK : 0) | (k.checks && f & SPECIAL_FLAG_BIT ? SPECIAL : 0);
    });
    if (k.checks) checks.set(k.checks, base);
    else older.push(k.block);
  });
  // A packed row's columns straight from its codes, no row unpacked.
  function packedColumns(row: BlockKeysRow, base: number) {
    const { dict = [], codes, flags, idText, idEnds } = row;
    if (given) {
      if (!row.seenIds) throw new Error(`名录库第 ${row.block} 块的编号不在导入的编号中 / block ${row.block}'s ids are not among the import's`);
    } else if (idText !== undefined && (idEnds || row.idWidth)) ids.pushPacked(idText, row.idWidth ?? idEnds!);
    else for (const id of keyIds(row)) ids.push(id);
    const fields = row.codeFields ?? POSTED_FIELDS;
    const n = codes!.length / fields.length;
    // Looked up here, not at load: block-keys.ts imports this module too.
    const [CLASS_AT, INDUSTRY_AT] = [fields.indexOf('creditClass'), fields.indexOf('industry')];
    const classOf = dict.map((v) => CLASS_CODE[v] ?? NO_CLASS);
    // An industry's code is given the first time a row names it, in row order (as the unpacked rows do).
    const industryOf = new Int32Array(dict.length).fill(-1);
    for (let i = 0; i < n; i++) {
      const c = codes![CLASS_AT * n + i];
      const k = c ? classOf[c - 1] : NO_CLASS;
      cls[base + i] = k;
      const v = codes![INDUSTRY_AT * n + i];
      if (v) {
        if (industryOf[v - 1] < 0) {
          const name = dict[v - 1];
          let code = industryCode.get(name);
          if (code === undefined) industryCode.set(name, (code = industries.push(name) - 1));
          industryOf[v - 1] = code;
        }
        industry[base + i] = industryOf[v - 1];
      }
      const f = flags?.[i] ?? 0;
      bits[base + i] = (k === 3 || f & FLAG_BITS ? HIGH_RISK : 0) | (f & SPECIAL_FLAG_BIT ? SPECIAL : 0);
    }
    checks.set(row.checks!, base);
  }
  // Blocks written before this version keep checksThisYear and specialIndustry only in their rows.
  for (const block of older) {
    const b = await db.blocks.get(['objects', gen, block]);
    if (b) linesOf(b).forEach((row, i) => {
      const o = JSON.parse(row) as Partial<ObjectRecord>;
      checks[blockStarts[block] + i] = o.checksThisYear ?? 0;
      if (o.specialIndustry) bits[blockStarts[block] + i] |= SPECIAL;
    });
  }
  // The rows handed over are not held while the index hashes (their ids are, in `ids`).
  if (keyRows) keyRows.length = 0;
  lap('keys');
  const order = sortIds(ids);
  const rankOfDense = new Uint32Array(count);
  for (let r = 0; r < count; r++) rankOfDense[order[r]] = r;
  /** `col` in canonical order, into `out` (an array of the same type by default). */
  const permute = <T extends UintColumn>(col: UintColumn, out: T = new (col.constructor as new (n: number) => T)(count)): T => {
    for (let r = 0; r < count; r++) out[r] = col[order[r]];
    return out;
  };
  lap('sort');
  let problem: DrawIndexRow['problem'];
  for (let r = 1; r < count && !problem; r++)
    if (ids.equal(order[r - 1], order[r])) problem = { zh: `检查对象名录库中的编号 ${ids.at(order[r])} 重复`, en: `duplicate id ${ids.at(order[r])} in the object registry` };
  let objectsHash: string | undefined;
  if (!problem) {
    try {
      objectsHash = await hashInOrder(db, gen, count, order, rankOfDense, blockStarts, passRows, kept);
    } catch (e) {
      if (!(e instanceof CanonicalError)) throw e;
      problem = { zh: e.zh, en: e.message };
    }
  }
  lap('hash');
  // The id chunks written ID_CHUNKS_WRITTEN at a time, each batch made just before its write, then the index row: at
  // 5,000,000 objects every chunk at once (and IndexedDB's clone of them) was the build's peak of memory. Readers
  // find the chunks through the index row, written last; a build cut short leaves chunks the next one overwrites.
  const firsts: string[] = [];
  const chunkCount = Math.ceil(count / ID_CHUNK);
  for (let from = 0; from < chunkCount; from += ID_CHUNKS_WRITTEN) {
    const chunks: DrawIdsRow[] = [];
    for (let c = from; c < Math.min(chunkCount, from + ID_CHUNKS_WRITTEN); c++) {
      const [start, end] = [c * ID_CHUNK, Math.min(count, (c + 1) * ID_CHUNK)];
      const joined = ids.joined(order, start, end);
      if (joined) {
        firsts.push(joined.text.slice(0, joined.width ?? joined.ends![0]));
        chunks.push({ kind: 'objects', gen, chunk: c, ids: joined.text, ...(joined.width ? { width: joined.width } : { ends: joined.ends }) });
      } else {
        // An id holding a newline or a UTF-16 surrogate (a character beyond the BMP): the chunk as a list, id by id.
        const part = Array.from(order.subarray(start, end), (d) => ids.at(d));
        firsts.push(part[0]);
        chunks.push({ kind: 'objects', gen, chunk: c, ids: part });
      }
    }
    await db.drawIds.bulkPut(chunks);
  }
  const ranksRow: DrawRanksRow = { kind: 'objects', gen, chunk: RANKS_ROW, rankOfDense };
  await db.drawIds.put(ranksRow);
  // Checks and industries in the narrowest array their largest value fits: a preview reads the index row whole, and at
  // 5,000,000 objects checks and industries as 32-bit were 40 of its 70 MB (as 8 and 16 bits, 15).
  const row: DrawIndexRow = { kind: 'objects', gen, count, objectsHash, problem, cls: permute(cls), checks: permute(checks, narrowestColumn(checks)), bits: permute(bits), industry: permute(industry, narrowestColumn(industry)), industries, blockStarts, firsts, hashedFrom: objectsHash ? lastBuild.from : undefined };
  await db.drawIndex.put(row);
  ranksOf.set(row, rankOfDense);
  lap('write');
  return row;
}

/** Id chunks read per request: 16 of 65,536 ids (about 16 MiB of codes), not 77 round trips for a 5% draw over 5,000,000. */
const ID_CHUNKS_READ = 16;

/** The ids at ascending ranks, each chunk read once, in requests of `perRead` chunks. */
export async function idsAtRanks(db: RegistryDb, gen: number, ranks: Uint32Array, perRead = ID_CHUNKS_READ): Promise<string[]> {
  const chunks: number[] = [];
  for (let i = 0; i < ranks.length; i++) {
    const c = Math.floor(ranks[i] / ID_CHUNK);
    if (c !== chunks[chunks.length - 1]) chunks.push(c);
  }
  const out: string[] = new Array(ranks.length);
  let i = 0;
  for (let from = 0; from < chunks.length; from += perRead) {
    const part = chunks.slice(from, from + perRead);
    const rows = await db.drawIds.bulkGet(part.map((c) => ['objects', gen, c] as [RegistryKind, number, number]));
    for (let k = 0; k < part.length; k++) {
      const list = chunkIds(rows[k]);
      const base = part[k] * ID_CHUNK;
      for (; i < ranks.length && Math.floor(ranks[i] / ID_CHUNK) === part[k]; i++) out[i] = list.at(ranks[i] - base);
    }
  }
  return out;
}

/** The rank of each id (undefined when the registry has no such object): a binary search in its chunk. */
export async function ranksOfIds(db: RegistryDb, index: DrawIndexRow, ids: string[]): Promise<Array<number | undefined>> {
  const byChunk = new Map<number, number[]>();
  ids.forEach((id, i) => {
    let lo = 0;
    let hi = index.firsts.length - 1;
    if (hi < 0 || id < index.firsts[0]) return;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (index.firsts[mid] <= id) lo = mid;
      else hi = mid - 1;
    }
    (byChunk.get(lo) ?? byChunk.set(lo, []).get(lo)!).push(i);
  });
  const out: Array<number | undefined> = new Array(ids.length);
  for (const [c, which] of byChunk) {
    const list = chunkIds(await db.drawIds.get(['objects', index.gen, c]));
    for (const i of which) {
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (list.at(mid) < ids[i]) lo = mid + 1;
        else hi = mid;
      }
      if (lo < list.length && list.at(lo) === ids[i]) out[i] = c * ID_CHUNK + lo;
    }
  }
  return out;
}

/**
 * The library a directed draw reads, from the posting lists' references (storage order): a mark per rank of the
 * index (1: the object matches), so the draw takes the columns of those ranks and no stored row is read.
 */
export function matchesOfRefs(index: DrawIndexRow, rankOfDense: Uint32Array, refs: Uint32Array): Uint8Array {
  const out = new Uint8Array(index.count);
  for (let k = 0; k < refs.length; k++) out[rankOfDense[index.blockStarts[Math.floor(refs[k] / 65536)] + (refs[k] % 65536)]] = 1;
  return out;
}

/** rankOfDense of each index row read or built here, so it is read from its row once. */
const ranksOf = new WeakMap<DrawIndexRow, Uint32Array>();

/** The index's rankOfDense: in the row (written before 2026-12-04), or read from its own row once. */
export async function rankOfDenseOf(db: RegistryDb, index: DrawIndexRow): Promise<Uint32Array> {
  if (index.rankOfDense) return index.rankOfDense;
  let ranks = ranksOf.get(index);
  if (!ranks) {
    const row = await db.drawIds.get(['objects', index.gen, RANKS_ROW]);
    if (!row || !('rankOfDense' in row) || row.rankOfDense.length !== index.count)
      throw new Error(`名录库第 ${index.gen} 代的抽取索引缺少位次表，请重新导入 / the draw index of generation ${index.gen} has no rank table: import the registry again`);
    ranksOf.set(index, (ranks = row.rankOfDense));
  }
  return ranks;
}

/** The stored reference (block × 65536 + position) of each rank: one pass over rankOfDense, no map. */
export function refsOfRanks(index: DrawIndexRow, rankOfDense: Uint32Array, ranks: number[]): number[] {
  const slot = new Int32Array(index.count).fill(-1);
  ranks.forEach((r, i) => (slot[r] = i));
  const out: number[] = new Array(ranks.length);
  index.blockStarts.forEach((start, block) => {
    const end = block + 1 < index.blockStarts.length ? index.blockStarts[block + 1] : index.count;
    for (let d = start; d < end; d++) {
      const i = slot[rankOfDense[d]];
      if (i >= 0) out[i] = block * 65536 + (d - start);
    }
  });
  return out;
}
