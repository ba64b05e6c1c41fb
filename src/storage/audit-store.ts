import { nextEntry, verifyChain, type AuditEntry, type ChainCheck } from '../core/audit';
import type { DraDb } from './db';

/** Append in one transaction, so two tabs logging at once cannot fork the chain. */
export function appendAudit(db: DraDb, kind: string, data: Record<string, unknown>, at = new Date().toISOString()): Promise<AuditEntry> {
  return db.transaction('rw', db.audit, async () => {
    const head = await db.audit.orderBy('seq').last();
    const entry = nextEntry(head, kind, data, at);
    await db.audit.add(entry);
    return entry;
  });
}

export async function verifyAudit(db: DraDb): Promise<ChainCheck> {
  return verifyChain(await db.audit.orderBy('seq').toArray());
}
