import { csvBatches, formatOf, ImportCancelled, prepare, runImport, streamChunks, type Counts, type Prepared, type RawRow } from '../core/registry-import';
import type { RegistryKind } from '../core/registry-import/fields';
import type { ColumnMapping } from '../core/registry-import/mapping';
import { readSpreadsheet, spreadsheetRowBatches } from '../core/registry-import/spreadsheet';
import { abandonImport, beginImport, cancelImport, finishImport, importStore, type ImportRow, type RegistryDb } from './registry-db';
import { isQuotaError, QUOTA_PROBLEM } from './quota';
import { LineArena } from './line-arena';
import { LineSpill } from './line-spill';
import { KeptKeys } from './block-keys';
import { SeenIds } from '../core/registry-import/seen-ids';
import { TooManyBlocks } from './block-limit';
import type { ChunkWriter } from './chunk-write';

/** A file as the import sees it: a browser File, or bytes in tests and the benchmark. */
export type ImportFile = Pick<File, 'name' | 'size' | 'lastModified' | 'stream' | 'arrayBuffer' | 'slice'>;

async function* spreadsheetBatches(file: ImportFile, notes: ReaderNotes): AsyncGenerator<RawRow[]> {
  const s = await readSpreadsheet(new Uint8Array(await file.arrayBuffer()));
  // What the reader says (every sheet read, columns cut) becomes the import's notes.
  for (const n of s.notes) notes.push(n);
  yield* spreadsheetRowBatches(s);
}

type ReaderNotes = Array<{ zh: string; en: string; row?: number }>;

async function isSpreadsheet(file: ImportFile) {
  const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
  return formatOf(file.name, head) === 'spreadsheet';
}

/** The file's rows in batches; `progress.bytes` follows what has been read (for the progress bar). */
export async function rowsOfFile(file: ImportFile, progress: { bytes: number } = { bytes: 0 }, notes: ReaderNotes = []): Promise<AsyncIterable<RawRow[]>> {
  if (await isSpreadsheet(file)) {
    progress.bytes = file.size;
    return spreadsheetBatches(file, notes);
  }
  // Read twice: once to decide the encoding on the whole file, once for the rows.
  const info = Object.assign(progress, { notes });
  return csvBatches(() => streamChunks(file.stream() as ReadableStream<Uint8Array>), info);
}

/** The first rows and the mapping the import would use (the user's saved one for this shape first). */
export async function peekFile(db: RegistryDb, kind: RegistryKind, file: ImportFile): Promise<Prepared & { sample: RawRow[] }> {
  const sample: RawRow[] = [];
  for await (const b of await rowsOfFile(file)) {
    // Only the rows needed, one by one (a workbook's batch may be large: no spread into push()).
    for (const r of b) if (sample.length < 12) sample.push(r);
    if (sample.length >= 12) break;
  }
  const saved = await db.mappings.where('[kind+shape]').between([kind, ''], [kind, '\uffff']).toArray();
  const p = prepare(kind, sample.slice(0, 10), saved);
  return { ...p, sample: sample.filter((r) => r.row > p.headerRow).slice(0, 5) };
}

export const fileKey = (kind: RegistryKind, f: ImportFile) => `${kind}|${f.name}|${f.size}|${f.lastModified}`;

export type JobResult = { ok: true; import: ImportRow; counts: Counts; resumed: boolean } | { ok: false; problems: Array<{ zh: string; en: string }>; cancelled?: boolean; quota?: boolean };

/**
 * Import one file into the registry database: resumes an interrupted import of the same file, writes
 * chunk by chunk with a checkpoint each, and switches the library only at the end.
 */
export async function importFileIntoDb(
  db: RegistryDb,
  o: {
    kind: RegistryKind; file: ImportFile; mapping: ColumnMapping; mode?: 'merge' | 'replace'; chunkSize?: number; signal?: AbortSignal; onProgress?: (c: Counts, lastRow: number, bytes: number) => void;
    /** Where the chunks are stored: another worker (remoteChunkWriter), while the next is parsed here; here by default. */
    writer?: ChunkWriter;
  },
): Promise<JobResult> {
  // The mapping is part of the key: a checkpoint resumes only the same file read the same way.
  const begun = await beginImport(db, { kind: o.kind, fileKey: `${fileKey(o.kind, o.file)}|${o.mapping.columns.join(',')}`, fileName: o.file.name, headers: o.mapping.headers, mode: o.mode });
  const read = { bytes: 0 };
  const readerNotes: ReaderNotes = [];
  // The objects' lines as they are written: the draw index hashes them at the end without reading the blocks again.
  // In a file of the origin's private file system where the import runs in a worker (a province's registry does
  // not fit in memory), in memory up to a budget elsewhere.
  const lines = o.kind === 'objects' ? ((await LineSpill.open()) ?? new LineArena()) : undefined;
  // The blocks' sizes and posting lists as they are written: the switch does not read the key rows back.
  // The ids accepted, shared with the kept keys: the draw index takes them from here, not from a copy in every key row.
  const seen = new SeenIds();
  const keys = new KeptKeys(seen);
  try {
    const r = await runImport({ kind: o.kind, batches: await rowsOfFile(o.file, read, readerNotes), readerNotes, store: importStore(db, begun.row, lines, undefined, keys, o.writer), seen, mapping: o.mapping, chunkSize: o.chunkSize ?? 5000, resume: begun.resume, signal: o.signal, onProgress: (c, last) => o.onProgress?.(c, last, read.bytes) });
    if (!r.ok) {
      await cancelImport(db, begun.row.id);
      return { ok: false, problems: r.prepared.problems };
    }
    const done = await finishImport(db, begun.row.id, undefined, lines, keys);
    return { ok: true, import: done, counts: r.counts, resumed: !!begun.resume };
  } catch (e) {
    if (e instanceof ImportCancelled) {
      await cancelImport(db, begun.row.id);
      return { ok: false, cancelled: true, problems: [{ zh: '导入已取消，名录库保持原样', en: 'import cancelled; the registry is as it was' }] };
    }
    if (e instanceof TooManyBlocks) {
      // Resuming would stop at the same block: the staging generation goes, the library held stays.
      await abandonImport(db, begun.row.id);
      return { ok: false, problems: [e.problem] };
    }
    if (isQuotaError(e)) {
      // Storage full: the staging generation goes (it would only hold half a library and the space), the library held stays.
      await abandonImport(db, begun.row.id);
      return { ok: false, quota: true, problems: [QUOTA_PROBLEM] };
    }
    // Anything else (a closed tab, a crash) leaves the checkpoint: the same file resumes.
    throw e;
  } finally {
    if (lines instanceof LineSpill) await lines.close();
  }
}
