import { hashEntry, nextEntry, tombstone, verifyChain, type Anchor, type AuditEntry, type ChainCheck } from '../core/audit';
import type { DraDb } from './db';

/**
 * The head this background last verified, per database: an append checks only the entries after it (one
 * or two), not the whole chain again (300 appends re-verified the whole log each time: quadratic).
 */
const verified = new WeakMap<DraDb, { length: number; head: string }>();

/** Append in one transaction, so two tabs logging at once cannot fork the chain. */
export function appendAudit(db: DraDb, kind: string, data: Record<string, unknown>, at = new Date().toISOString()): Promise<AuditEntry> {
  return db.transaction('rw', db.audit, async () => {
    const head = await db.audit.orderBy('seq').last();
    const entry = nextEntry(head, kind, data, at);
    await db.audit.add(entry);
    return entry;
  });
}

/** The anchors the log carries in its own evidence files (each evidence file holds the head when it was made). */
async function evidenceAnchors(db: DraDb): Promise<Anchor[]> {
  const out: Anchor[] = [];
  await db.evidence.each((row) => {
    const a = row.evidence.audit;
    if (a?.headHash && a.length > 0) out.push({ length: a.length, head: a.headHash, at: row.savedAt, source: `evidence #${row.id}` });
  });
  return out;
}

/**
 * The whole chain from its first entry, and against every anchor: the heads carried by the stored evidence
 * files and those given (filed to the helper's archive). Remembers the head for the next append's check.
 */
export async function verifyAudit(db: DraDb, anchors: Anchor[] = []): Promise<ChainCheck> {
  const entries = await db.audit.orderBy('seq').toArray();
  const check = verifyChain(entries, [...(await evidenceAnchors(db)), ...anchors]);
  if (check.ok) verified.set(db, { length: check.length, head: check.head });
  else verified.delete(db);
  return check;
}

/**
 * After an append: the entries from the last verified head on (the head itself, then what was appended
 * since) are checked link by link; anything else (a head that is no longer there, a first check since the
 * background started) falls back to the whole chain.
 */
export async function verifyAppended(db: DraDb): Promise<ChainCheck> {
  const known = verified.get(db);
  if (!known || known.length === 0) return verifyAudit(db);
  const tail = await db.audit.where('seq').aboveOrEqual(known.length - 1).sortBy('seq');
  if (!tail.length || tail[0].seq !== known.length - 1 || tail[0].hash !== known.head || hashEntry(tail[0]) !== tail[0].hash) return verifyAudit(db);
  // Each entry after the known head: its number, its link to the one before, its own hash.
  let prev = tail[0];
  for (const e of tail.slice(1)) {
    if (e.seq !== prev.seq + 1 || e.prevHash !== prev.hash || nextEntry(prev, e.kind, e.data, e.at).hash !== e.hash) return verifyAudit(db);
    prev = e;
  }
  verified.set(db, { length: prev.seq + 1, head: prev.hash });
  return { ok: true, length: prev.seq + 1, head: prev.hash };
}

/**
 * Erase the log, leaving a tombstone: the log goes on from it (its seq and prevHash are the erased log's
 * length and head), so anchors filed before the erase are accounted for and the erase itself is on record.
 * Call inside the erase's transaction, after the audit table was cleared, with the head read before.
 */
export async function leaveTombstone(db: DraDb, erasedHead: AuditEntry | undefined, by: string, at = new Date().toISOString()): Promise<AuditEntry> {
  const t = tombstone(erasedHead, by, at);
  await db.audit.add(t);
  verified.set(db, { length: t.seq + 1, head: t.hash });
  return t;
}
