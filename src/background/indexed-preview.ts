import { drawPrepared, prepareInputsAsync, itemOutcome, itemRequest, message, DrawError, DrawInputError, type DrawParams, type ItemPreview, type PreviewOptions, type RegistryBundle, type StrategyPreview } from '../core/draw';
import { drawIndexedPreview } from '../core/draw/indexed';
import type { Inspector, ObjectRecord, Strategy } from '../core/model';
import { buildDrawIndex, idsAtRanks, matchesOfRefs, rankOfDenseOf, ranksOfIds, refsOfRanks, type DrawIndexRow } from '../storage/draw-index';
import { allRefs, matching, recordsAt, type RegistryDb } from '../storage/registry-db';

export interface IndexedPreview {
  preview: StrategyPreview;
  objects: number;
  /** Imported inspectors, when the inspector registry is imported too. */
  inspectors?: number;
  updatedAt?: string;
  narrowed: boolean;
}

const NO_DEPARTMENTS = { zh: '不知道任务的部门，无法匹配检查人员（请在选项页填写本部门）', en: 'the task’s departments are unknown, so inspectors cannot be matched (set your department in the options page)' };

/**
 * The last index read, kept while the background lives: a generation never changes once active (an import
 * writes a new one), so the next preview skips reading 5,000,000 objects' columns (about 70 MB) again.
 */
let lastIndex: { db: string; updatedAt: string; index: DrawIndexRow } | undefined;

/**
 * Where the last indexed preview spent its time (milliseconds), read by the preview benchmark: getting the draw
 * index (`indexRead`: from the database, not the one kept), the ids it named, and the draws with their records.
 */
export const lastPreview = { index: 0, indexRead: false, ids: 0, draws: 0, total: 0 };

/** Each indexed preview record's result as canonical JSON bytes, already written for its hash: stored as they are (preview-rows.ts). */
export const resultBytesOf = new WeakMap<object, Uint8Array>();

/**
 * Each indexed preview record whose recordHash is still to be taken (empty until then): the preview answers without
 * it and the record is hashed before it is kept (draw-preview.ts keepRecords).
 */
export const recordHashToFinish = new WeakMap<object, () => Promise<string>>();

/** The imported objects registry's draw index, built now for a library imported before indexes existed. */
async function indexOf(db: RegistryDb): Promise<DrawIndexRow | undefined> {
  const meta = await db.registries.get('objects');
  if (!meta) return undefined;
  // The switch's time too: a registry deleted and imported again could reuse a generation number.
  lastPreview.indexRead = false;
  if (lastIndex?.db === db.name && lastIndex.index.gen === meta.activeGen && lastIndex.updatedAt === meta.updatedAt) return lastIndex.index;
  lastPreview.indexRead = true;
  const index = (await db.drawIndex.get(['objects', meta.activeGen])) ?? (await buildDrawIndex(db, meta.activeGen, meta.sizes));
  lastIndex = { db: db.name, updatedAt: meta.updatedAt, index };
  return index;
}

/**
 * Objects drawn by any item, and by more than one. A draw names each object once, so one item's list is counted as
 * it stands: a 5% draw over 5,000,000 objects is not put in a map of 250,000 ids.
 */
function overlapOf(lists: string[][]): { drawn: number; overlap: number } {
  if (lists.length <= 1) return { drawn: lists[0]?.length ?? 0, overlap: 0 };
  const times = new Map<string, number>();
  for (const list of lists) for (const id of list) times.set(id, (times.get(id) ?? 0) + 1);
  let overlap = 0;
  for (const n of times.values()) if (n > 1) overlap++;
  return { drawn: times.size, overlap };
}

/**
 * The preview over the imported object registry as it is stored (storage/draw-index.ts): an item drawing
 * from the whole registry (no 专项库, or the platform's 专项库 of all its objects) draws on the index with
 * a directed strategy's conditions applied through the posting lists; an item of a smaller 专项库 reads
 * just its objects. Undefined when no objects registry is imported, or its index says it cannot be drawn
 * on (the caller's reference path then says why). `recordHashLater`: records drawn on the index come back with
 * their recordHash empty, taken when their recordHashToFinish entry is called (before they are kept).
 */
export async function indexedPreview(db: RegistryDb, served: RegistryBundle | undefined, strategy: Strategy, params: DrawParams, o: PreviewOptions, recordHashLater = false): Promise<IndexedPreview | undefined> {
  const t0 = performance.now();
  Object.assign(lastPreview, { ids: 0, draws: 0 });
  const index = await indexOf(db);
  lastPreview.index = performance.now() - t0;
  if (!index || index.problem || !index.objectsHash) return undefined;
  const meta = (await db.registries.get('objects'))!;
  const im = await db.registries.get('inspectors');
  const inspectors: Inspector[] = im ? ((await recordsAt(db, 'inspectors', im.activeGen, allRefs(im.sizes))) as Inspector[]) : (served?.inspectors ?? []);
  const columns = { ...index, objectsHash: index.objectsHash };
  const filters = strategy.directed ? strategy.filters : undefined;
  let matches: Uint8Array | undefined;
  if (filters && Object.values(filters).some((v) => v !== undefined)) {
    matches = matchesOfRefs(index, await rankOfDenseOf(db, index), await matching(db, meta, { filters }));
  }
  // The platform's 专项库, re-keyed through the code as withImported does: the whole registry, or the ranks of its objects.
  const codeOf = new Map((served?.objects ?? []).map((x) => [x.id, x.uscc ?? x.idNumber ?? x.id]));
  const whole = (ids: string[]) => !!served && served.objects.length > 0 && new Set(ids).size === served.objects.length && ids.every((id) => codeOf.has(id));
  const drawnLists: string[][] = [];
  const inLibraries = new Set<number>();
  let anyWhole = false;
  const items: ItemPreview[] = [];
  for (const e of strategy.entries) {
    const lib = served?.libraries.find((l) => l.id === e.libraryId);
    let ranks: number[] | undefined;
    if (lib && !whole(lib.objectIds)) ranks = [...new Set((await ranksOfIds(db, index, lib.objectIds.map((id) => codeOf.get(id) ?? id))).filter((r): r is number => r !== undefined))].sort((a, b) => a - b);
    if (ranks) ranks.forEach((r) => inLibraries.add(r));
    else anyWhole = true;
    const out: ItemPreview = { itemId: e.itemId, libraryId: e.libraryId, libraryName: lib?.name, library: ranks ? ranks.length : index.count, classes: [], drawn: 0, excluded: {}, replacements: 0, inspectors: { min: 0, max: 0 } };
    if (!o.departments.length) {
      items.push({ ...out, error: NO_DEPARTMENTS });
      continue;
    }
    try {
      const req = itemRequest(strategy, e, o);
      const seed = `${o.seed}:${e.itemId}`;
      let bytes: Uint8Array | undefined;
      let finish: (() => Promise<string>) | undefined;
      const t = performance.now();
      const idsAt = async (r: Uint32Array) => {
        const at = performance.now();
        const ids = await idsAtRanks(db, index.gen, r);
        lastPreview.ids += performance.now() - at;
        return ids;
      };
      const record = ranks
        ? drawPrepared(await prepareInputsAsync((await recordsAt(db, 'objects', meta.activeGen, Uint32Array.from(refsOfRanks(index, await rankOfDenseOf(db, index), ranks)).sort())) as ObjectRecord[], inspectors, req), req, params, { seed, kind: 'preview', now: o.now })
        : await drawIndexedPreview(columns, inspectors, req, params, { seed, now: o.now, matches, idsAt, onResultBytes: (b) => (bytes = b), recordHashLater: recordHashLater ? (f) => (finish = f) : undefined });
      lastPreview.draws += performance.now() - t;
      if (bytes !== undefined) resultBytesOf.set(record, bytes);
      if (finish) recordHashToFinish.set(record, finish);
      drawnLists.push(record.result.objectIds);
      items.push({ ...out, ...itemOutcome(record) });
    } catch (err) {
      if (err instanceof DrawError || err instanceof DrawInputError) items.push({ ...out, error: message(err) });
      else throw err;
    }
  }
  lastPreview.draws -= lastPreview.ids;
  lastPreview.total = performance.now() - t0;
  const { drawn, overlap } = overlapOf(drawnLists);
  const preview: StrategyPreview = {
    seed: o.seed,
    items,
    drawn,
    overlap,
    library: anyWhole ? index.count : inLibraries.size,
    errors: items.filter((i) => i.error).length,
  };
  return { preview, objects: index.count, inspectors: im ? inspectors.length : undefined, updatedAt: [meta.updatedAt, im?.updatedAt].filter(Boolean).sort().pop(), narrowed: !!matches };
}
