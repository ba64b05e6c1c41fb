// The balancer keeps each load's members in a Fenwick set; the specification (docs/draw-spec.md §6) speaks
// of buckets in team order. Checked against that written out: sorted arrays, the member at a position read
// directly, on long random sequences of picks (with refusals and preferences) and takes.
import { describe, expect, it } from 'vitest';
import { Balancer } from '../../src/core/draw/balancer';
import { previewSeed, Stream, type Rng } from '../../src/core/draw';

class Reference {
  buckets: number[][];
  loads: number[];
  constructor(n: number) {
    this.buckets = [Array.from({ length: n }, (_, i) => i)];
    this.loads = new Array(n).fill(0);
  }
  pick(rng: Rng, accept: (i: number) => boolean, prefer?: (i: number) => boolean): number {
    for (const b of this.buckets) {
      const a = [...b];
      let fallback = -1;
      for (let i = 0; i < a.length; i++) {
        const j = i + rng.int(a.length - i);
        [a[i], a[j]] = [a[j], a[i]];
        const x = a[i];
        if (!accept(x)) continue;
        if (!prefer || prefer(x)) return x;
        if (fallback < 0) fallback = x;
      }
      if (fallback >= 0) return fallback;
    }
    return -1;
  }
  take(x: number) {
    const l = this.loads[x]++;
    this.buckets[l] = this.buckets[l].filter((y) => y !== x);
    (this.buckets[l + 1] ??= []).push(x);
    this.buckets[l + 1].sort((a, b) => a - b);
  }
}

describe('Balancer', () => {
  for (const n of [1, 2, 7, 64, 100, 440])
    it(`picks as the bucket-in-team-order reference does, team of ${n}`, () => {
      const ids = Array.from({ length: n }, (_, i) => `ZF${String(i).padStart(4, '0')}`);
      const fast = new Balancer(ids);
      const ref = new Reference(n);
      const [r1, r2, choice] = [new Stream(previewSeed(`b${n}`), 'match'), new Stream(previewSeed(`b${n}`), 'match'), new Stream(previewSeed(`c${n}`), 'x')];
      for (let step = 0; step < 3000; step++) {
        // Some members refused, an odd set preferred, now and then: as recusal and joint tasks do.
        const refused = new Set(Array.from({ length: choice.int(3) }, () => choice.int(n)));
        const odd = choice.int(4) === 0;
        const accept = (x: number) => !refused.has(x);
        const prefer = odd ? (x: number) => x % 2 === 1 : undefined;
        const x = fast.pick(r1, accept, prefer);
        expect(x).toBe(ref.pick(r2, accept, prefer));
        if (x >= 0) {
          fast.take(x);
          ref.take(x);
          expect(fast.load(x)).toBe(ref.loads[x]);
        }
      }
    });
});
