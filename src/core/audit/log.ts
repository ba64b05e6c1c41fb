/**
 * The audit log: append-only and hash-chained. Each entry holds the hash of the one before and its
 * own hash over its canonical content, so an edit, a deletion, a reordering or a truncation of the
 * stored log shows up as the first broken link. Pure: storage (Dexie, the helper's archive) keeps
 * the entries; this module makes and checks them.
 */
import { z } from 'zod';
import { canonicalJson } from '../draw/canonical';
import { sha256 } from '../draw/sha256';

export const GENESIS = '0'.repeat(64);

export const AuditEntry = z.object({
  seq: z.number().int().min(0),
  at: z.string().min(1),
  /** What happened: e.g. "submit-with-findings", "draw-rerun", "draw-preview". */
  kind: z.string().min(1),
  data: z.record(z.string(), z.unknown()),
  prevHash: z.string().regex(/^[0-9a-f]{64}$/),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const hashEntry = (e: Omit<AuditEntry, 'hash'>) => sha256(canonicalJson({ seq: e.seq, at: e.at, kind: e.kind, data: e.data, prevHash: e.prevHash }));

/** The next entry after `head` (or the first one). */
export function nextEntry(head: AuditEntry | undefined, kind: string, data: Record<string, unknown>, at: string): AuditEntry {
  const body = { seq: head ? head.seq + 1 : 0, at, kind, data, prevHash: head ? head.hash : GENESIS };
  return { ...body, hash: hashEntry(body) };
}

export type ChainCheck = { ok: true; length: number; head: string } | { ok: false; brokenAt: number; reason: string };

/**
 * Check a log from its first entry. `expectedHead`, when known (kept apart from the log, e.g. in the
 * helper's archive), also catches a truncation of the newest entries.
 */
export function verifyChain(entries: readonly unknown[], expected?: { length: number; head: string }): ChainCheck {
  let prev = GENESIS;
  for (let i = 0; i < entries.length; i++) {
    const parsed = AuditEntry.safeParse(entries[i]);
    if (!parsed.success) return { ok: false, brokenAt: i, reason: `entry ${i} is malformed` };
    const e = parsed.data;
    if (e.seq !== i) return { ok: false, brokenAt: i, reason: `entry ${i} carries sequence number ${e.seq} (deleted or reordered)` };
    if (e.prevHash !== prev) return { ok: false, brokenAt: i, reason: `entry ${i} does not follow entry ${i - 1} (deleted, inserted or reordered)` };
    if (hashEntry(e) !== e.hash) return { ok: false, brokenAt: i, reason: `entry ${i} was changed after it was written` };
    prev = e.hash;
  }
  if (expected && (entries.length < expected.length || (entries.length === expected.length && prev !== expected.head)))
    return { ok: false, brokenAt: Math.min(entries.length, expected.length), reason: `the log ends before its recorded head (entry ${expected.length - 1})` };
  return { ok: true, length: entries.length, head: prev };
}
