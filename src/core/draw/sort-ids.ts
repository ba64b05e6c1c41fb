import { IdUnits } from './id-units';

/**
 * The canonical order of a registry's ids (UTF-16 code units, docs/draw-spec.md §2) as a permutation,
 * by an LSD radix sort: a comparison sort of 5,000,000 strings takes tens of seconds on a busy 2-core
 * machine, this a few passes over typed arrays. The code units that occur are ranked first (ids are
 * mostly ASCII codes), an absent position (a shorter id) ranks below every unit, and each stable pass
 * sorts on as many positions as fit in a bucket table of about a million entries. Ids given as strings are
 * packed first (IdUnits): the passes read code units from one typed array.
 */
export function sortIds(ids: readonly string[] | IdUnits): Uint32Array {
  const t = ids instanceof IdUnits ? ids : IdUnits.of(ids);
  const n = t.count;
  const { units, ends } = t;
  let perm = new Uint32Array(n);
  for (let i = 0; i < n; i++) perm[i] = i;
  if (n < 2) return perm;
  const seen = new Uint8Array(65536);
  let maxLen = 0;
  for (let i = 0, at = 0; i < n; at = ends[i++]) if (ends[i] - at > maxLen) maxLen = ends[i] - at;
  for (let k = 0; k < ends[n - 1]; k++) seen[units[k]] = 1;
  // digit(unit) = 1 + its rank among the units that occur; 0 for "no character here".
  const digit = new Uint32Array(65536);
  let base = 1;
  for (let u = 0; u < 65536; u++) if (seen[u]) digit[u] = base++;
  let per = 1;
  while (per < maxLen && base ** (per + 1) <= 1 << 20) per++;
  const buckets = base ** per;
  const count = new Uint32Array(buckets + 1);
  const key = new Uint32Array(n);
  let next = new Uint32Array(n);
  // Least significant positions first; each pass keys on positions [start, start + per).
  for (let end = maxLen; end > 0; end -= per) {
    const start = Math.max(0, end - per);
    for (let i = 0, at = 0; i < n; at = ends[i++]) {
      const len = ends[i] - at;
      let k = 0;
      for (let p = start; p < start + per; p++) k = k * base + (p < len ? digit[units[at + p]] : 0);
      key[i] = k;
    }
    count.fill(0);
    for (let i = 0; i < n; i++) count[key[i] + 1]++;
    for (let b = 1; b <= buckets; b++) count[b] += count[b - 1];
    for (let i = 0; i < n; i++) {
      const x = perm[i];
      next[count[key[x]]++] = x;
    }
    [perm, next] = [next, perm];
  }
  return perm;
}
