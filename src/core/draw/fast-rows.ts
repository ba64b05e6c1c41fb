/**
 * A fast path for validating a million registry rows: the same outcome as the zod model
 * (ObjectRecord: unknown keys dropped, defaults filled) for well-formed rows, about ten times quicker.
 * Any row it is not sure of returns undefined, and the caller lets zod decide (and word the error).
 */
import { CREDIT_CLASSES, type ObjectRecord } from '../model';

const STRINGS = ['uscc', 'idNumber', 'name', 'address', 'personInCharge', 'contact', 'type', 'industry', 'region', 'registrationOffice', 'scale', 'establishedOn'] as const;
const FLAGS = ['abnormal', 'dishonest', 'seriousViolation', 'complaint'] as const;
const CLASSES = new Set<unknown>(CREDIT_CLASSES);

export function fastObjectRecord(row: unknown): ObjectRecord | undefined {
  if (!row || typeof row !== 'object' || Array.isArray(row)) return undefined;
  const r = row as Record<string, unknown>;
  const id = r.id;
  // Zod trims ids: a row whose id would change is left to it.
  if (typeof id !== 'string' || !id.length || id.trim() !== id) return undefined;
  const out: Record<string, unknown> = { id };
  for (const k of STRINGS) {
    const v = r[k];
    if (v === undefined) continue;
    if (typeof v !== 'string') return undefined;
    out[k] = v;
  }
  const cc = r.creditClass;
  if (cc !== undefined) {
    if (!CLASSES.has(cc)) return undefined;
    out.creditClass = cc;
  }
  const f = r.flags;
  const flags: Record<string, boolean> = {};
  if (f !== undefined) {
    if (!f || typeof f !== 'object' || Array.isArray(f)) return undefined;
    for (const k of FLAGS) {
      const v = (f as Record<string, unknown>)[k];
      if (v === undefined) continue;
      if (typeof v !== 'boolean') return undefined;
      flags[k] = v;
    }
  }
  out.flags = flags;
  const si = r.specialIndustry;
  if (si !== undefined) {
    if (typeof si !== 'boolean') return undefined;
    out.specialIndustry = si;
  }
  const c = r.checksThisYear;
  if (c === undefined) out.checksThisYear = 0;
  else if (typeof c === 'number' && Number.isSafeInteger(c) && c >= 0) out.checksThisYear = c;
  else return undefined;
  return out as ObjectRecord;
}
