import type { DirectedFilters, ObjectRecord } from '../model';

/** Normalised filters: empty lists dropped and lists sorted, so equal filters hash equally. */
export function normaliseFilters(f: DirectedFilters | undefined): DirectedFilters | undefined {
  if (!f) return undefined;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(f)) {
    if (Array.isArray(v)) {
      if (v.length) out[k] = [...new Set(v)].sort();
    } else if (v && typeof v === 'object') {
      const flags = Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined));
      if (Object.keys(flags).length) out[k] = flags;
    }
  }
  return Object.keys(out).length ? (out as DirectedFilters) : undefined;
}

/** Whether an object falls within directed filters (定向抽查条件). */
export function matchesFilters(o: ObjectRecord, f: DirectedFilters): boolean {
  const inList = (list: string[] | undefined, v: string | undefined) => !list || (v !== undefined && list.includes(v));
  if (!inList(f.types, o.type) || !inList(f.industries, o.industry) || !inList(f.regions, o.region)) return false;
  if (!inList(f.registrationOffices, o.registrationOffice) || !inList(f.scales, o.scale)) return false;
  if (f.creditClasses && !(o.creditClass && f.creditClasses.includes(o.creditClass))) return false;
  if (f.flags) for (const [k, want] of Object.entries(f.flags)) if (want !== undefined && !!o.flags?.[k as keyof typeof o.flags] !== want) return false;
  return true;
}
