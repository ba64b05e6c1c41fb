/**
 * The draw's generator (algorithm version 2): SHA-256 in counter mode, as RFC 3797 derives its
 * selections from a hash. Each stage of a draw reads its own stream:
 *
 *   stageKey = SHA-256(seed ‖ UTF-8(label))               seed: the 32 bytes of the record's seed
 *   block_i  = SHA-256(stageKey ‖ uint64_be(i))           i = 0, 1, 2, … (40 bytes: one compression)
 *   words    = block_0[0..3], block_0[4..7], …, block_1[0..3], …   (big-endian uint32, 8 per block)
 *
 * Integers below n take words in order and reject those at or above 2^32 − (2^32 mod n), so every
 * value is equally likely (docs/draw-spec.md §3).
 */
import { compress, sha256Bytes, SHA256_IV } from './sha256';
import { utf8 } from './canonical';
import { scratchInt32 } from './scratch';

export interface Rng {
  /** A uniform integer in [0, n), n from 1 to 2^32. */
  int(n: number): number;
}

const TWO32 = 0x100000000;

export class Stream implements Rng {
  private readonly m = new Uint32Array(16);
  private readonly block = new Uint32Array(8);
  private pos = 8;
  private counter = 0;

  constructor(seed: Uint8Array, label: string) {
    if (seed.length !== 32) throw new RangeError('the seed is 32 bytes');
    const l = utf8(label);
    const msg = new Uint8Array(32 + l.length);
    msg.set(seed);
    msg.set(l, 32);
    const key = sha256Bytes(msg);
    const v = new DataView(key.buffer);
    for (let i = 0; i < 8; i++) this.m[i] = v.getUint32(i * 4);
    // The 40-byte message's padding (FIPS 180-4 §5.1.1): 0x80, zeros, length 320 bits.
    this.m[10] = 0x80000000;
    this.m[15] = 320;
  }

  /** The next 32-bit word of the stream. */
  u32(): number {
    if (this.pos === 8) {
      this.m[8] = Math.floor(this.counter / TWO32);
      this.m[9] = this.counter >>> 0;
      this.counter++;
      this.block.set(SHA256_IV);
      compress(this.block, this.m);
      this.pos = 0;
    }
    return this.block[this.pos++];
  }

  int(n: number): number {
    if (!Number.isInteger(n) || n < 1 || n > TWO32) throw new RangeError(`cannot draw an integer below ${n}`);
    const limit = TWO32 - (TWO32 % n);
    for (;;) {
      const x = this.u32();
      if (x < limit) return x % n;
    }
  }
}

/**
 * k distinct indices of [0, n) in draw order: a partial Fisher–Yates shuffle where untouched positions
 * hold themselves and only swaps are remembered, so time is O(k).
 * Step i: j = i + int(n − i); out[i] = a[j]; a[j] = a[i].
 * The swaps go in a typed array over [0, n) when k is a fair share of n (a draw of 5% of a million: one
 * 4 MB table instead of a hash map of 50,000 entries), in a sparse map otherwise (memory O(k)); the
 * indices drawn are the same either way.
 */
export function sampleIndices(rng: Rng, n: number, k: number): number[] {
  if (k > n) throw new RangeError(`cannot draw ${k} of ${n}`);
  const out: number[] = new Array(k);
  if (k * 64 >= n) {
    // at[p] = 1 + the value at position p once it has been swapped, 0 while it holds itself.
    const at = scratchInt32('sample-swaps', n);
    for (let i = 0; i < k; i++) {
      const j = i + rng.int(n - i);
      const aj = at[j];
      out[i] = aj ? aj - 1 : j;
      const ai = at[i];
      at[j] = ai ? ai : i + 1;
    }
    return out;
  }
  const swapped = new Map<number, number>();
  for (let i = 0; i < k; i++) {
    const j = i + rng.int(n - i);
    out[i] = swapped.get(j) ?? j;
    swapped.set(j, swapped.get(i) ?? i);
  }
  return out;
}
