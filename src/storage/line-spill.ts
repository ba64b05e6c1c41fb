import { ROWS_PER_CHUNK } from '../core/draw/rows';
import { encodeLines } from './block-lines';
import { DIGESTS_IN_FLIGHT } from './line-arena';

/** The part of an OPFS synchronous access handle the spill uses (an in-memory one in the tests). */
export interface SpillFile {
  write(buffer: Uint8Array, options: { at: number }): number;
  read(buffer: Uint8Array, options: { at: number }): number;
  close(): void;
}

const PREFIX = 'dra-import-lines-';

/**
 * The canonical lines of an objects generation as the import writes them, appended to a temporary file in the
 * origin's private file system (OPFS) instead of held in memory: 5,000,000 rows are about 2.2 GB of lines, more
 * than the page may hold, and the draw index needs them all, in canonical order, to hash the registry. Written
 * sequentially (one write per block) and read back sequentially (about 7 GB/s from the file cache in headless
 * Chromium, 2026-12-02), never through IndexedDB: the index reads the file once per slice of ranks that fits its
 * memory budget, and no stored block again. Only a dedicated worker has synchronous access handles (the registry
 * page's import worker); elsewhere `open()` gives undefined and the import keeps its lines in a LineArena.
 */
export class LineSpill {
  private starts: number[] = [];
  private ends: Uint32Array[] = [];
  private at = 0;
  private largest = 0;
  count = 0;
  spoiled = false;

  constructor(
    private file: SpillFile | undefined,
    private release: () => Promise<void> = async () => {},
  ) {}

  /** A fresh spill file, the ones a crashed import left removed first; undefined where OPFS handles are missing. */
  static async open(): Promise<LineSpill | undefined> {
    const g = globalThis as unknown as { navigator?: { storage?: { getDirectory?: () => Promise<FileSystemDirectoryHandle> } }; FileSystemSyncAccessHandle?: unknown };
    if (typeof g.navigator?.storage?.getDirectory !== 'function' || g.FileSystemSyncAccessHandle === undefined) return undefined;
    try {
      const root = await g.navigator.storage.getDirectory();
      // Another tab's import holds its file open: removing it fails and it stays.
      for await (const name of (root as unknown as { keys(): AsyncIterable<string> }).keys()) if (name.startsWith(PREFIX)) await root.removeEntry(name).catch(() => undefined);
      const name = `${PREFIX}${Date.now()}-${Math.random().toString(36).slice(2)}`;
      const handle = await (await root.getFileHandle(name, { create: true })).createSyncAccessHandle();
      return new LineSpill(handle, async () => {
        handle.close();
        await root.removeEntry(name).catch(() => undefined);
      });
    } catch {
      return undefined;
    }
  }

  /** A block's lines as stored (bytes, the offset of each newline), appended to the file. */
  addBlock(bytes: Uint8Array, ends: Uint32Array): void {
    if (this.spoiled || !this.file) return;
    try {
      // Storage full or the file gone: the index then reads the stored blocks, as for a resumed import.
      if (this.file.write(bytes, { at: this.at }) !== bytes.length) return this.spoil();
    } catch {
      return this.spoil();
    }
    this.starts.push(this.at);
    this.ends.push(ends);
    this.at += bytes.length;
    this.largest = Math.max(this.largest, bytes.length);
    this.count += ends.length;
  }

  /** Lines as text (tests). */
  add(lines: readonly string[]): void {
    if (lines.length) {
      const { bytes, ends } = encodeLines(lines);
      this.addBlock(bytes, ends);
    }
  }

  /** The file cannot stand for the generation (a resumed import, a row not canonical, storage full). */
  spoil(): void {
    this.spoiled = true;
    this.starts = [];
    this.ends = [];
  }

  /** Bytes of each line with its newline, in dense order. */
  lineSizes(): Uint32Array {
    const out = new Uint32Array(this.count);
    let d = 0;
    for (const ends of this.ends) for (let i = 0; i < ends.length; i++) out[d++] = ends[i] + 1 - (i ? ends[i - 1] + 1 : 0);
    return out;
  }

  /** Each block's lines in the order written, read back into one buffer (the same each time: use before the next). */
  *blocks(): Generator<{ bytes: Uint8Array; ends: Uint32Array }> {
    const buffer = new Uint8Array(this.largest);
    for (let k = 0; k < this.starts.length; k++) {
      const size = (k + 1 < this.starts.length ? this.starts[k + 1] : this.at) - this.starts[k];
      const view = buffer.subarray(0, size);
      if (this.file!.read(view, { at: this.starts[k] }) !== size) throw new Error('the import’s line file was cut short');
      yield { bytes: view, ends: this.ends[k] };
    }
  }

  /** Bytes written. */
  get bytes(): number {
    return this.at;
  }

  /** The file closed and removed. */
  async close(): Promise<void> {
    this.spoil();
    const release = this.release;
    this.release = async () => {};
    await release();
  }
}

/** Bytes of lines a slice of ranks may hold in memory while the index hashes from the spill file. */
export const SLICE_BYTES = 192 * 1024 * 1024;

/**
 * The chunk digests (docs/draw-spec.md §2.2) of every rank, from the spill file: a slice of ranks at a time (whole
 * chunks, at most `sliceBytes` of lines), each slice's lines placed at their rank's offset in one buffer by one
 * sequential read of the file, then each chunk hashed natively as a view of it. Returns the slices read.
 */
export async function digestsFromSpill(spill: LineSpill, order: Uint32Array, rankOfDense: Uint32Array, into: Uint8Array, sliceBytes = SLICE_BYTES): Promise<number> {
  const count = order.length;
  const size = spill.lineSizes();
  const inFlight: Array<Promise<void>> = [];
  let slices = 0;
  // One buffer for every slice: a fresh 192 MiB array per slice waits for the collector, and at 5,000,000 rows
  // (11 slices) several were alive at once. Reusing it is safe: WebCrypto copies what it is given when called.
  let buffer = new Uint8Array(0);
  for (let start = 0; start < count; ) {
    // The slice: whole chunks while they fit (at least one).
    let end = start;
    let bytes = 0;
    while (end < count) {
      const last = Math.min(count, end + ROWS_PER_CHUNK);
      let chunk = 0;
      for (let r = end; r < last; r++) chunk += size[order[r]];
      if (end > start && bytes + chunk > sliceBytes) break;
      bytes += chunk;
      end = last;
    }
    const offset = new Float64Array(end - start + 1);
    for (let r = start; r < end; r++) offset[r - start + 1] = offset[r - start] + size[order[r]];
    if (buffer.length < bytes) buffer = new Uint8Array(Math.max(bytes, Math.min(sliceBytes, spill.bytes)));
    const text = buffer.subarray(0, bytes);
    let d = 0;
    for (const { bytes: block, ends } of spill.blocks()) {
      for (let i = 0; i < ends.length; i++, d++) {
        const r = rankOfDense[d];
        if (r < start || r >= end) continue;
        const from = i ? ends[i - 1] + 1 : 0;
        text.set(block.subarray(from, ends[i] + 1), offset[r - start]);
      }
    }
    // Several digests in flight (WebCrypto hashes off this thread, on a copy): the next ones are started, and the next
    // slice gathered, while the last ones hash.
    for (let c = start; c < end; c += ROWS_PER_CHUNK) {
      const last = Math.min(end, c + ROWS_PER_CHUNK);
      const slot = 32 * (c / ROWS_PER_CHUNK);
      inFlight.push(crypto.subtle.digest('SHA-256', text.subarray(offset[c - start], offset[last - start])).then((h) => into.set(new Uint8Array(h), slot)));
      if (inFlight.length >= DIGESTS_IN_FLIGHT) await inFlight.shift();
    }
    slices++;
    start = end;
  }
  await Promise.all(inFlight);
  return slices;
}
