import { Request, type FieldProblem, type Replies, type Reply, type RequestType } from './messages';
import { appendAudit, leaveTombstone, verifyAppended, verifyAudit } from '../storage/audit-store';
import { USER_TABLES, type DraDb } from '../storage/db';
import { previewRowOut } from '../storage/preview-rows';
import { readSettings, writeSettings } from '../storage/settings';
import { handleProfileMessage } from './profile-messages';
import { StrategyTemplate } from '../core/templates/template';
import { Adapter } from '../platform/adapter-schema';
import { BUILTIN_ADAPTERS } from '../platform/recognise';
import { DrawRecord } from '../core/draw/record-schema';
import { Evidence, evidenceIntact } from '../core/risk/evidence';
import { parseWith } from '../core/model';
import { contextOf, maySend } from './contexts';
import { archivedAnchors, archiveRequest, callArchive, type ArchiveFailure } from './archive';
import type { RegistryDb } from '../storage/registry-db';
import { previewInBackground, previewKept } from '../background/draw-preview';
import { LIAISON_PER_ORIGIN, liaisonRows, recordOrigin } from '../storage/liaison-records';
import { checkContentLimits, RateLimiter } from './limits';
import { canonicalJson } from '../core/draw/canonical';
import { sha256 } from '../core/draw/sha256';
import { isQuotaError, QUOTA_PROBLEM } from '../storage/quota';
import { AuditNotices } from './audit-notice';
import { panelSettings } from '../storage/panel-settings';
import { mergeItemLists } from '../platform/item-list';
import { listedItem } from '../platform/item-source';
import { gatherDepartments } from '../storage/known-departments';

export interface Sender {
  id?: string;
  /** Set for messages from content scripts: the tab they run in. */
  tab?: { id?: number };
  frameId?: number;
  /** The sending page or frame: the extension's own pages are under its base URL. */
  url?: string;
}

/** What the router may do beyond the database (the background passes the browser's). */
export interface Effects {
  openTab?: (path: string) => void;
  /** The user's platform origins changed: the overlay follows them (the background re-registers it). */
  originsChanged?: (origins: string[]) => void | Promise<unknown>;
  /** Send one message to the helper's native host (runtime.sendNativeMessage); absent: no archive. */
  native?: (message: Record<string, unknown>) => Promise<unknown>;
  /** The imported registries' database (dra-registries). */
  registries?: RegistryDb;
  /** Content scripts' message budget; one per database unless given (tests pass one with their own clock). */
  limiter?: RateLimiter;
  /** Audit entries to show again on the next page of the frame that logged them (one per database unless given). */
  notices?: AuditNotices;
}

const limiters = new WeakMap<DraDb, RateLimiter>();
const notices = new WeakMap<DraDb, AuditNotices>();
/** The notices of this database's background (exported for the background's tab-closed listener). */
export const noticesOf = (db: DraDb, effects: Effects = {}) => effects.notices ?? notices.get(db) ?? (notices.set(db, new AuditNotices()), notices.get(db)!);
const limiterOf = (db: DraDb, effects: Effects) => effects.limiter ?? limiters.get(db) ?? (limiters.set(db, new RateLimiter()), limiters.get(db)!);
/** The origin a content script speaks for: the page it runs in. */
const originOf = (sender: Sender) => {
  try {
    return sender.url ? new URL(sender.url).origin : '';
  } catch {
    return '';
  }
};
/** An evidence file is a page's findings and four items: a few tens of KB; 1 MB is far beyond any real one. */
export const EVIDENCE_MAX_CHARS = 1024 * 1024;
const newTemplateId = () => `tpl-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

type Handled = { [T in RequestType]: Reply<T> }[RequestType];

/** The re-runs of a draw (every run after the first), with their audit entries and reasons, oldest first. */
const rerunsOf = async (db: DraDb, key: string) =>
  (await db.drawRuns.where('key').equals(key).sortBy('drawnAt'))
    .filter((r) => r.rerunSeq !== undefined)
    .map((r) => ({ drawnAt: r.drawnAt, seq: r.rerunSeq!, ...(r.reason !== undefined ? { reason: r.reason, reasonSeq: r.reasonSeq } : {}) }));

const refused = (error: string, problems?: FieldProblem[]) => ({ ok: false as const, error, problems });
/** The archive's refusal with its words in both languages (the page shows them, never the English log line). */
const archiveRefused = (f: ArchiveFailure) => refused(f.error, [{ path: 'archive', zh: f.zh, en: f.en }]);
const problemsOf = (errors: Array<{ path: string; zh: string; en: string }>) => errors.map(({ path, zh, en }) => ({ path, zh, en }));

/**
 * Handle one message: refused unless it is well formed, comes from this extension and from a part of
 * it that may send it (see contexts.ts). `extensionBase` is runtime.getURL('/') (Firefox's differs
 * from the id).
 */
async function handle(db: DraDb, message: unknown, sender: Sender, extensionId: string, effects: Effects = {}, extensionBase = `chrome-extension://${extensionId}/`): Promise<Handled> {
  if (sender.id !== extensionId) return refused('sender is not this extension');
  const context = contextOf(sender, extensionBase);
  if (!context) return refused('sender is neither an extension page nor a content script in a tab');
  if (context === 'content') {
    // Size and rate before anything else is done with it (limits.ts); a type it may not send is refused below.
    const type = (message as { type?: unknown } | null)?.type;
    if (typeof type === 'string' && maySend('content', type)) {
      const over = checkContentLimits(limiterOf(db, effects), originOf(sender), type as RequestType, message);
      if (over) return refused(over.error, [{ path: 'message', zh: over.zh, en: over.en }]);
    }
  }
  const parsed = Request.safeParse(message);
  if (!parsed.success) return refused(`invalid message: ${parsed.error.issues.map((i) => i.path.join('.') || i.message).join(', ')}`);
  const m = parsed.data;
  if (!maySend(context, m.type)) return refused(`${m.type} may not be sent from a ${context === 'content' ? 'content script' : 'extension page'}`);
  switch (m.type) {
    case 'audit.append': {
      const entry = await appendAudit(db, m.kind, m.data);
      // Only what was appended since the last verified head is checked (the whole chain is checked by audit.verify).
      const chain = await verifyAppended(db);
      // A submission the user went on with: the page navigates next, so its frame's next panel says it again.
      if (m.kind === 'submit-with-findings' && context === 'content' && sender.tab?.id !== undefined) noticesOf(db, effects).put(sender.tab.id, sender.frameId ?? 0, { seq: entry.seq, chainOk: chain.ok });
      return { ok: true, entry: { seq: entry.seq, hash: entry.hash }, chain: chain.ok ? { ok: true, length: chain.length } : chain };
    }
    case 'audit.notice': {
      if (sender.tab?.id === undefined) return refused('a notice is for a tab');
      const notice = noticesOf(db, effects).take(sender.tab.id, sender.frameId ?? 0);
      return { ok: true, ...(notice ? { notice } : {}) };
    }
    case 'audit.verify': {
      // Against every anchor: the stored evidence files' heads and, when the helper's archive is there, its filed heads.
      const chain = await verifyAudit(db, await archivedAnchors(effects.native));
      return { ok: true, chain: chain.ok ? { ok: true, length: chain.length, head: chain.head, anchors: chain.anchors ?? 0, erased: chain.erased } : chain };
    }
    case 'audit.list': {
      const entries = await db.audit.orderBy('seq').reverse().limit(m.limit).toArray();
      return { ok: true, entries: entries.map((e) => ({ seq: e.seq, kind: e.kind, at: e.at, hash: e.hash, data: e.data })) };
    }
    case 'draw.seen': {
      // A run is new when its time was not seen before for this draw; re-runs after the first are logged.
      const known = await db.drawRuns.where('[key+drawnAt]').equals([m.key, m.drawnAt]).count();
      if (!known) await db.drawRuns.add({ key: m.key, drawnAt: m.drawnAt, seenAt: new Date().toISOString() });
      const runs = (await db.drawRuns.where('key').equals(m.key).sortBy('drawnAt')).map((r) => r.drawnAt);
      if (!known && runs.length > 1) {
        const entry = await appendAudit(db, 'draw-rerun', { key: m.key, url: m.url, runs });
        await db.drawRuns.where('[key+drawnAt]').equals([m.key, m.drawnAt]).modify({ rerunSeq: entry.seq });
        return { ok: true, runs, entry: { seq: entry.seq, hash: entry.hash }, reruns: await rerunsOf(db, m.key) };
      }
      const reruns = await rerunsOf(db, m.key);
      return reruns.length ? { ok: true, runs, reruns } : { ok: true, runs };
    }
    case 'draw.reason': {
      // A page explains its own origin's draws only, and a re-run is explained once (the log keeps the first).
      if (context === 'content' && !m.key.startsWith(`${originOf(sender)}/`)) return refused('not this page’s draw');
      const row = await db.drawRuns.where('[key+drawnAt]').equals([m.key, m.drawnAt]).first();
      if (!row || row.rerunSeq === undefined) return refused('no such re-run');
      if (row.reason !== undefined) return refused('reason already given');
      const entry = await appendAudit(db, 'draw-rerun-reason', { key: m.key, drawnAt: m.drawnAt, rerunSeq: row.rerunSeq, reason: m.reason });
      await db.drawRuns.update(row.id!, { reason: m.reason, reasonSeq: entry.seq });
      return { ok: true, entry: { seq: entry.seq, hash: entry.hash } };
    }
    case 'settings.get':
      return { ok: true, settings: await readSettings(db) };
    case 'departments.known':
      return { ok: true, departments: await gatherDepartments(db, effects.registries) };
    case 'panel.settings':
      return { ok: true, settings: panelSettings(await readSettings(db), originOf(sender)) };
    case 'itemList.match': {
      const s = await readSettings(db);
      const list = mergeItemLists(s.itemList, s.pageItemList?.items);
      return { ok: true, items: m.refs.map((r) => listedItem(list, r.id, r.name) ?? null), size: list.length };
    }
    case 'profiles.list':
    case 'profiles.save':
    case 'profiles.delete':
    case 'profile.active':
      return (await handleProfileMessage(db, m, sender.url)) as Handled;
    case 'settings.set': {
      const r = await writeSettings(db, m.patch);
      if (!r.ok) return refused('settings refused', problemsOf(r.errors));
      if ('origins' in m.patch) await effects.originsChanged?.(r.settings.origins);
      return { ok: true, settings: r.settings };
    }
    case 'panel.collapsed': {
      // Only this kind's entry changes: a content script cannot write any other setting.
      const current = await readSettings(db);
      const r = await writeSettings(db, { panelCollapsed: { ...current.panelCollapsed, [m.kind]: m.collapsed } });
      if (!r.ok) return refused('settings refused', problemsOf(r.errors));
      return { ok: true, saved: true };
    }
    case 'templates.list': {
      // On a platform page only the user's department's templates: the one set on the options page, or
      // (before one is set) the one the user typed in the panel; none named, none listed.
      const department = context === 'content' ? ((await readSettings(db)).department || m.department) : m.department;
      if (context === 'content' && !department) return { ok: true, templates: [] };
      const all = department ? await db.templates.where('department').equals(department).toArray() : await db.templates.toArray();
      return { ok: true, templates: all.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')) };
    }
    case 'templates.save': {
      const r = parseWith(StrategyTemplate, m.template);
      if (!r.ok) return refused('template refused', problemsOf(r.errors));
      // From a platform page: always a new id (a page cannot name another template's id to overwrite it), under
      // the user's department when one is set on the options page. Extension pages (options) may update by id.
      const department = context === 'content' ? (await readSettings(db)).department || r.value.department : r.value.department;
      const id = context === 'content' ? newTemplateId() : (r.value.id ?? newTemplateId());
      const template = { ...r.value, department, id, savedAt: new Date().toISOString() };
      await db.templates.put(template);
      return { ok: true, template };
    }
    case 'templates.delete':
      return { ok: true, deleted: (await db.templates.where('id').equals(m.id).delete()) > 0 };
    case 'adapters.list':
      // Stored adapters of format 1 are migrated as they are read; one that no longer validates is left out.
      return { ok: true, adapters: [...BUILTIN_ADAPTERS, ...(await db.adapters.toArray()).flatMap((a) => { const r = Adapter.safeParse(a); return r.success ? [r.data] : []; })], builtin: BUILTIN_ADAPTERS.map((a) => a.id) };
    case 'adapters.save': {
      const r = parseWith(Adapter, m.adapter);
      if (!r.ok) return refused('adapter refused', problemsOf(r.errors));
      if (BUILTIN_ADAPTERS.some((a) => a.id === r.value.id)) return refused('adapter refused', [{ path: 'id', zh: `“${r.value.id}”是内置适配器，请换一个编号`, en: `"${r.value.id}" is a built-in adapter; choose another id` }]);
      if (context === 'content') {
        // From a platform page (the maker): only an adapter for that page's own origin, never replacing one for another.
        const origin = sender.url ? new URL(sender.url).origin : '';
        const existing = await db.adapters.where('id').equals(r.value.id).first();
        if (r.value.origins.some((o) => o !== origin) || (existing && (existing as Adapter).origins.some((o) => o !== origin)))
          return refused('adapter refused', [{ path: 'origins', zh: `在平台页面上只能保存本页地址（${origin}）的适配器`, en: `from a platform page only an adapter for its own origin (${origin}) can be saved` }]);
      }
      await db.adapters.put(r.value);
      return { ok: true, adapter: r.value };
    }
    case 'itemList.page': {
      // Rows seen before (an earlier page of the list) stay; a row seen again is replaced by what the page shows now.
      const current = await readSettings(db);
      const incoming = m.items as Array<{ id: string }>;
      const kept = (current.pageItemList?.items ?? []).filter((it) => !incoming.some((n) => n?.id === it.id));
      const r = await writeSettings(db, { pageItemList: { url: m.url, at: new Date().toISOString(), items: [...kept, ...(incoming as never[])], read: m.read, refused: m.refused } });
      if (!r.ok) return refused('item list refused', problemsOf(r.errors));
      return { ok: true, kept: r.settings.pageItemList?.items.length ?? 0 };
    }
    case 'adapters.delete':
      return { ok: true, deleted: (await db.adapters.where('id').equals(m.id).delete()) > 0 };
    case 'preview.save': {
      const r = DrawRecord.safeParse(m.record);
      if (!r.success || r.data.kind !== 'preview') return refused('preview record refused', [{ path: 'record', zh: '不是预览抽取记录', en: 'not a preview draw record' }]);
      // The record and its audit entry together or neither (storage full must not leave one without the other).
      const [id, entry] = await db.transaction('rw', db.previews, db.audit, async () => {
        const id = (await db.previews.add({ key: m.key, url: m.url, savedAt: new Date().toISOString(), record: r.data })) as number;
        return [id, await appendAudit(db, 'draw-preview', { key: m.key, url: m.url, recordHash: r.data.recordHash, seed: r.data.seed, drawn: r.data.result.objectIds.length })] as const;
      });
      return { ok: true, id, entry: { seq: entry.seq, hash: entry.hash } };
    }
    case 'preview.list': {
      const rows = m.key ? await db.previews.where('key').equals(m.key).toArray() : await db.previews.toArray();
      return { ok: true, previews: rows.sort((a, b) => b.savedAt.localeCompare(a.savedAt)).map(previewRowOut) };
    }
    case 'verdict.report': {
      if (sender.tab?.id === undefined) return refused('a verdict comes from a tab');
      await db.verdicts.put({ tabId: sender.tab.id, frameId: sender.frameId ?? 0, url: m.url, kind: m.kind, profileId: m.profileId, counts: m.counts, at: new Date().toISOString() });
      return { ok: true, saved: true };
    }
    case 'verdict.clear': {
      // The frame's page went away (the platform closed its tab or navigated).
      if (sender.tab?.id === undefined) return refused('a verdict comes from a tab');
      const cleared = await db.verdicts.where('[tabId+frameId]').equals([sender.tab.id, sender.frameId ?? 0]).delete();
      return { ok: true, cleared };
    }
    case 'verdict.get':
      return { ok: true, verdicts: await db.verdicts.where('tabId').equals(m.tabId).toArray() };
    case 'evidence.save': {
      let chars = Infinity;
      try {
        chars = JSON.stringify(m.evidence)?.length ?? 0;
      } catch {
        return refused('evidence refused', [{ path: 'evidence', zh: '证据文件不是 JSON', en: 'the evidence is not JSON' }]);
      }
      if (chars > EVIDENCE_MAX_CHARS) return refused('evidence refused', [{ path: 'evidence', zh: `证据文件过大（${chars} 字符，上限 ${EVIDENCE_MAX_CHARS}）`, en: `evidence too large (${chars} characters, at most ${EVIDENCE_MAX_CHARS})` }]);
      // The hash is the background's, computed here over what is stored: a hash the sender put in is dropped.
      const body = Evidence.omit({ hash: true }).safeParse(m.evidence);
      const r = body.success ? Evidence.safeParse({ ...body.data, hash: sha256(canonicalJson(body.data)) }) : body;
      if (!r.success || !evidenceIntact(r.data)) return refused('evidence refused', [{ path: 'evidence', zh: '证据文件不完整或格式不对', en: 'the evidence is incomplete or malformed' }]);
      // The log head an evidence file carries becomes an anchor of the log: it must be the log's own.
      const anchor = r.data.audit?.headHash ? await db.audit.get(r.data.audit.length - 1) : undefined;
      if (r.data.audit?.headHash && anchor?.hash !== r.data.audit.headHash) return refused('evidence refused', [{ path: 'evidence.audit', zh: '证据文件所记的审计日志头不是本机日志的', en: "the audit head the evidence carries is not this log's" }]);
      const id = (await db.evidence.add({ savedAt: new Date().toISOString(), evidence: r.data })) as number;
      await appendAudit(db, 'evidence-export', { id, hash: r.data.hash, page: r.data.page.url });
      if (m.open) effects.openTab?.(`/evidence.html#${id}`);
      return { ok: true, id, hash: r.data.hash };
    }
    case 'evidence.get':
      return { ok: true, row: await db.evidence.get(m.id) };
    case 'data.export': {
      const data: Record<string, unknown[]> = {};
      for (const t of USER_TABLES) data[t] = t === 'previews' ? (await db.previews.toArray()).map(previewRowOut) : await db.table(t).toArray();
      return { ok: true, data, exportedAt: new Date().toISOString() };
    }
    case 'data.erase': {
      await db.transaction('rw', [...USER_TABLES, 'verdicts'].map((t) => db.table(t)), async () => {
        const head = await db.audit.orderBy('seq').last();
        for (const t of [...USER_TABLES, 'verdicts']) await db.table(t).clear();
        // The log is not wiped without a trace: it goes on from a tombstone naming what was erased.
        await leaveTombstone(db, head, '选项页：清除全部数据');
      });
      return { ok: true, erased: [...USER_TABLES] };
    }
    case 'archive.file': {
      const request = await archiveRequest(db, m);
      if (!request.ok) return archiveRefused(request);
      const r = await callArchive(effects.native, request.message);
      return r.ok ? { ok: true, folder: String(r.reply.folder), file: String(r.reply.file), bytes: Number(r.reply.bytes), filedAt: String(r.reply.filedAt ?? '') } : archiveRefused(r);
    }
    case 'archive.list': {
      const r = await callArchive(effects.native, { op: 'list', ...(m.taskId ? { taskId: m.taskId } : {}) });
      return r.ok ? { ok: true, tasks: r.reply.tasks as Replies['archive.list']['tasks'] } : archiveRefused(r);
    }
    case 'archive.get': {
      const r = await callArchive(effects.native, { op: 'get', taskId: m.taskId, file: m.file });
      return r.ok ? { ok: true, content: r.reply.content } : archiveRefused(r);
    }
    case 'draw.preview': {
      const r = await previewInBackground(db, effects.registries, m);
      return r.ok ? { ok: true, preview: r.preview } : refused(r.error, r.problems);
    }
    case 'draw.preview.kept': {
      const kept = previewKept(m.keeping);
      if (!kept) return refused('preview keep unknown', [{ path: 'keeping', zh: '找不到这次预览的保存情况（扩展后台已重新启动，或已问过）', en: 'no such preview being kept (the background restarted, or it was asked already)' }]);
      return { ok: true, ...(await kept) };
    }
    case 'liaison.save': {
      const readAt = new Date().toISOString();
      if (context !== 'content') {
        // A file the user imports on an extension page: theirs to replace what was read before.
        const { rows, refused } = liaisonRows(m.records, m.source, readAt);
        await db.liaisonRecords.bulkPut(rows);
        return { ok: true, saved: rows.length, refused };
      }
      // From a platform page: rows of that page's origin only, which replace only rows read on the same origin.
      const origin = originOf(sender);
      let from = '';
      try {
        from = new URL(m.source.name).origin;
      } catch {
        /* refused below */
      }
      if (m.source.kind !== 'page' || from !== origin)
        return refused('liaison refused', [{ path: 'source', zh: `平台页面只能保存本页地址（${origin}）读到的记录`, en: `a platform page saves only records read on its own origin (${origin})` }]);
      const { rows, refused: bad } = liaisonRows(m.records, m.source, readAt, origin);
      const existing = await db.liaisonRecords.bulkGet(rows.map((r) => r.key));
      const keep: typeof rows = [];
      let added = 0;
      rows.forEach((r, i) => {
        const was = existing[i];
        if (was && recordOrigin(was) !== origin) bad.push({ row: r.row, reason: `已有 ${recordOrigin(was)} 读到的同一记录，不替换 / the same record was read on ${recordOrigin(was)} and is not replaced` });
        else {
          keep.push(r);
          if (!was) added++;
        }
      });
      const held = await db.liaisonRecords.filter((r) => recordOrigin(r) === origin).count();
      if (held + added > LIAISON_PER_ORIGIN)
        return refused('liaison refused', [{ path: 'records', zh: `${origin} 的记录已达上限 ${LIAISON_PER_ORIGIN} 条（已有 ${held}，新增 ${added}）`, en: `${origin} would hold more than ${LIAISON_PER_ORIGIN} records (${held} held, ${added} new)` }]);
      await db.liaisonRecords.bulkPut(keep);
      return { ok: true, saved: keep.length, refused: bad };
    }
    case 'liaison.list': {
      const from = m.after === undefined ? db.liaisonRecords.orderBy('key') : db.liaisonRecords.where('key').above(m.after);
      return { ok: true, records: await (m.limit ? from.limit(m.limit) : from).toArray() };
    }
    case 'liaison.clear': {
      const cleared = await db.liaisonRecords.count();
      await db.liaisonRecords.clear();
      return { ok: true, cleared };
    }
  }
}

/**
 * The router as the background uses it: a write the browser refuses for want of space (templates, previews,
 * settings…) is a refusal naming the cause, with nothing written (each handler writes in one transaction).
 */
export async function route(db: DraDb, message: unknown, sender: Sender, extensionId: string, effects: Effects = {}, extensionBase = `chrome-extension://${extensionId}/`): Promise<Handled> {
  try {
    return await handle(db, message, sender, extensionId, effects, extensionBase);
  } catch (e) {
    if (!isQuotaError(e)) throw e;
    return refused('storage full', [{ path: 'storage', ...QUOTA_PROBLEM }]);
  }
}
