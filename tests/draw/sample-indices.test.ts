// sampleIndices keeps its swaps in a typed array when k is a fair share of n and in a map otherwise:
// both must give exactly the partial Fisher–Yates of docs/draw-spec.md over a materialised array.
import { describe, expect, it } from 'vitest';
import { previewSeed, sampleIndices, Stream } from '../../src/core/draw';

/** The specification's procedure written out over the whole array [0, n). */
function reference(rng: Stream, n: number, k: number): number[] {
  const a = Array.from({ length: n }, (_, i) => i);
  const out: number[] = [];
  for (let i = 0; i < k; i++) {
    const j = i + rng.int(n - i);
    out.push(a[j]);
    a[j] = a[i];
  }
  return out;
}

const rng = (s: string) => new Stream(previewSeed(s), 'objects');

describe('sampleIndices', () => {
  // k·64 ≥ n takes the typed array; below it, the map. Both sides of the switch and its edge.
  const cases: Array<[number, number]> = [[1, 1], [5, 5], [100, 0], [100, 1], [100, 2], [640, 10], [641, 10], [1000, 15], [1000, 16], [5000, 50], [20000, 400], [20000, 20000], [100000, 1000], [100000, 2000]];
  for (const [n, k] of cases)
    it(`draws the reference's ${k} of ${n}, in the same order`, () => {
      for (const s of ['a', 'b', 'c']) expect(sampleIndices(rng(`${s}${n}/${k}`), n, k)).toEqual(reference(rng(`${s}${n}/${k}`), n, k));
    });

  it('refuses more than n', () => {
    expect(() => sampleIndices(rng('x'), 3, 4)).toThrow(RangeError);
  });
});
