import type { Counts, Prepared, RawRow } from '../../core/registry-import';
import type { RegistryKind } from '../../core/registry-import/fields';
import type { ColumnMapping } from '../../core/registry-import/mapping';
import type { ImportRow } from '../../storage/registry-db';

/** Messages between the registry page and its import worker (structured clone, same extension). */
export type ToWorker =
  | { type: 'peek'; kind: RegistryKind; file: File }
  | { type: 'import'; kind: RegistryKind; file: File; mapping: ColumnMapping; mode: 'merge' | 'replace'; saveMapping: boolean }
  | { type: 'cancel' }
  /** The channel to the page's chunk writer (chunk-writer.worker.ts): chunks are stored there. */
  | { type: 'writer'; port: MessagePort }
  /** The chunk writer failed: its writes fail (the import resumes from its checkpoint) and later imports store here. */
  | { type: 'writer-lost' };

/** The page to its chunk writer: its end of the channel to the import worker. */
export type ToWriter = { port: MessagePort };

export type FromWorker =
  | { type: 'peeked'; prepared: Prepared & { sample: RawRow[] } }
  | { type: 'progress'; counts: Counts; lastRow: number; bytes: number; size: number }
  | { type: 'done'; import: ImportRow; counts: Counts; resumed: boolean }
  | { type: 'failed'; problems: Array<{ zh: string; en: string }>; cancelled?: boolean };
