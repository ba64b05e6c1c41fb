import Dexie, { type EntityTable } from 'dexie';
import type { AuditEntry } from '../core/audit';

/** One run of a platform draw seen by the extension: which draw (page + record id) and when it ran. */
export interface DrawRun {
  id?: number;
  key: string;
  drawnAt: string;
  seenAt: string;
}

/**
 * The extension's own database (IndexedDB in the extension's origin, opened only by the background
 * and extension pages, never in the platform's pages). Schema versions are declared here and only
 * ever added to.
 */
export class DraDb extends Dexie {
  audit!: EntityTable<AuditEntry, 'seq'>;
  drawRuns!: EntityTable<DrawRun, 'id'>;

  constructor(name = 'dra') {
    super(name);
    this.version(1).stores({ audit: 'seq, kind, at' });
    // v2: the runs of the platform's draws, to watch re-draws before 锁定名单.
    this.version(2).stores({ drawRuns: '++id, key, &[key+drawnAt]' });
  }
}
