/**
 * The ids that occur more than `n` times in a list: a province's year checks a million objects, almost all once.
 * Counted in an open-addressing table of typed arrays keyed by a hash of the id's characters, about three times as
 * fast as a Map of a million strings (which also hashes every id and grows by rehashing).
 */
export function idsSeenMoreThan(ids: readonly string[], n: number): Set<string> {
  const out = new Set<string>();
  if (ids.length <= n) return out;
  let size = 1024;
  while (size < ids.length * 2) size *= 2;
  const mask = size - 1;
  const first = new Int32Array(size).fill(-1); // index in ids of the slot's id
  const count = new Int32Array(size);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    let h = 0x811c9dc5;
    for (let c = 0; c < id.length; c++) h = Math.imul(h ^ id.charCodeAt(c), 0x01000193);
    let at = h & mask;
    while (first[at] >= 0 && ids[first[at]] !== id) at = (at + 1) & mask;
    if (first[at] < 0) first[at] = i;
    if (++count[at] === n + 1) out.add(id);
  }
  return out;
}
