import type { Rng } from './stream';

/**
 * Spreads work evenly (docs/draw-spec.md §6): the team's members are kept in buckets by how many
 * objects they already have, each bucket in team order (ids ascending); a pick probes the lowest
 * bucket in random order (a partial Fisher–Yates over the bucket) and returns the first acceptable
 * member that is preferred, else the first acceptable one; an empty-handed bucket passes to the next
 * load. Buckets stay sorted, so the order is defined without reference to how members got there.
 */
export class Balancer {
  /** levels[l]: the members whose load is l, as a set of team indices that can name its k-th smallest. */
  private readonly levels: Array<RankedSet | undefined> = [];
  private readonly loads: Int32Array;
  private min = 0;

  /** `team`: member ids ascending; members are named by their index in it. */
  constructor(private readonly team: readonly string[]) {
    this.levels.push(RankedSet.full(team.length));
    this.loads = new Int32Array(team.length);
  }

  load(i: number): number {
    return this.loads[i];
  }

  /** The index of the member picked, or -1 when no member is acceptable. Loads are not changed. */
  pick(rng: Rng, accept: (i: number) => boolean, prefer?: (i: number) => boolean): number {
    for (let l = this.min; l < this.levels.length; l++) {
      const b = this.levels[l]!;
      const n = b.size;
      if (!n) continue;
      // a partial Fisher–Yates over the bucket's positions; the swap map is made only if the first probe is refused.
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
        const x = b.select(at);
        if (!accept(x)) continue;
        if (!prefer || prefer(x)) return x;
        if (fallback < 0) fallback = x;
      }
      if (fallback >= 0) return fallback;
    }
    return -1;
  }

  /** The member takes one more object: it moves to the next bucket (buckets stay in team order by construction). */
  take(x: number): void {
    const l = this.loads[x];
    this.levels[l]!.remove(x);
    if (l + 1 === this.levels.length) this.levels.push(RankedSet.empty(this.team.length));
    this.levels[l + 1]!.add(x);
    this.loads[x] = l + 1;
    while (this.min < this.levels.length - 1 && !this.levels[this.min]!.size) this.levels[this.min++] = undefined; // never probed again
  }
}

/**
 * A set of integers in [0, n) that names its k-th smallest member in O(log n) (a Fenwick tree of counts):
 * a bucket probed at random positions, members moving between buckets 100,000 times in a large draw.
 */
class RankedSet {
  size = 0;
  private constructor(private readonly tree: Int32Array, private readonly top: number) {}

  static empty(n: number): RankedSet {
    let top = 1;
    while (top * 2 <= n) top *= 2;
    return new RankedSet(new Int32Array(n + 1), top);
  }

  static full(n: number): RankedSet {
    const s = RankedSet.empty(n);
    for (let i = 1; i <= n; i++) {
      s.tree[i] += 1;
      const up = i + (i & -i);
      if (up <= n) s.tree[up] += s.tree[i];
    }
    s.size = n;
    return s;
  }

  add(x: number): void {
    for (let i = x + 1; i < this.tree.length; i += i & -i) this.tree[i]++;
    this.size++;
  }

  remove(x: number): void {
    for (let i = x + 1; i < this.tree.length; i += i & -i) this.tree[i]--;
    this.size--;
  }

  /** The member at position k (0-based) in ascending order. */
  select(k: number): number {
    let pos = 0;
    let rest = k;
    for (let step = this.top; step > 0; step >>= 1) {
      const next = pos + step;
      if (next < this.tree.length && this.tree[next] <= rest) {
        pos = next;
        rest -= this.tree[next];
      }
    }
    return pos; // tree index pos + 1 holds the member pos
  }
}
