// Bundled as the benchmark's worker: the product's import (importFileIntoDb, as the registry page's
// worker runs it) and, as the same-run baseline, reading + validating the same file without storage.
import { csvBatches, RowClassifier, streamChunks, type ColumnMapping } from '../src/core/registry-import';
import { RegistryDb } from '../src/storage/registry-db';
import { importFileIntoDb, peekFile } from '../src/storage/registry-import-job';
import { buildDrawIndex, lastBuild } from '../src/storage/draw-index';
import { writeStoredRegistry } from './stored-registry';

const db = new RegistryDb('dra-registries-bench');
const post = (m: unknown) => (self as unknown as { postMessage(m: unknown): void }).postMessage(m);

self.onmessage = async (ev: MessageEvent<{ type: 'parse' | 'import' | 'generate' | 'rehash'; file: File; mapping?: ColumnMapping; rows?: number }>) => {
  const { type, file } = ev.data;
  const t0 = performance.now();
  if (type === 'rehash') {
    // The active generation's index built again from its stored blocks alone (no spill file): the hash to compare.
    const meta = (await db.registries.get('objects'))!;
    const row = await buildDrawIndex(db, meta.activeGen, meta.sizes);
    post({ type: 'rehashed', ms: performance.now() - t0, objectsHash: row.objectsHash, from: lastBuild.from });
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
  const r = await importFileIntoDb(db, { kind: 'objects', file, mapping: ev.data.mapping!, chunkSize: 10000, onProgress: (counts, lastRow) => ((lastChunk = performance.now()), post({ type: 'progress', lastRow, read: counts.read })) });
  const end = performance.now();
  post({ type: 'imported', ms: end - t0, chunksMs: lastChunk - t0, finishMs: end - lastChunk, index: { ...lastBuild }, result: r.ok ? r.counts : r });
};
