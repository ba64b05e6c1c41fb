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

/**
 * A head of the log kept apart from it (filed to the helper's archive, carried by an evidence file): the
 * log then held `length` entries and the last one's hash was `head`. `hashes`, when filed, are every
 * entry's hash up to it, so a rewrite is reported at the exact first entry that differs.
 */
export const Anchor = z.object({
  length: z.number().int().min(1),
  head: z.string().regex(/^[0-9a-f]{64}$/),
  at: z.string().optional(),
  /** Where it was kept, in words (e.g. "archive RW-2026-001/audit-head-….json", "evidence #3"). */
  source: z.string().optional(),
  hashes: z.array(z.string().regex(/^[0-9a-f]{64}$/)).optional(),
});
export type Anchor = z.infer<typeof Anchor>;

/** The kind of the entry an erase leaves: the log goes on from it, and it says what was erased. */
export const TOMBSTONE = 'log-erased';

/** The entry that replaces an erased log: it continues the chain (its seq and prevHash are the erased log's). */
export function tombstone(head: AuditEntry | undefined, by: string, at: string): AuditEntry {
  return nextEntry(head, TOMBSTONE, { erasedEntries: head ? head.seq + 1 : 0, erasedHead: head ? head.hash : GENESIS, by }, at);
}

export type ChainCheck =
  | { ok: true; length: number; head: string; anchors?: number; erased?: { entries: number; at: string; by: string } }
  | { ok: false; brokenAt: number; reason: string; why: ChainBreak };

/**
 * Why a chain breaks, for the user's language: a catalogue key (`audit.break.<key>`) and its numbers, with
 * the anchor concerned (the UI names it in words). `reason` is the same in English, for logs and the helper.
 */
export interface ChainBreak {
  key: 'malformed' | 'seq' | 'prev' | 'changed' | 'tombstone' | 'cut' | 'cutOrRewritten' | 'notAnchored' | 'fromFirst' | 'differs';
  vars: Record<string, number>;
  anchor?: Anchor;
}
const broken = (brokenAt: number, reason: string, key: ChainBreak['key'], vars: Record<string, number>, anchor?: Anchor): ChainCheck => ({ ok: false, brokenAt, reason, why: { key, vars, ...(anchor ? { anchor } : {}) } });

const anchorName = (a: Anchor) => `${a.source ?? 'an anchor'}${a.at ? ` (${a.at})` : ''}`;

/**
 * Check a log from its first entry, then against every anchor kept apart from it: a log rewritten from
 * some entry on (and grown past the anchor), cut and appended to, or erased and begun again is reported
 * with the first entry that differs (exact when the anchor filed its hashes; otherwise the first entry
 * after the last anchor that still holds). A log that was erased through the extension begins with a
 * tombstone entry carrying the erased log's length and head: anchors up to it are taken as erased, and
 * the result says so (`erased`).
 */
export function verifyChain(entries: readonly unknown[], anchors?: Anchor | readonly Anchor[]): ChainCheck {
  let prev = GENESIS;
  let base = 0;
  let erased: { entries: number; at: string; by: string } | undefined;
  const hashes: string[] = [];
  for (let i = 0; i < entries.length; i++) {
    const parsed = AuditEntry.safeParse(entries[i]);
    if (!parsed.success) return broken(base + i, `entry ${base + i} is malformed`, 'malformed', { at: base + i });
    const e = parsed.data;
    if (i === 0 && e.kind === TOMBSTONE && e.seq > 0 && e.data.erasedEntries === e.seq && e.data.erasedHead === e.prevHash) {
      base = e.seq;
      prev = e.prevHash;
      erased = { entries: e.seq, at: e.at, by: String(e.data.by ?? '') };
    }
    const seq = base + i;
    if (e.seq !== seq) return broken(seq, `entry ${seq} carries sequence number ${e.seq} (deleted or reordered)`, 'seq', { at: seq, seq: e.seq });
    if (e.prevHash !== prev) return broken(seq, `entry ${seq} does not follow entry ${seq - 1} (deleted, inserted or reordered)`, 'prev', { at: seq, prev: seq - 1 });
    if (hashEntry(e) !== e.hash) return broken(seq, `entry ${seq} was changed after it was written`, 'changed', { at: seq });
    prev = e.hash;
    hashes.push(e.hash);
  }
  const end = base + entries.length;
  const list = (anchors === undefined ? [] : Array.isArray(anchors) ? anchors : [anchors as Anchor]).filter((a) => a.length > 0).sort((a, b) => a.length - b.length);
  const hashAt = (seq: number) => hashes[seq - base];
  let holds = base; // every entry before this one agrees with the anchors checked so far
  for (const a of list) {
    if (a.length <= base) {
      // Before the erase: only the anchor at the erased head itself can be compared.
      if (a.length === base && a.head !== prev && entries.length && (entries[0] as AuditEntry).prevHash !== a.head)
        return broken(base, `the tombstone at entry ${base} does not continue the log that ${anchorName(a)} anchored`, 'tombstone', { at: base }, a);
      continue;
    }
    if (a.length <= end && hashAt(a.length - 1) === a.head) {
      holds = a.length;
      continue;
    }
    // Differs. With the anchor's hashes, the exact first entry that differs; else the first after the last anchor that held.
    if (!a.hashes || a.hashes.length !== a.length) {
      if (a.length > end)
        return broken(end, `the log ends before its recorded head: it ends at entry ${end - 1}, ${anchorName(a)} anchored ${a.length} entries (entries from ${end} on were removed${holds < end ? `, or the log was rewritten from entry ${holds} on` : ''})`, holds < end ? 'cutOrRewritten' : 'cut', { last: end - 1, n: a.length, from: end, holds }, a);
      return broken(holds, `entry ${a.length - 1} is not the one ${anchorName(a)} anchored: the log was rewritten or replaced after entry ${holds - 1} (the first entry that may differ: ${holds})`, 'notAnchored', { at: a.length - 1, after: holds - 1, first: holds }, a);
    }
    let first = base;
    while (first < Math.min(end, a.length) && hashAt(first) === a.hashes[first]) first++;
    if (first >= end) return broken(end, `the log ends before its recorded head: it ends at entry ${end - 1}, ${anchorName(a)} anchored ${a.length} entries: entries from ${end} on were removed`, 'cut', { last: end - 1, n: a.length, from: end }, a);
    if (first === 0) return broken(0, `the log differs from ${anchorName(a)} from its first entry on: erased or replaced (${a.length} entries were anchored, the log holds ${end}, with no tombstone)`, 'fromFirst', { n: a.length, held: end }, a);
    return broken(first, `entry ${first} differs from the log ${anchorName(a)} anchored (${a.length} entries): rewritten, cut or replaced from there on`, 'differs', { at: first, n: a.length }, a);
  }
  const out: ChainCheck = { ok: true, length: end, head: prev };
  if (list.length) out.anchors = list.length;
  if (erased) out.erased = erased;
  return out;
}
