/**
 * The draw preview (预览, not binding): the strategy as the platform's page holds it, drawn item by item
 * with our engine on the registries held locally. Each item row gives a full, verifiable draw record
 * (seed `<seed>:<itemId>`), so the same seed on the same registries gives the same preview.
 */
import type { Strategy } from '../model';
import type { RegistryBundle } from './bundle';
import { drawPrepared } from './record';
import { prepareInputsAsync, webCryptoDigest, type AsyncDigest } from './inputs-async';
import { DrawError, type DrawParams, type DrawRequestInput } from './schema';
import type { DrawRecord } from './record-schema';
import { DrawInputError } from './inputs';

export interface PreviewOptions {
  seed: string;
  taskId: string;
  year: number;
  /** The task's departments, lead first; inspectors are matched from them. */
  departments: string[];
  inspectorsPerObject: number;
  now?: () => Date;
}

export interface ClassCount {
  creditClass: string;
  pool: number;
  target: number;
}

export interface ItemPreview {
  itemId: string;
  libraryId?: string;
  libraryName?: string;
  /** Objects in the item's library before filters. */
  library: number;
  record?: DrawRecord;
  error?: { zh: string; en: string };
  classes: ClassCount[];
  drawn: number;
  excluded: Record<string, number>;
  replacements: number;
  /** Inspectors matched per drawn object: fewest and most. */
  inspectors: { min: number; max: number };
}

export interface StrategyPreview {
  seed: string;
  items: ItemPreview[];
  /** Distinct objects drawn over all items, and how many were drawn for more than one item. */
  drawn: number;
  overlap: number;
  /** Distinct objects in any item's library: what the drawn share is of. */
  library: number;
  errors: number;
}

/** The engine's request for one item row of the strategy. */
export function itemRequest(s: Strategy, e: Strategy['entries'][number], o: PreviewOptions): DrawRequestInput {
  const classified = !!s.creditClassRates && Object.keys(s.creditClassRates).length > 0;
  const base = {
    taskId: `${o.taskId}:${e.itemId}`,
    year: o.year,
    joint: o.departments.length > 1,
    departments: o.departments,
    directed: !!s.directed,
    filters: s.directed ? s.filters : undefined,
    inspectorsPerObject: o.inspectorsPerObject,
  };
  if (classified) return { ...base, classRates: s.creditClassRates };
  return e.quantityMode === 'fixed' ? { ...base, count: e.target ?? 0 } : { ...base, rate: e.target ?? 0 };
}

export function message(err: unknown): { zh: string; en: string } {
  if (err instanceof DrawError) return { zh: err.zh, en: err.message };
  if (err instanceof DrawInputError) return { zh: err.errors.map((x) => `${x.path}：${x.zh}`).join('；'), en: err.message };
  return { zh: String(err), en: String(err) };
}

/** What an item shows of its record: the classes, counts and inspectors matched per object (fewest and most). */
export function itemOutcome(record: DrawRecord): Pick<ItemPreview, 'record' | 'classes' | 'drawn' | 'excluded' | 'replacements' | 'inspectors'> {
  const r = record.result;
  // A loop, not Math.min(...per): a draw of every object of a large library would overflow the stack.
  let min = Infinity;
  let max = 0;
  for (const a of r.assignments) {
    min = Math.min(min, a.inspectorIds.length);
    max = Math.max(max, a.inspectorIds.length);
  }
  return {
    record,
    classes: r.classes.map((c) => ({ creditClass: c.creditClass, pool: c.poolSize, target: c.target })),
    drawn: r.objectIds.length,
    excluded: r.excludedByReason,
    replacements: r.replacements.length,
    inspectors: { min: r.assignments.length ? min : 0, max },
  };
}

/** Each item's inputs prepared with `digest` (WebCrypto in the extension: the pure SHA-256 is 4-6 times slower), then drawn. */
export async function previewStrategy(bundle: RegistryBundle, strategy: Strategy, params: DrawParams, o: PreviewOptions, digest: AsyncDigest = webCryptoDigest): Promise<StrategyPreview> {
  const byId = new Map(bundle.objects.map((x) => [x.id, x]));
  const times = new Map<string, number>();
  const inLibraries = new Set<string>();
  const items: ItemPreview[] = [];
  for (const e of strategy.entries) items.push(await previewItem(e));
  async function previewItem(e: Strategy['entries'][number]): Promise<ItemPreview> {
    const lib = bundle.libraries.find((l) => l.id === e.libraryId);
    const objects = lib ? lib.objectIds.flatMap((id) => byId.get(id) ?? []) : bundle.objects;
    for (const x of objects) inLibraries.add(x.id);
    const out: ItemPreview = { itemId: e.itemId, libraryId: e.libraryId, libraryName: lib?.name, library: objects.length, classes: [], drawn: 0, excluded: {}, replacements: 0, inspectors: { min: 0, max: 0 } };
    if (!o.departments.length) return { ...out, error: { zh: '不知道任务的部门，无法匹配检查人员（请在选项页填写本部门）', en: 'the task’s departments are unknown, so inspectors cannot be matched (set your department in the options page)' } };
    try {
      const req = itemRequest(strategy, e, o);
      const record = drawPrepared(await prepareInputsAsync(objects, bundle.inspectors, req, digest), req, params, { seed: `${o.seed}:${e.itemId}`, kind: 'preview', now: o.now });
      for (const id of record.result.objectIds) times.set(id, (times.get(id) ?? 0) + 1);
      return { ...out, ...itemOutcome(record) };
    } catch (err) {
      if (err instanceof DrawError || err instanceof DrawInputError) return { ...out, error: message(err) };
      throw err;
    }
  }
  return {
    seed: o.seed,
    items,
    drawn: times.size,
    overlap: [...times.values()].filter((n) => n > 1).length,
    library: inLibraries.size,
    errors: items.filter((i) => i.error).length,
  };
}
