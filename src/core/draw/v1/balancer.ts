import type { Rng } from './rng';

/**
 * Spreads work evenly: inspectors are kept in buckets by how many objects they already have, and a
 * pick probes the lowest bucket in random order (a lazy partial Fisher–Yates), so ties are broken
 * at random and each pick costs O(1) expected, whatever the size of the team.
 */
export class Balancer {
  private readonly buckets: string[][] = [[]];
  private readonly index = new Map<string, number>();
  private readonly loads = new Map<string, number>();
  private min = 0;

  constructor(team: readonly string[]) {
    for (const id of team) {
      this.index.set(id, this.buckets[0].length);
      this.buckets[0].push(id);
      this.loads.set(id, 0);
    }
  }

  load(id: string): number {
    return this.loads.get(id) ?? 0;
  }

  /**
   * The least-loaded acceptable member, at random among equals; among those, one that `prefer`s
   * when there is one at that load. Does not change loads: call take() once the pick stands.
   */
  pick(rng: Rng, accept: (id: string) => boolean, prefer?: (id: string) => boolean): string | undefined {
    let j0 = 0;
    for (let l = this.min; l < this.buckets.length; l++) {
      const b = this.buckets[l];
      if (!b.length) continue;
      // The first probe needs no bookkeeping; the swap map is made only if it is rejected.
      let swapped: Map<number, number> | undefined;
      let fallback: string | undefined;
      for (let i = 0; i < b.length; i++) {
        const j = i + rng.int(b.length - i);
        let at = j;
        if (i > 0) {
          swapped ??= new Map([[j0, 0]]);
          at = swapped.get(j) ?? j;
          swapped.set(j, swapped.get(i) ?? i);
        } else j0 = j;
        const id = b[at];
        if (!accept(id)) continue;
        if (!prefer || prefer(id)) return id;
        fallback ??= id;
      }
      if (fallback) return fallback;
    }
    return undefined;
  }

  take(id: string): void {
    const l = this.loads.get(id)!;
    const b = this.buckets[l];
    const i = this.index.get(id)!;
    const last = b.pop()!;
    if (last !== id) {
      b[i] = last;
      this.index.set(last, i);
    }
    (this.buckets[l + 1] ??= []).push(id);
    this.index.set(id, this.buckets[l + 1].length - 1);
    this.loads.set(id, l + 1);
    while (this.min < this.buckets.length - 1 && !this.buckets[this.min].length) this.min++;
  }
}
