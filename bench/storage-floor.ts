// The import's floors on this machine, measured in the benchmark's worker after the import (same run, same browser):
// - storing: the generation's own bytes written again by IndexedDB alone, in transactions shaped as the import's
//   (one per chunk: its blocks and key rows, and a checkpoint row), nothing read or parsed;
// - hashing: WebCrypto's SHA-256 over as many bytes as the registry's lines, and how much of each call returns only
//   when the hash is done (in this Chromium the digest runs inside the call, on the calling thread).
// What each figure bounds: an import stores every row and hashes every line, so it cannot be quicker than either.
import Dexie from 'dexie';
import { BLOCK_BYTES, type BlockKeysRow, type BlockRow, type RegistryDb } from '../src/storage/registry-db';
import { ROWS_PER_CHUNK } from '../src/core/draw/rows';
import { digestFloor, type DigestFloor } from './digest-floor';

export interface HashFloor extends DigestFloor {
  chunkBytes: number;
}

/** Blocks sampled from the generation and written round and round (their content, so their compression, is the registry's). */
const SAMPLE = 64;

export interface StorageFloor {
  blocks: number;
  bytes: number;
  chunks: number;
  storeMs: number;
  /** The same bytes hashed in the draw's chunks, then in pieces of a block's size. */
  hash: HashFloor;
  hashPieces: HashFloor;
  /** Logical processors the browser reports. */
  cores: number;
}

export async function storageFloor(db: RegistryDb, rowsPerChunk: number): Promise<StorageFloor> {
  const meta = (await db.registries.get('objects'))!;
  const at = (b: number) => ['objects', meta.activeGen, b] as [string, number, number];
  const blocks = (await db.blocks.where('[kind+gen+block]').between(at(0), at(SAMPLE), true, false).toArray()) as BlockRow[];
  const keys = (await db.blockKeys.where('[kind+gen+block]').between(at(0), at(SAMPLE), true, false).toArray()) as BlockKeysRow[];
  if (!blocks.length || blocks.length !== keys.length) throw new Error('the storage floor needs the imported blocks and their key rows');
  const count = meta.sizes.length;
  const perChunk = Math.max(1, Math.round((count * rowsPerChunk) / meta.count));
  const floor = new Dexie('dra-bench-floor', { chromeTransactionDurability: 'relaxed' });
  floor.version(1).stores({ blocks: '[kind+gen+block]', blockKeys: '[kind+gen+block]', imports: 'id' });
  let bytes = 0;
  let chunks = 0;
  const t0 = performance.now();
  try {
    for (let first = 0; first < count; first += perChunk) {
      const n = Math.min(perChunk, count - first);
      // The sample's own buffers, not copies: IndexedDB clones each value as it is added, and a copy here would add
      // this VM's cost of fresh memory (about 3 ms a MiB) to what is measured as the storing.
      const rows = Array.from({ length: n }, (_, k) => {
        const b = blocks[(first + k) % blocks.length];
        bytes += b.bytes!.byteLength;
        return { ...b, block: first + k };
      });
      const keyRows = Array.from({ length: n }, (_, k) => ({ ...keys[(first + k) % keys.length], block: first + k }));
      await floor.transaction('rw', ['blocks', 'blockKeys', 'imports'], async () => {
        await floor.table('imports').get(1);
        await floor.table('blocks').bulkAdd(rows);
        await floor.table('blockKeys').bulkAdd(keyRows);
        await floor.table('imports').put({ id: 1, blocks: first + n });
      });
      chunks++;
    }
    const storeMs = performance.now() - t0;
    // Hashing as many bytes as were stored, eight digests in flight (as the index hashes): in the draw's chunks of
    // lines (ROWS_PER_CHUNK each, what the index must hash: the chunks are the specification's), then in pieces of a
    // block's size, to show what the size of the input costs WebCrypto here.
    const lines = new Uint8Array(blocks.reduce((a, b) => a + b.bytes!.byteLength, 0));
    blocks.reduce((at, b) => (lines.set(b.bytes!, at), at + b.bytes!.byteLength), 0);
    const rowBytes = lines.byteLength / blocks.reduce((a, b) => a + b.ends!.length, 0);
    const chunk = Math.min(lines.byteLength, Math.round(rowBytes * ROWS_PER_CHUNK));
    const chunked = await digestFloor(lines.subarray(0, chunk), bytes);
    const pieces = await digestFloor(lines.subarray(0, BLOCK_BYTES), bytes);
    return { blocks: count, bytes, chunks, storeMs, cores: navigator.hardwareConcurrency, hash: { chunkBytes: chunk, ...chunked }, hashPieces: { chunkBytes: BLOCK_BYTES, ...pieces } };
  } finally {
    floor.close();
    await Dexie.delete('dra-bench-floor');
  }
}
