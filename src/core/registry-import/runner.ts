import type { RegistryKind } from './fields';
import type { ColumnMapping, SavedMapping } from './mapping';
import type { SeenIds } from './seen-ids';
import { prepare, RowClassifier, type Accepted, type Counts, type Note, type Prepared, type RawRow, type RejectedRow } from './classify';

/** Where an import writes: the extension's IndexedDB, or the helper's in-memory bundle. */
export interface ImportStore {
  /** Canonical JSON of the held record for each id (undefined when new). */
  held(ids: string[]): Promise<Array<string | undefined>>;
  /** One chunk, written with the counts so far and the last row done (the checkpoint). */
  write(chunk: { records: Accepted[]; rejected: RejectedRow[]; notes: Note[]; counts: Counts; lastRow: number }): Promise<void>;
}

export interface RunOptions {
  kind: RegistryKind;
  batches: AsyncIterable<RawRow[]>;
  store: ImportStore;
  saved?: SavedMapping[];
  /** The mapping the user confirmed; otherwise guessed (or the saved one). */
  mapping?: ColumnMapping;
  chunkSize?: number;
  /** Resume: rows up to this one were done by an interrupted run, with these counts and these ids. */
  resume?: { lastRow: number; counts: Counts; seen: Iterable<[string, number]> };
  signal?: AbortSignal;
  /** Where the ids accepted are noted (the store may read them: the extension's draw index takes them from here). */
  seen?: SeenIds;
  /**
   * What the reader says about the file as a whole (sheets read, columns cut, bytes replaced): the reader
   * appends here while it reads, and each write takes what has arrived, so the store keeps them as notes.
   */
  readerNotes?: Array<{ zh: string; en: string; row?: number }>;
  onProgress?: (counts: Counts, lastRow: number) => void;
}

/**
 * Chunk writes a store may have under way at once (each holds its chunk's encoded blocks until it commits): one while
 * the next chunk is parsed. More is allowed by the store (each checks the one before committed) but not yet measured.
 */
export const WRITES_IN_FLIGHT = 1;

export class ImportCancelled extends Error {
  constructor() {
    super('导入已取消 / import cancelled');
  }
}

export type RunResult = { ok: true; prepared: Prepared; counts: Counts } | { ok: false; prepared: Prepared };

/** Read, validate, compare and write in chunks; the header row is found in the first rows. */
export async function runImport(o: RunOptions): Promise<RunResult> {
  const size = o.chunkSize ?? 5000;
  let prepared: Prepared | undefined;
  let classifier: RowClassifier | undefined;
  let pending: RawRow[] = [];
  let head: RawRow[] = [];
  let lastRow = o.resume?.lastRow ?? 0;

  const drainNotes = (): Note[] => (o.readerNotes ?? []).splice(0).map((n) => ({ row: n.row ?? 0, kind: 'file', reason: { zh: n.zh, en: n.en } }));

  // Writes in flight while the next chunk is parsed: the store's commits (done by the browser off this thread, one
  // after another) overlap the parsing. Progress follows the commits.
  const inflight: Array<Promise<void>> = [];
  const settle = () => Promise.all(inflight.splice(0));
  const flush = async (rows: RawRow[]) => {
    if (!rows.length) return;
    if (o.signal?.aborted) {
      await settle();
      throw new ImportCancelled();
    }
    const v = classifier!.validate(rows);
    for (const n of drainNotes()) v.notes.push(n);
    const held = v.accepted.length ? await o.store.held(v.accepted.map((a) => a.id)) : [];
    classifier!.classify(v.accepted, held);
    lastRow = rows[rows.length - 1].row;
    const counts = { ...classifier!.counts };
    const at = lastRow;
    while (inflight.length >= WRITES_IN_FLIGHT) await inflight.shift();
    // Every accepted row goes into the new generation, changed or not: it is the whole library-to-be.
    const written = o.store.write({ records: v.accepted, rejected: v.rejected, notes: v.notes, counts, lastRow: at }).then(() => o.onProgress?.(counts, at));
    // A failed write is thrown by the next wait on it; until then it must not count as unhandled.
    written.catch(() => undefined);
    inflight.push(written);
  };

  const begin = (): boolean => {
    prepared = o.mapping ? { headerRow: findHeader(head, o.mapping), mapping: o.mapping, problems: [], fromSaved: false } : prepare(o.kind, head, o.saved);
    if (prepared.problems.length) return false;
    classifier = new RowClassifier(o.kind, prepared.mapping, o.seen);
    if (o.resume) {
      Object.assign(classifier.counts, o.resume.counts);
      for (const [id, row] of o.resume.seen) classifier.remember(id, row);
    }
    pending = head.filter((r) => r.row > prepared!.headerRow && r.row > lastRow);
    head = [];
    return true;
  };

  for await (const batch of o.batches) {
    if (o.signal?.aborted) {
      await settle();
      throw new ImportCancelled();
    }
    if (!classifier) {
      // One by one: spreading a batch of a million rows into push() overflows the stack (RangeError).
      for (const r of batch) head.push(r);
      if (head.length < 10) continue;
      if (!begin()) return { ok: false, prepared: prepared! };
    } else for (const r of batch) if (r.row > lastRow) pending.push(r);
    while (pending.length >= size) await flush(pending.splice(0, size));
  }
  if (!classifier && !begin()) return { ok: false, prepared: prepared! };
  while (pending.length) await flush(pending.splice(0, size));
  await settle();
  const rest = drainNotes();
  if (rest.length) await o.store.write({ records: [], rejected: [], notes: rest, counts: { ...classifier!.counts }, lastRow });
  return { ok: true, prepared: prepared!, counts: { ...classifier!.counts } };
}

/** The row whose cells are the confirmed mapping's headers. */
function findHeader(rows: RawRow[], m: ColumnMapping): number {
  const want = m.headers.join('\u0000');
  const hit = rows.find((r) => r.cells.map((c) => (typeof c === 'string' ? c.trim() : String(c ?? ''))).join('\u0000') === want);
  return hit?.row ?? rows[0]?.row ?? 0;
}
