import { canonicalJson } from './canonical';

export interface Verification {
  verified: boolean;
  /** The record's kind, stated whatever the outcome (undefined when the record cannot be read). */
  kind: 'preview' | 'official' | undefined;
  /** Each difference, named: which input, the seed, the result (first differing path), the record hash. */
  differences: string[];
  /** The record is not a draw record of a known format (bad input rather than a failed check). */
  malformed?: boolean;
}

/** First path where two canonical values differ, for a precise "what differs". */
export function firstDifference(a: unknown, b: unknown, path = 'result'): string | undefined {
  if (canonicalJson(a) === canonicalJson(b)) return undefined;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const k of keys) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], Array.isArray(a) ? `${path}[${k}]` : `${path}.${k}`);
      if (d) return d;
    }
  }
  return `${path}: recorded ${JSON.stringify(a)?.slice(0, 120)}, re-drawn ${JSON.stringify(b)?.slice(0, 120)}`;
}
