import seedrandom from 'seedrandom';

/** The named generator: seedrandom's ARC4 (its default), keyed by the seed string only. */
export const PRNG_ID = 'seedrandom-3.0.5/arc4';

export interface Rng {
  /** A uniform integer in [0, n), without modulo bias. */
  int(n: number): number;
}

/**
 * Uniform integers by rejection on 32-bit outputs: values at or above the largest multiple of n
 * below 2^32 are drawn again, so every residue is equally likely for any n ≤ 2^32 (a plain
 * Math.floor(random() * n) is biased once n is not a power of two).
 */
export function createRng(seed: string): Rng {
  const prng = seedrandom(seed);
  const u32 = () => prng.int32() >>> 0;
  return {
    int(n: number): number {
      if (!Number.isInteger(n) || n < 1 || n > 0x100000000) throw new RangeError(`cannot draw an integer below ${n}`);
      const limit = Math.floor(0x100000000 / n) * n;
      for (;;) {
        const x = u32();
        if (x < limit) return x % n;
      }
    },
  };
}

/**
 * k distinct indices of [0, n) in draw order: a partial Fisher–Yates shuffle over a sparse map, so
 * time and memory are O(k), not O(n) (no full shuffle, no sort by random keys).
 */
export function sampleIndices(rng: Rng, n: number, k: number): number[] {
  if (k > n) throw new RangeError(`cannot draw ${k} of ${n}`);
  const swapped = new Map<number, number>();
  const out: number[] = new Array(k);
  for (let i = 0; i < k; i++) {
    const j = i + rng.int(n - i);
    const atJ = swapped.get(j) ?? j;
    out[i] = atJ;
    swapped.set(j, swapped.get(i) ?? i);
  }
  return out;
}
