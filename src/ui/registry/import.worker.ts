/// <reference lib="webworker" />
// The registry import off the page's thread: parse, validate and write to IndexedDB in chunks.
import { SpreadsheetRefused } from '../../core/registry-import';
import { toSaved } from '../../core/registry-import/mapping';
import { cleanUp, RegistryDb } from '../../storage/registry-db';
import { importFileIntoDb, peekFile } from '../../storage/registry-import-job';
import { isQuotaError, QUOTA_PROBLEM } from '../../storage/quota';
import { remoteChunkWriter } from '../../storage/chunk-write';
import type { FromWorker, ToWorker } from './worker-protocol';

const db = new RegistryDb();
let abort: AbortController | undefined;
// Where the chunks are stored: the page's chunk writer once it has sent its channel, else this worker.
let writer: ReturnType<typeof remoteChunkWriter> | undefined;
const post = (m: FromWorker) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);
const problem = (e: unknown) => (e instanceof SpreadsheetRefused ? { zh: e.zh, en: e.en } : isQuotaError(e) ? QUOTA_PROBLEM : { zh: String((e as Error)?.message ?? e), en: String((e as Error)?.message ?? e) });

self.onmessage = async (ev: MessageEvent<ToWorker>) => {
  const m = ev.data;
  try {
    if (m.type === 'cancel') abort?.abort();
    else if (m.type === 'writer') writer = remoteChunkWriter(m.port);
    else if (m.type === 'writer-lost') {
      writer?.lost();
      writer = undefined;
    } else if (m.type === 'peek') {
      await cleanUp(db);
      post({ type: 'peeked', prepared: await peekFile(db, m.kind, m.file) });
    } else if (m.type === 'import') {
      abort = new AbortController();
      if (m.saveMapping) await db.mappings.put(toSaved(m.mapping));
      let last = 0;
      const r = await importFileIntoDb(db, {
        kind: m.kind, file: m.file, mapping: m.mapping, mode: m.mode, chunkSize: 10000, signal: abort.signal, writer,
        onProgress: (counts, lastRow, bytes) => {
          // At most ten updates a second: the page only needs to keep its bar moving.
          const now = performance.now();
          if (now - last < 100) return;
          last = now;
          post({ type: 'progress', counts, lastRow, bytes, size: m.file.size });
        },
      });
      post(r.ok ? { type: 'done', import: r.import, counts: r.counts, resumed: r.resumed } : { type: 'failed', problems: r.problems, cancelled: r.cancelled });
    }
  } catch (e) {
    post({ type: 'failed', problems: [problem(e)] });
  }
};
