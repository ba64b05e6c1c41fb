import type { Counts } from '../core/registry-import/classify';
import type { BlockKeysRow } from './block-keys';
import type { BlockRow, IssueRow, RegistryDb } from './registry-db';

/**
 * One import chunk as it is stored: its blocks and key rows, its issues, and the checkpoint after it, written in one
 * transaction that first checks the checkpoint is the one the chunk before wrote.
 */
export interface ChunkWrite {
  importId: number;
  /** The checkpoint the chunk before left: its last row and blocks. */
  after: { lastRow: number; blocks: number };
  /** The checkpoint this chunk leaves. */
  checkpoint: { lastRow: number; counts: Counts; blocks: number };
  blocks: BlockRow[];
  keyRows: BlockKeysRow[];
  issues: IssueRow[];
}

/**
 * Writes a chunk (here, or on another thread); resolves when its transaction has committed. `handOver`: the blocks'
 * buffers may be given away (nothing on this side holds them after).
 */
export type ChunkWriter = (c: ChunkWrite, handOver: boolean) => Promise<void>;

/** The chunk's transaction. */
export async function writeChunk(db: RegistryDb, c: ChunkWrite): Promise<void> {
  await db.transaction('rw', [db.blocks, db.blockKeys, db.imports, db.issues], async () => {
    // The chunk before must have committed: if it failed, this one would carry the checkpoint past its rows.
    const cp = await db.imports.get(c.importId);
    if (cp?.lastRow !== c.after.lastRow || cp.blocks !== c.after.blocks) throw new Error(`导入检查点不连续 / the chunk before row ${c.after.lastRow} was not stored`);
    if (c.blocks.length) {
      await db.blocks.bulkAdd(c.blocks);
      await db.blockKeys.bulkAdd(c.keyRows);
    }
    if (c.issues.length) await db.issues.bulkAdd(c.issues);
    await db.imports.update(c.importId, c.checkpoint);
  });
}

/** What a chunk's writer answers: done, or the error by name and message (a quota error must stay one). */
type Answer = { seq: number; ok: true } | { seq: number; ok: false; name: string; message: string };

/**
 * The import's chunks written by another worker through `port` (serveChunkWrites there): IndexedDB clones each value
 * on the thread that adds it (about a quarter of the import worker's time at 1,000,000 rows, Snappy included), so the
 * parsing goes on while the other thread clones and commits. The blocks' buffers are handed over, not copied, when
 * the import says it may. One writer serves every import of the worker that made it.
 */
export function remoteChunkWriter(port: MessagePort): ChunkWriter & { lost(): void } {
  let seq = 0;
  let gone = false;
  const waiting = new Map<number, { ok: () => void; fail: (e: unknown) => void }>();
  port.onmessage = (ev: MessageEvent<Answer>) => {
    const a = ev.data;
    const w = waiting.get(a.seq);
    if (!w) return;
    waiting.delete(a.seq);
    if (a.ok) w.ok();
    // A DOMException keeps its name (QuotaExceededError is how storage full is told apart).
    else w.fail(new DOMException(a.message, a.name));
  };
  const lostError = () => new Error('导入的写入线程已停止，本次导入可从检查点继续 / the import’s writer stopped; the import resumes from its checkpoint');
  const write: ChunkWriter = (c, handOver) =>
    new Promise<void>((ok, fail) => {
      if (gone) return fail(lostError());
      const n = ++seq;
      waiting.set(n, { ok, fail });
      port.postMessage({ seq: n, chunk: c }, handOver ? c.blocks.flatMap((b) => (b.bytes ? [b.bytes.buffer as ArrayBuffer] : [])) : []);
    });
  return Object.assign(write, {
    /** The writer's worker failed (the page saw its error): what waits on it fails, and so does every later write. */
    lost() {
      gone = true;
      for (const w of waiting.values()) w.fail(lostError());
      waiting.clear();
      port.close();
    },
  });
}

/** The writer's side: each chunk posted on `port` written in the order it came, answered when committed or failed. */
export function serveChunkWrites(db: RegistryDb, port: MessagePort): void {
  let last: Promise<void> = Promise.resolve();
  port.onmessage = (ev: MessageEvent<{ seq: number; chunk: ChunkWrite }>) => {
    const { seq, chunk } = ev.data;
    // One after another: a chunk's transaction checks the checkpoint the one before left.
    last = last.then(() =>
      writeChunk(db, chunk).then(
        () => port.postMessage({ seq, ok: true } satisfies Answer),
        (e: { name?: string; message?: string }) => port.postMessage({ seq, ok: false, name: String(e?.name ?? 'Error'), message: String(e?.message ?? e) } satisfies Answer),
      ),
    );
  };
}
