// The helper hashes registries with node:crypto, fed line by line; it must give the specification's
// rowsHash (docs/draw-spec.md §2.2) exactly as the pure SHA-256 over whole chunks does.
import { describe, expect, it } from 'vitest';
import { defaultListHasher, rowsHash, ROWS_PER_CHUNK } from '../../src/core/draw';
import { nodeListHasher } from '../../src/helper/node-hash';

const line = (i: number) => JSON.stringify({ id: `O${i}`, name: i % 3 ? `甲食品${i}` : `𠮷野家 "${i}"\\`, checksThisYear: i % 4 });

describe('nodeListHasher', () => {
  for (const n of [0, 1, ROWS_PER_CHUNK - 1, ROWS_PER_CHUNK, ROWS_PER_CHUNK + 1, 2 * ROWS_PER_CHUNK + 7])
    it(`gives the pure rowsHash of ${n} lines (chunk boundaries included)`, () => {
      const lines = Array.from({ length: n }, (_, i) => line(i));
      const want = rowsHash(lines);
      expect(nodeListHasher(lines)).toBe(want);
      expect(defaultListHasher(lines)).toBe(want);
    });

  it('is the spec vector for the empty list', () => {
    expect(nodeListHasher([])).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});
