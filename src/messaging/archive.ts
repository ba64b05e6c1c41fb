import type { DraDb } from '../storage/db';
import { previewRecord } from '../storage/preview-rows';
import { verifyAudit } from '../storage/audit-store';
import { Anchor } from '../core/audit';
import { CATALOGUES, msg, type MessageKey, type Vars } from '../i18n';

/** A refusal said three ways: English for logs (error), and the user's words in both languages from the catalogue. */
export type ArchiveFailure = { ok: false; error: string; zh: string; en: string };

/** A failure in the catalogue's words: archive.error.<code>, or the host's own words when it names no code we know. */
export function archiveFailure(error: string, code: string, vars: Vars = {}): ArchiveFailure {
  const key = `archive.error.${code}` as MessageKey;
  const known = key in CATALOGUES.zh;
  const say = (lang: 'zh' | 'en') => (known ? msg(key, vars, lang) : msg('archive.error.refused', { detail: error }, lang));
  return { ok: false, error, zh: say('zh'), en: say('en') };
}

/** The helper's native messaging host (see src/helper/native-host). */
export const ARCHIVE_HOST = 'cn.dra.archive';

type Filing = { taskId: string; what: 'preview' | 'evidence' | 'audit-head'; id?: number };

/**
 * What the background sends the host to file something: the stored row itself, read from the
 * extension's database, never content from the sender, so a page can only file what the extension
 * recorded.
 */
export async function archiveRequest(db: DraDb, f: Filing): Promise<{ ok: true; message: Record<string, unknown> } | ArchiveFailure> {
  if (f.what === 'audit-head') {
    const chain = await verifyAudit(db);
    if (!chain.ok) return archiveFailure(`the audit log is broken at entry ${chain.brokenAt}; its head is not filed`, 'auditBroken', { n: chain.brokenAt ?? '?' });
    if (!chain.length) return archiveFailure('the audit log is empty', 'auditEmpty');
    // Every entry's hash with the head (from the erased part on, the tombstone's: those entries are gone), so a
    // later rewrite is reported at its first entry; a log too long for one message files its head alone.
    const entries = chain.length <= 100_000 ? await db.audit.orderBy('seq').toArray() : [];
    const hashes = entries.length === chain.length ? entries.map((e) => e.hash) : undefined;
    return { ok: true, message: { op: 'file', taskId: f.taskId, kind: 'audit-head', head: { length: chain.length, head: chain.head, at: new Date().toISOString(), ...(hashes ? { hashes } : {}) } } };
  }
  if (f.id === undefined) return archiveFailure(`${f.what}: which one (id) is missing`, 'noId');
  if (f.what === 'preview') {
    const row = await db.previews.get(f.id);
    return row ? { ok: true, message: { op: 'file', taskId: f.taskId, kind: 'draw-record', record: previewRecord(row) } } : archiveFailure(`no preview ${f.id}`, 'noPreview', { id: f.id });
  }
  const row = await db.evidence.get(f.id);
  return row ? { ok: true, message: { op: 'file', taskId: f.taskId, kind: 'evidence', evidence: row.evidence } } : archiveFailure(`no evidence ${f.id}`, 'noEvidence', { id: f.id });
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
export async function callArchive(native: ((m: Record<string, unknown>) => Promise<unknown>) | undefined, message: Record<string, unknown>): Promise<{ ok: true; reply: Record<string, unknown> } | ArchiveFailure> {
  if (!native) return archiveFailure('the helper archive is not available in this browser', 'unavailable');
  const id = `m${++seq}`;
  let reply: unknown;
  try {
    reply = await native({ id, ...message });
  } catch (e) {
    // Chromium: "Specified native messaging host not found." when `dra install-native-host` was not run.
    return archiveFailure(`helper archive unreachable (run dra install-native-host): ${e instanceof Error ? e.message : String(e)}`, 'unreachable', { command: 'dra install-native-host' });
  }
  if (!reply || typeof reply !== 'object') return archiveFailure('the helper archive gave no reply', 'noReply');
  const r = reply as Record<string, unknown>;
  if (r.ok !== true) {
    const vars = r.vars && typeof r.vars === 'object' ? Object.fromEntries(Object.entries(r.vars).filter(([, v]) => typeof v === 'string').map(([k, v]) => [k, String(v).slice(0, 200)])) : {};
    return archiveFailure(`helper archive: ${typeof r.error === 'string' ? r.error : 'refused'}`, typeof r.code === 'string' ? r.code : '', vars);
  }
  return { ok: true, reply: r };
}
