import type { Rng } from './stream';

/**
 * Spreads work evenly (docs/draw-spec.md §6): the team's members are kept in buckets by how many
 * objects they already have, each bucket in team order (ids ascending); a pick probes the lowest
 * bucket in random order (a partial Fisher–Yates over the bucket) and returns the first acceptable
 * member that is preferred, else the first acceptable one; an empty-handed bucket passes to the next
 * load. Buckets stay sorted, so the order is defined without reference to how members got there.
 */
export class Balancer {
  private readonly buckets: number[][] = [];
  private readonly loads: Int32Array;
  private min = 0;

  /** `team`: member ids ascending; members are named by their index in it. */
  constructor(private readonly team: readonly string[]) {
    this.buckets.push(team.map((_, i) => i));
    this.loads = new Int32Array(team.length);
  }

  load(i: number): number {
    return this.loads[i];
  }

  /** The index of the member picked, or -1 when no member is acceptable. Loads are not changed. */
  pick(rng: Rng, accept: (i: number) => boolean, prefer?: (i: number) => boolean): number {
    for (let l = this.min; l < this.buckets.length; l++) {
      const b = this.buckets[l];
      const n = b.length;
      if (!n) continue;
      // a partial Fisher–Yates over the bucket; the swap map is made only if the first probe is refused.
      let swapped: Map<number, number> | undefined;
      let j0 = 0;
      let fallback = -1;
      for (let i = 0; i < n; i++) {
        const j = i + rng.int(n - i);
        let at = j;
        if (i === 0) j0 = j;
        else {
          swapped ??= new Map(j0 === 0 ? [] : [[j0, 0]]);
          at = swapped.get(j) ?? j;
          swapped.set(j, swapped.get(i) ?? i);
        }
        const x = b[at];
        if (!accept(x)) continue;
        if (!prefer || prefer(x)) return x;
        if (fallback < 0) fallback = x;
      }
      if (fallback >= 0) return fallback;
    }
    return -1;
  }

  /** The member takes one more object: it moves to the next bucket, in team order. */
  take(x: number): void {
    const l = this.loads[x];
    const from = this.buckets[l];
    // Moved by hand: splice returns a new array each call, 100,000 of them in a draw of 50,000 objects.
    const len = from.length;
    for (let k = sortedIndex(from, x); k < len - 1; k++) from[k] = from[k + 1];
    from.length = len - 1;
    if (l + 1 === this.buckets.length) this.buckets.push([]);
    const to = this.buckets[l + 1];
    const at = sortedIndex(to, x);
    to.push(x);
    for (let k = to.length - 1; k > at; k--) to[k] = to[k - 1];
    to[at] = x;
    this.loads[x] = l + 1;
    while (this.min < this.buckets.length - 1 && !this.buckets[this.min].length) this.min++;
  }
}

function sortedIndex(a: number[], x: number): number {
  let lo = 0, hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
