import type { Counts, Prepared, RawRow } from '../../core/registry-import';
import type { RegistryKind } from '../../core/registry-import/fields';
import type { ColumnMapping } from '../../core/registry-import/mapping';
import type { ImportRow } from '../../storage/registry-db';

/** Messages between the registry page and its import worker (structured clone, same extension). */
export type ToWorker =
  | { type: 'peek'; kind: RegistryKind; file: File }
  | { type: 'import'; kind: RegistryKind; file: File; mapping: ColumnMapping; mode: 'merge' | 'replace'; saveMapping: boolean }
  | { type: 'cancel' };

export type FromWorker =
  | { type: 'peeked'; prepared: Prepared & { sample: RawRow[] } }
  | { type: 'progress'; counts: Counts; lastRow: number; bytes: number; size: number }
  | { type: 'done'; import: ImportRow; counts: Counts; resumed: boolean }
  | { type: 'failed'; problems: Array<{ zh: string; en: string }>; cancelled?: boolean };
