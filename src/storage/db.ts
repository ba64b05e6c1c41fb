import Dexie, { type EntityTable } from 'dexie';
import type { AuditEntry } from '../core/audit';

/**
 * The extension's own database (IndexedDB in the extension's origin, opened only by the background
 * and extension pages, never in the platform's pages). Schema versions are declared here and only
 * ever added to.
 */
export class DraDb extends Dexie {
  audit!: EntityTable<AuditEntry, 'seq'>;

  constructor(name = 'dra') {
    super(name);
    this.version(1).stores({ audit: 'seq, kind, at' });
  }
}
