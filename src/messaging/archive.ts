import type { DraDb } from '../storage/db';
import { verifyAudit } from '../storage/audit-store';
import { Anchor } from '../core/audit';

/** The helper's native messaging host (see src/helper/native-host). */
export const ARCHIVE_HOST = 'cn.dra.archive';

type Filing = { taskId: string; what: 'preview' | 'evidence' | 'audit-head'; id?: number };

/**
 * What the background sends the host to file something: the stored row itself, read from the
 * extension's database, never content from the sender, so a page can only file what the extension
 * recorded.
 */
export async function archiveRequest(db: DraDb, f: Filing): Promise<{ ok: true; message: Record<string, unknown> } | { ok: false; error: string }> {
  if (f.what === 'audit-head') {
    const chain = await verifyAudit(db);
    if (!chain.ok) return { ok: false, error: `the audit log is broken at entry ${chain.brokenAt}; its head is not filed` };
    if (!chain.length) return { ok: false, error: 'the audit log is empty' };
    // Every entry's hash with the head (from the erased part on, the tombstone's: those entries are gone), so a
    // later rewrite is reported at its first entry; a log too long for one message files its head alone.
    const entries = chain.length <= 100_000 ? await db.audit.orderBy('seq').toArray() : [];
    const hashes = entries.length === chain.length ? entries.map((e) => e.hash) : undefined;
    return { ok: true, message: { op: 'file', taskId: f.taskId, kind: 'audit-head', head: { length: chain.length, head: chain.head, at: new Date().toISOString(), ...(hashes ? { hashes } : {}) } } };
  }
  if (f.id === undefined) return { ok: false, error: `${f.what}: which one (id) is missing` };
  if (f.what === 'preview') {
    const row = await db.previews.get(f.id);
    return row ? { ok: true, message: { op: 'file', taskId: f.taskId, kind: 'draw-record', record: row.record } } : { ok: false, error: `no preview ${f.id}` };
  }
  const row = await db.evidence.get(f.id);
  return row ? { ok: true, message: { op: 'file', taskId: f.taskId, kind: 'evidence', evidence: row.evidence } } : { ok: false, error: `no evidence ${f.id}` };
}

/** The heads filed to the helper's archive, as anchors for a verify; none when the archive is not there. */
export async function archivedAnchors(native: ((m: Record<string, unknown>) => Promise<unknown>) | undefined): Promise<Anchor[]> {
  const r = await callArchive(native, { op: 'heads' });
  if (!r.ok || !Array.isArray(r.reply.anchors)) return [];
  return r.reply.anchors.flatMap((a: unknown) => {
    const p = Anchor.safeParse(a);
    return p.success ? [p.data] : [];
  });
}

let seq = 0;
/** One request to the host and its reply; a missing host or a refused request is an error, never a throw. */
export async function callArchive(native: ((m: Record<string, unknown>) => Promise<unknown>) | undefined, message: Record<string, unknown>): Promise<{ ok: true; reply: Record<string, unknown> } | { ok: false; error: string }> {
  if (!native) return { ok: false, error: 'the helper archive is not available in this browser' };
  const id = `m${++seq}`;
  let reply: unknown;
  try {
    reply = await native({ id, ...message });
  } catch (e) {
    // Chromium: "Specified native messaging host not found." when `dra install-native-host` was not run.
    return { ok: false, error: `helper archive unreachable (run dra install-native-host): ${e instanceof Error ? e.message : String(e)}` };
  }
  if (!reply || typeof reply !== 'object') return { ok: false, error: 'the helper archive gave no reply' };
  const r = reply as Record<string, unknown>;
  if (r.ok !== true) return { ok: false, error: `helper archive: ${typeof r.error === 'string' ? r.error : 'refused'}` };
  return { ok: true, reply: r };
}
