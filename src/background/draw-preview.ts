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
import { indexedPreview, resultTexts } from './indexed-preview';
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
  /** Ids of the preview records kept (verifiable with dra verify). */
  saved: number[];
  /** Why a record was not kept (storage full), said rather than swallowed. */
  notSaved?: { zh: string; en: string };
}

type Problem = { path: string; zh: string; en: string };
export type PreviewOutcome = { ok: true; preview: PreviewSummary } | { ok: false; error: string; problems: Problem[] };

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
  const indexed = registries ? await indexedPreview(registries, served, s.value, params, options(departmentsOf(served))) : undefined;
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

  const saved: number[] = [];
  let notSaved: PreviewSummary['notSaved'];
  for (const item of p.items) {
    if (!item.record) continue;
    const record = item.record;
    try {
      // The record and its audit entry together or neither (storage full must not leave one without the other).
      const id = await db.transaction('rw', db.previews, db.audit, async () => {
        const id = (await db.previews.add(packedPreview({ key: ask.key, url: ask.url, savedAt: new Date().toISOString() }, record, resultTexts.get(record)))) as number;
        await appendAudit(db, 'draw-preview', { key: ask.key, url: ask.url, recordHash: record.recordHash, seed: record.seed, drawn: record.result.objectIds.length });
        return id;
      });
      saved.push(id);
    } catch (e) {
      if (!isQuotaError(e)) throw e;
      notSaved = QUOTA_PROBLEM;
    }
  }
  const items = p.items.map(({ record, libraryId: _l, ...rest }): ItemSummary => ({ ...rest, resultHash: record?.resultHash }));
  return { ok: true, preview: { seed: p.seed, drawn: p.drawn, overlap: p.overlap, library: p.library, items, source, saved, notSaved } };
}
