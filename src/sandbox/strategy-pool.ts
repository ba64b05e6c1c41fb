/**
 * What a strategy (添加策略) means on the sandbox: each item draws from its own library (专项库)
 * narrowed by the directed filters, takes a fixed count or a ratio of it (四舍五入), or a rate per
 * credit-risk class; the totals are summed over the items. The draw itself is the platform's.
 */
import { CREDIT_CLASSES, type ObjectRecord, type StrategyEntry } from '../core/model';
import { platformDrawObjects, platformRound } from './platform-draw';
import type { SandboxData, SandboxTask } from './store-types';

type Data = Pick<SandboxData, 'objects' | 'libraries'>;

/** The registry narrowed by the strategy's directed filters (不定向: the whole registry). */
export function filteredObjects(data: Data, t: SandboxTask): ObjectRecord[] {
  const f = t.strategy?.filters;
  if (!t.strategy?.directed || !f) return data.objects;
  return data.objects.filter(
    (o) =>
      (!f.industries?.length || f.industries.includes(o.industry ?? '')) &&
      (!f.regions?.length || f.regions.includes(o.region ?? '')) &&
      (!f.types?.length || f.types.includes(o.type ?? '')) &&
      (!f.registrationOffices?.length || f.registrationOffices.includes(o.registrationOffice ?? '')) &&
      (!f.creditClasses?.length || (o.creditClass !== undefined && f.creditClasses.includes(o.creditClass))) &&
      (f.flags?.abnormal === undefined || !!o.flags.abnormal === f.flags.abnormal),
  );
}

/** One item's pool: its library within the filtered registry. */
export function libraryPool(data: Data, filtered: readonly ObjectRecord[], libraryId: string | undefined): ObjectRecord[] {
  const lib = data.libraries.find((l) => l.id === libraryId);
  return !lib?.industries.length ? [...filtered] : filtered.filter((o) => lib.industries.includes(o.industry ?? ''));
}

/** Every 专项库 as the list of its objects' ids (what the registry export serves and the draw preview reads). */
export function libraryLists(data: Data): { id: string; name: string; objectIds: string[] }[] {
  return data.libraries.map((l) => ({ id: l.id, name: l.name, objectIds: libraryPool(data, data.objects, l.id).map((o) => o.id) }));
}

/** How many objects an item's row asks for. */
export function entryCount(pool: readonly ObjectRecord[], e: Pick<StrategyEntry, 'quantityMode' | 'target'>, rates?: Partial<Record<string, number>>): number {
  if (rates && Object.keys(rates).length) return CREDIT_CLASSES.reduce((n, c) => n + platformRound(pool.filter((o) => o.creditClass === c).length, rates[c] ?? 0), 0);
  return e.quantityMode === 'fixed' ? Math.min(pool.length, Math.round(e.target ?? 0)) : platformRound(pool.length, e.target ?? 0);
}

export interface StrategyTotals {
  /** 检查对象抽取库总户数: objects in any item's pool. */
  poolTotal: number;
  /** 抽取目标总户数 */
  targetTotal: number;
  perEntry: Array<{ itemId: string; librarySize: number; count: number }>;
}

export function strategyTotals(data: Data, t: SandboxTask): StrategyTotals {
  const s = t.strategy;
  const filtered = filteredObjects(data, t);
  const union = new Set<string>();
  const perEntry = (s?.entries ?? []).map((e) => {
    const pool = libraryPool(data, filtered, e.libraryId);
    for (const o of pool) union.add(o.id);
    return { itemId: e.itemId, librarySize: pool.length, count: entryCount(pool, e, s?.creditClassRates) };
  });
  return { poolTotal: union.size, targetTotal: perEntry.reduce((n, e) => n + e.count, 0), perEntry };
}

/** 随机抽取 as the platform does it, item by item; an object drawn for one item is not drawn again. */
export function drawStrategy(data: Data, t: SandboxTask): string[] {
  const s = t.strategy;
  if (!s) return [];
  const filtered = filteredObjects(data, t);
  const drawn = new Set<string>();
  // Counts come from each item's whole pool (as the page shows them); the draw takes them from
  // what earlier items left.
  const take = (full: readonly ObjectRecord[], count: number) => {
    const rest = full.filter((o) => !drawn.has(o.id));
    for (const id of platformDrawObjects(rest, Math.min(count, rest.length))) drawn.add(id);
  };
  for (const e of s.entries) {
    const pool = libraryPool(data, filtered, e.libraryId);
    const rates = s.creditClassRates;
    if (rates && Object.keys(rates).length)
      for (const c of CREDIT_CLASSES) {
        const cls = pool.filter((o) => o.creditClass === c);
        take(cls, platformRound(cls.length, rates[c] ?? 0));
      }
    else take(pool, entryCount(pool, e));
  }
  return [...drawn];
}
