import { ROWS_PER_CHUNK } from '../core/draw/rows';

/**
 * The canonical lines of an objects generation, as UTF-8 in one growing buffer outside the JS heap, in the
 * order they are stored (dense order: block by block). The import fills it while it writes each block, so
 * the draw index hashes the registry in canonical order without reading the stored rows again
 * (draw-index.ts); the index's own pass over the blocks fills one per pass. Past its byte budget it gives
 * up (`spoiled`) and the index reads the blocks instead: a province's registry does not fit in memory.
 */
export class LineArena {
  private buf = new Uint8Array(1 << 20);
  private ends = new Uint32Array(1 << 14);
  private used = 0;
  count = 0;
  spoiled = false;
  private static encoder = new TextEncoder();

  constructor(readonly budget = ARENA_BUDGET) {}

  /** Append lines in dense order. A line that is not canonical (an old block's JSON) must not come here: spoil() instead. */
  add(lines: readonly string[]): void {
    if (this.spoiled) return;
    for (const line of lines) {
      // UTF-8 takes at most 3 bytes per UTF-16 unit.
      if (!this.room(line.length * 3)) return;
      this.used += LineArena.encoder.encodeInto(line, this.buf.subarray(this.used)).written;
      if (this.count === this.ends.length) this.ends = grow(this.ends, this.ends.length * 2);
      this.ends[this.count++] = this.used;
    }
  }

  /** The arena cannot stand for the generation (a resumed import, a row not canonical, over budget): freed. */
  spoil(): void {
    this.spoiled = true;
    this.buf = new Uint8Array(0);
    this.ends = new Uint32Array(0);
  }

  private room(need: number): boolean {
    if (this.used + need <= this.buf.length) return true;
    const size = Math.max(this.buf.length * 2, this.used + need);
    if (size > this.budget) {
      this.spoil();
      return false;
    }
    this.buf = grow(this.buf, size);
    return true;
  }

  /** The UTF-8 bytes of line d (dense order), without its newline. */
  line(d: number): Uint8Array {
    return this.buf.subarray(d ? this.ends[d - 1] : 0, this.ends[d]);
  }

  get bytes(): number {
    return this.used;
  }
}

/** Bytes the import keeps of a registry's lines: about 1.2 million rows of the benchmark's registry. */
export const ARENA_BUDGET = 512 * 1024 * 1024;

function grow<T extends Uint8Array | Uint32Array>(a: T, size: number): T {
  const out = new (a.constructor as new (n: number) => T)(size);
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
