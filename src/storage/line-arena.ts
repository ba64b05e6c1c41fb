import { ROWS_PER_CHUNK } from '../core/draw/rows';

/**
 * The canonical lines of an objects generation, as UTF-8 in buffers outside the JS heap, in the
 * order they are stored (dense order: block by block). The import fills it while it writes each block, so
 * the draw index hashes the registry in canonical order without reading the stored rows again
 * (draw-index.ts); the index's own pass over the blocks fills one per pass. Past its byte budget it gives
 * up (`spoiled`) and the index reads the blocks instead: a province's registry does not fit in memory.
 */
export class LineArena {
  // Slabs of 8 MiB, never copied as they fill (a doubling buffer would hold the old and the new copy at once).
  private slabs: Uint8Array[] = [];
  private cur = new Uint8Array(0);
  private at = 0;
  private reserved = 0;
  private slab = new Uint32Array(1 << 14);
  private off = new Uint32Array(1 << 14);
  private len = new Uint32Array(1 << 14);
  count = 0;
  spoiled = false;
  private static encoder = new TextEncoder();

  constructor(readonly budget = ARENA_BUDGET) {}

  /** Append lines in dense order. A line that is not canonical (an old block's JSON) must not come here: spoil() instead. */
  add(lines: readonly string[]): void {
    if (this.spoiled) return;
    for (const line of lines) {
      // UTF-8 takes at most 3 bytes per UTF-16 unit; a line never spans two slabs.
      const need = line.length * 3;
      if (this.at + need > this.cur.length) {
        const size = Math.max(SLAB, need);
        if (this.reserved + size > this.budget) return this.spoil();
        this.cur = new Uint8Array(size);
        this.slabs.push(this.cur);
        this.reserved += size;
        this.at = 0;
      }
      const written = LineArena.encoder.encodeInto(line, this.cur.subarray(this.at)).written;
      if (this.count === this.len.length) [this.slab, this.off, this.len] = [grow(this.slab), grow(this.off), grow(this.len)];
      this.slab[this.count] = this.slabs.length - 1;
      this.off[this.count] = this.at;
      this.len[this.count++] = written;
      this.at += written;
    }
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
    return this.slabs[this.slab[d]].subarray(this.off[d], this.off[d] + this.len[d]);
  }

  /** Bytes held (slabs allocated). */
  get bytes(): number {
    return this.reserved;
  }
}

const SLAB = 8 << 20;

/** Bytes the import keeps of a registry's lines: about 1.2 million rows of the benchmark's registry. */
export const ARENA_BUDGET = 512 * 1024 * 1024;

function grow(a: Uint32Array): Uint32Array<ArrayBuffer> {
  const out = new Uint32Array(a.length * 2);
  out.set(a);
  return out;
}

/**
 * The digests of the chunks (docs/draw-spec.md §2.2) of ranks [start, end), `lineAt(r)` giving rank r's UTF-8
 * bytes: each chunk's lines gathered with their newlines into one buffer and hashed natively (WebCrypto).
 */
export async function chunkDigests(start: number, end: number, lineAt: (rank: number) => Uint8Array, into: Uint8Array): Promise<void> {
  for (let c = start; c < end; c += ROWS_PER_CHUNK) {
    const last = Math.min(end, c + ROWS_PER_CHUNK);
    let size = 0;
    for (let r = c; r < last; r++) size += lineAt(r).length + 1;
    const text = new Uint8Array(size);
    let at = 0;
    for (let r = c; r < last; r++) {
      const l = lineAt(r);
      text.set(l, at);
      at += l.length;
      text[at++] = 0x0a;
    }
    into.set(new Uint8Array(await crypto.subtle.digest('SHA-256', text)), 32 * (c / ROWS_PER_CHUNK));
  }
}
