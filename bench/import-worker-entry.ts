// Bundled as the benchmark's worker: the product's import (importFileIntoDb, as the registry page's
// worker runs it) and, as the same-run baseline, reading + validating the same file without storage.
import { csvBatches, RowClassifier, streamChunks, type ColumnMapping } from '../src/core/registry-import';
import { RegistryDb } from '../src/storage/registry-db';
import { importFileIntoDb, peekFile } from '../src/storage/registry-import-job';
import { buildDrawIndex, lastBuild } from '../src/storage/draw-index';
import { writeStoredRegistry } from './stored-registry';
import { storageFloor } from './storage-floor';
import { remoteChunkWriter } from '../src/storage/chunk-write';

const db = new RegistryDb('dra-registries-bench');
/** Rows per import chunk, as the registry page imports. */
const CHUNK_ROWS = 10000;
const post = (m: unknown) => (self as unknown as { postMessage(m: unknown): void }).postMessage(m);

self.onmessage = async (ev: MessageEvent<{ type: 'parse' | 'import' | 'generate' | 'rehash' | 'floor'; file: File; mapping?: ColumnMapping; rows?: number; writer?: MessagePort }>) => {
  const { type, file } = ev.data;
  const t0 = performance.now();
  if (type === 'rehash') {
    // The active generation's index built again from its stored blocks alone (no spill file): the hash to compare.
    const meta = (await db.registries.get('objects'))!;
    const row = await buildDrawIndex(db, meta.activeGen, meta.sizes);
    post({ type: 'rehashed', ms: performance.now() - t0, objectsHash: row.objectsHash, from: lastBuild.from });
    return;
  }
  if (type === 'floor') {
    // The import's bytes stored again by IndexedDB alone, and hashed by WebCrypto alone (storage-floor.ts).
    post({ type: 'floor', ...(await storageFloor(db, CHUNK_ROWS)) });
    return;
  }
  if (type === 'generate') {
    // The preview benchmark's registry: generated rows through the import's storage functions, no file.
    const r = await writeStoredRegistry(db, ev.data.rows!);
    post({ type: 'generated', ms: performance.now() - t0, ...r, index: { ...lastBuild } });
    return;
  }
  if (type === 'parse') {
    const p = await peekFile(db, 'objects', file);
    const c = new RowClassifier('objects', p.mapping);
    let rows = 0;
    for await (const b of csvBatches(streamChunks(file.stream()))) {
      rows += b.length;
      c.validate(b.filter((r) => r.row > p.headerRow));
    }
    post({ type: 'parsed', ms: performance.now() - t0, rows, counts: c.counts, mapping: p.mapping });
    return;
  }
  let lastChunk = t0;
  // The chunks stored by the writer worker when the page made one (as the registry page does), else here.
  const writer = ev.data.writer && remoteChunkWriter(ev.data.writer);
  const r = await importFileIntoDb(db, { kind: 'objects', file, mapping: ev.data.mapping!, chunkSize: CHUNK_ROWS, writer, onProgress: (counts, lastRow) => ((lastChunk = performance.now()), post({ type: 'progress', lastRow, read: counts.read })) });
  const end = performance.now();
  post({ type: 'imported', writer: !!writer, ms: end - t0, chunksMs: lastChunk - t0, finishMs: end - lastChunk, index: { ...lastBuild }, result: r.ok ? r.counts : r });
};
