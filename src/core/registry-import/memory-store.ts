import { canonOf, type Note, type RegistryRecord, type RejectedRow } from './classify';
import type { ImportStore } from './runner';

/** An import held in memory (the helper, tests): records by id, and everything refused or noted. */
export class MemoryStore implements ImportStore {
  readonly records = new Map<string, { record: RegistryRecord; canon: string }>();
  readonly rejected: RejectedRow[] = [];
  readonly notes: Note[] = [];
  lastRow = 0;

  async held(ids: string[]) {
    return ids.map((id) => this.records.get(id)?.canon);
  }

  async write(c: Parameters<ImportStore['write']>[0]) {
    for (const r of c.records) this.records.set(r.id, { record: r.record, canon: canonOf(r) });
    for (const r of c.rejected) this.rejected.push(r);
    for (const n of c.notes) this.notes.push(n);
    this.lastRow = c.lastRow;
  }
}
