import { ROWS_PER_CHUNK } from '../core/draw/rows';
import { encodeLines } from './block-lines';

/**
 * The canonical lines of an objects generation, as UTF-8 outside the JS heap, each with its newline, in the
 * order they are stored (dense order: block by block). The import hands it each block's buffer as written
 * (held by reference, no copy), so the draw index hashes the registry in canonical order without reading the
 * stored rows again (draw-index.ts); the index's own pass over the blocks copies the lines of its ranks into
 * one. Past its byte budget it gives up (`spoiled`) and the index reads the blocks instead: a province's
 * registry does not fit in memory.
 */
export class LineArena {
  private slabs: Uint8Array[] = [];
  private cur = new Uint8Array(0);
  private at = 0;
  private reserved = 0;
  private slab = new Uint32Array(1 << 14);
  private off = new Uint32Array(1 << 14);
  /** Bytes of the line with its newline. */
  private len = new Uint32Array(1 << 14);
  count = 0;
  spoiled = false;

  constructor(readonly budget = ARENA_BUDGET) {}

  private room(n: number) {
    if (this.count + n > this.len.length) {
      let size = this.len.length;
      while (size < this.count + n) size *= 2;
      [this.slab, this.off, this.len] = [grow(this.slab, size), grow(this.off, size), grow(this.len, size)];
    }
  }

  /** A block's lines as stored (bytes, the offset of each newline), kept by reference. */
  addBlock(bytes: Uint8Array, ends: Uint32Array): void {
    if (this.spoiled) return;
    if (this.reserved + bytes.length > this.budget) return this.spoil();
    this.reserved += bytes.length;
    this.slabs.push(bytes);
    const s = this.slabs.length - 1;
    this.room(ends.length);
    let start = 0;
    for (let i = 0; i < ends.length; i++) {
      this.slab[this.count] = s;
      this.off[this.count] = start;
      this.len[this.count++] = ends[i] + 1 - start;
      start = ends[i] + 1;
    }
  }

  /** Lines as text, encoded here (a pass over older blocks, tests). */
  add(lines: readonly string[]): void {
    if (this.spoiled || !lines.length) return;
    const { bytes, ends } = encodeLines(lines);
    this.addBlock(bytes, ends);
  }

  /** One line with its newline (UTF-8), copied into slabs of 8 MiB: the index's passes keep only some lines of a block. */
  copy(line: Uint8Array): void {
    if (this.spoiled) return;
    if (this.at + line.length > this.cur.length) {
      const size = Math.max(SLAB, line.length);
      if (this.reserved + size > this.budget) return this.spoil();
      this.cur = new Uint8Array(size);
      this.slabs.push(this.cur);
      this.reserved += size;
      this.at = 0;
    }
    this.cur.set(line, this.at);
    this.room(1);
    this.slab[this.count] = this.slabs.length - 1;
    this.off[this.count] = this.at;
    this.len[this.count++] = line.length;
    this.at += line.length;
  }

  /** The arena cannot stand for the generation (a resumed import, a row not canonical, over budget): freed. */
  spoil(): void {
    this.spoiled = true;
    this.slabs = [];
    this.cur = new Uint8Array(0);
    [this.slab, this.off, this.len] = [new Uint32Array(0), new Uint32Array(0), new Uint32Array(0)];
  }

  /** The UTF-8 bytes of line d (dense order), without its newline. */
  line(d: number): Uint8Array {
    return this.slabs[this.slab[d]].subarray(this.off[d], this.off[d] + this.len[d] - 1);
  }

  /** Bytes of line d with its newline. */
  size(d: number): number {
    return this.len[d];
  }

  /** Line d with its newline copied into `out` at `at`; returns where it ends. Byte by byte: a line is a few hundred bytes, less than a view's cost. */
  copyTo(d: number, out: Uint8Array, at: number): number {
    const from = this.slabs[this.slab[d]];
    let o = this.off[d];
    const e = o + this.len[d];
    while (o < e) out[at++] = from[o++];
    return at;
  }

  /** Bytes held (slabs allocated or referenced). */
  get bytes(): number {
    return this.reserved;
  }
}

const SLAB = 8 << 20;

/** Bytes the import keeps of a registry's lines: about 1.2 million rows of the benchmark's registry. */
export const ARENA_BUDGET = 512 * 1024 * 1024;

function grow(a: Uint32Array, size: number): Uint32Array<ArrayBuffer> {
  const out = new Uint32Array(size);
  out.set(a);
  return out;
}

/** Chunks hashed at once: the next chunk's lines are gathered while WebCrypto hashes the last ones off this thread. */
export const DIGESTS_IN_FLIGHT = 8;

/**
 * The digests of the chunks (docs/draw-spec.md §2.2) of ranks [start, end), line `at(r)` of `arena` holding rank
 * r: each chunk's lines (with their newlines) gathered into one buffer and hashed natively (WebCrypto), a few
 * chunks in flight.
 */
export async function chunkDigests(start: number, end: number, arena: LineArena, at: (rank: number) => number, into: Uint8Array): Promise<void> {
  const inFlight: Array<Promise<void>> = [];
  for (let c = start; c < end; c += ROWS_PER_CHUNK) {
    const last = Math.min(end, c + ROWS_PER_CHUNK);
    let size = 0;
    for (let r = c; r < last; r++) size += arena.size(at(r));
    const text = new Uint8Array(size);
    let o = 0;
    for (let r = c; r < last; r++) o = arena.copyTo(at(r), text, o);
    const slot = 32 * (c / ROWS_PER_CHUNK);
    inFlight.push(crypto.subtle.digest('SHA-256', text).then((d) => into.set(new Uint8Array(d), slot)));
    if (inFlight.length >= DIGESTS_IN_FLIGHT) await inFlight.shift();
  }
  await Promise.all(inFlight);
}
