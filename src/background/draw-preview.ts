import { msg } from '../i18n';
import { formatDate } from '../i18n/time';
import { drawParamsFromProfile, previewStrategy, RegistryBundle, type StrategyPreview } from '../core/draw';
import { Strategy, parseWith } from '../core/model';
import { loadProfile, type ResolvedProfile } from '../core/profiles';
import { todayInChina } from '../core/calendar';
import { withImported } from '../core/registry-import/bundle';
import type { DraDb } from '../storage/db';
import { readSettings } from '../storage/settings';
import { appendAudit } from '../storage/audit-store';
import { isQuotaError, QUOTA_PROBLEM } from '../storage/quota';
import type { RegistryDb } from '../storage/registry-db';
import { importedLibrary } from './imported-library';
import { indexedPreview, recordHashToFinish, resultBytesOf } from './indexed-preview';
import { packedPreview } from '../storage/preview-rows';

/** What a content script asks: the strategy as its page holds it, and what the page's platform serves. */
export interface PreviewAsk {
  key: string;
  url: string;
  seed: string;
  taskId: string;
  strategy: unknown;
  /** The registries the platform page serves (the sandbox's), with its 专项库 and the task's departments. */
  served?: unknown;
}

/** One item of the preview as the page shows it: counts and hashes, never a registry row. */
export interface ItemSummary {
  itemId: string;
  libraryName?: string;
  library: number;
  error?: { zh: string; en: string };
  classes: StrategyPreview['items'][number]['classes'];
  drawn: number;
  excluded: Record<string, number>;
  replacements: number;
  inspectors: { min: number; max: number };
  resultHash?: string;
}

export interface PreviewSummary {
  seed: string;
  drawn: number;
  overlap: number;
  library: number;
  items: ItemSummary[];
  /** Where the registries came from, as the panel says it. */
  source: string;
  /**
   * The records are being kept (the answer does not wait for 50 MB to be written): ask draw.preview.kept with
   * this id for what was kept. Absent when no item has a record to keep.
   */
  keeping?: string;
  /** Ids of the preview records kept (verifiable with dra verify): empty in the answer, given by draw.preview.kept. */
  saved: number[];
  /** Why a record was not kept (storage full), said rather than swallowed. */
  notSaved?: { zh: string; en: string };
}

/** What was kept of a preview's records: their ids, or why not (storage full). */
export interface PreviewKept {
  saved: number[];
  notSaved?: { zh: string; en: string };
}

type Problem = { path: string; zh: string; en: string };
export type PreviewOutcome = { ok: true; preview: PreviewSummary; kept: Promise<PreviewKept> } | { ok: false; error: string; problems: Problem[] };

/**
 * Keeps still being written, by the id the answer gave (a random one: a page cannot guess another's), each read
 * once; and the last one, which the next preview waits for, so records and audit entries go in the order drawn.
 */
const keeps = new Map<string, Promise<PreviewKept>>();
/** A keep nobody asked for is forgotten after this (the panel asks the moment it has the answer). */
const KEEP_ASK_MS = 5 * 60_000;
let lastKeep: Promise<unknown> = Promise.resolve();

/** What a preview kept, once written; undefined when no keep has that id (already read, or the background restarted). */
export function previewKept(id: string): Promise<PreviewKept> | undefined {
  const k = keeps.get(id);
  keeps.delete(id);
  return k;
}

/** Every item's record with its audit entry, each pair in one transaction (storage full leaves neither). */
async function keepRecords(db: DraDb, ask: PreviewAsk, items: StrategyPreview['items']): Promise<PreviewKept> {
  const saved: number[] = [];
  let notSaved: PreviewKept['notSaved'];
  for (const item of items) {
    if (!item.record) continue;
    const record = item.record;
    // A record drawn on the index is hashed now, after the answer (indexed-preview.ts).
    const finish = recordHashToFinish.get(record);
    if (finish) {
      recordHashToFinish.delete(record);
      await finish();
    }
    try {
      const id = await db.transaction('rw', db.previews, db.audit, async () => {
        const id = (await db.previews.add(packedPreview({ key: ask.key, url: ask.url, savedAt: new Date().toISOString() }, record, resultBytesOf.get(record)))) as number;
        await appendAudit(db, 'draw-preview', { key: ask.key, url: ask.url, recordHash: record.recordHash, seed: record.seed, drawn: record.result.objectIds.length });
        return id;
      });
      saved.push(id);
    } catch (e) {
      if (!isQuotaError(e)) throw e;
      notSaved = QUOTA_PROBLEM;
    }
  }
  return { saved, notSaved };
}

function profileOf(settings: { profileId?: string; overrides?: unknown }): ResolvedProfile {
  try {
    return loadProfile(settings.profileId ?? 'baseline', settings.overrides);
  } catch {
    // Stored settings are validated on save; an older version's that no longer resolve fall back, as the panel does.
    return loadProfile('baseline');
  }
}

/**
 * The draw preview, run in the extension's own context next to the imported registries: the page sends
 * the strategy, this draws on the registries held (the page's served bundle for what was not imported),
 * keeps every item's record with its audit entry, and answers with counts and hashes only. The imported
 * registries never leave the background.
 */
export async function previewInBackground(db: DraDb, registries: RegistryDb | undefined, ask: PreviewAsk): Promise<PreviewOutcome> {
  // The previous preview's records first: a quick second click must not overtake them in the store or the audit log.
  await lastKeep.catch(() => undefined);
  const s = parseWith(Strategy, ask.strategy);
  if (!s.ok) return { ok: false, error: 'strategy refused', problems: s.errors.map(({ path, zh, en }) => ({ path: `strategy.${path}`, zh, en })) };
  let served: RegistryBundle | undefined;
  if (ask.served !== undefined) {
    const r = parseWith(RegistryBundle, ask.served);
    if (!r.ok) return { ok: false, error: 'served registries refused', problems: r.errors.slice(0, 5).map(({ path, zh, en }) => ({ path: `served.${path}`, zh, en })) };
    served = r.value;
  }
  const settings = await readSettings(db);
  const profile = profileOf(settings);
  const params = drawParamsFromProfile(profile);
  const departmentsOf = (b: { departments?: string[] } | undefined) => (b?.departments?.length ? b.departments : settings.department ? [settings.department] : []);
  const options = (departments: string[]) => ({ seed: ask.seed, taskId: ask.taskId, year: Number(todayInChina().slice(0, 4)), departments, inspectorsPerObject: params.minInspectorsPerObject });
  const when = (at?: string) => (at ? ` ${formatDate(at)}` : '');
  let p: StrategyPreview;
  let source: string;
  // The imported objects registry is drawn on where it is stored (its draw index), never read whole.
  const indexed = registries ? await indexedPreview(registries, served, s.value, params, options(departmentsOf(served)), true) : undefined;
  if (indexed) {
    const parts = [msg('preview.source.objects', { n: indexed.objects }), indexed.inspectors !== undefined && msg('preview.source.inspectors', { n: indexed.inspectors })].filter(Boolean).join(msg('list.sep'));
    source = msg('preview.source.imported', { parts, when: when(indexed.updatedAt), narrowed: indexed.narrowed ? msg('preview.source.narrowed') : '' });
    p = indexed.preview;
  } else {
    const imported = registries ? await importedLibrary(registries, s.value) : undefined;
    let bundle: RegistryBundle;
    if (imported && (imported.hasObjects || imported.hasInspectors)) {
      const parts = [imported.hasObjects && msg('preview.source.objects', { n: imported.objects.length }), imported.hasInspectors && msg('preview.source.inspectors', { n: imported.inspectors.length })].filter(Boolean).join(msg('list.sep'));
      bundle = withImported(served, imported, msg('preview.source.imported', { parts, when: when(imported.updatedAt), narrowed: imported.narrowed ? msg('preview.source.narrowed') : '' }));
    } else if (served) {
      bundle = { ...served, source: msg('preview.source.served') };
    } else {
      return { ok: false, error: 'no registries', problems: [{ path: 'registries', zh: '本页没有可用的本地名录库，也未导入名录库', en: 'no local registries for this page and none imported' }] };
    }
    source = bundle.source;
    p = await previewStrategy(bundle, s.value, params, options(departmentsOf(bundle)));
  }

  // Answered now, kept after: the counts are on screen while the records are written (draw.preview.kept says when).
  // After a task, not now: IndexedDB clones a record (50 MB at 5,000,000 objects) inside add(), on this thread, for
  // about half a second, which would otherwise come before the answer is sent.
  const items0 = p.items;
  const kept = new Promise((r) => setTimeout(r, 0)).then(() => keepRecords(db, ask, items0));
  lastKeep = kept;
  let keeping: string | undefined;
  if (p.items.some((i) => i.record)) {
    keeping = crypto.randomUUID();
    const id = keeping;
    keeps.set(id, kept);
    // A keep that fails is said to whoever asks for it; nobody asking must not make it an unhandled rejection.
    kept.catch(() => undefined);
    setTimeout(() => keeps.delete(id), KEEP_ASK_MS);
  }
  const items = p.items.map(({ record, libraryId: _l, ...rest }): ItemSummary => ({ ...rest, resultHash: record?.resultHash }));
  return { ok: true, preview: { seed: p.seed, drawn: p.drawn, overlap: p.overlap, library: p.library, items, source, keeping, saved: [] }, kept };
}
