/**
 * A registry in canonical order as the columns the draw over stored data reads (indexed.ts): what the
 * extension's draw index stores at import, built here from validated rows (the helper and the benchmark).
 * Built once per registry; every draw on it then reads a few typed arrays instead of a million objects.
 */
import { isHighRisk, type ObjectRecord } from '../model';
import { HIGH_RISK, NO_CLASS, SPECIAL, type ObjectColumns } from './indexed';

const CLASS_CODE: Record<string, number> = { A: 0, B: 1, C: 2, D: 3 };

/** `objects`: validated and in canonical order (prepareInputs); `objectsHash`: their rowsHash (§2.2). */
export function objectColumns(objects: readonly ObjectRecord[], objectsHash: string): ObjectColumns & { ids: string[] } {
  const n = objects.length;
  const cls = new Uint8Array(n);
  const checks = new Uint32Array(n);
  const bits = new Uint8Array(n);
  const industry = new Uint32Array(n);
  const industries = [''];
  const industryCode = new Map<string, number>();
  const ids: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const o = objects[i];
    ids[i] = o.id;
    cls[i] = o.creditClass === undefined ? NO_CLASS : CLASS_CODE[o.creditClass];
    checks[i] = o.checksThisYear;
    bits[i] = (isHighRisk(o) ? HIGH_RISK : 0) | (o.specialIndustry ? SPECIAL : 0);
    if (o.industry !== undefined) {
      let k = industryCode.get(o.industry);
      if (k === undefined) industryCode.set(o.industry, (k = industries.push(o.industry) - 1));
      industry[i] = k;
    }
  }
  return { count: n, objectsHash, cls, checks, bits, industry, industries, ids };
}
