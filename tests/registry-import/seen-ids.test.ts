import { describe, expect, it } from 'vitest';
import seedrandom from 'seedrandom';
import { SeenIds } from '../../src/core/registry-import/seen-ids';

describe('SeenIds: the ids an import accepted, with the row each first came from', () => {
  it('agrees with a Map on 200,000 random codes with repeats, CJK and astral ids, and ids that are prefixes of others', () => {
    const rnd = seedrandom('seen-ids');
    const alphabet = ['0', '1', '9', 'A', 'X', '甲', '乙', '\u{20000}', 'é'];
    const seen = new SeenIds();
    const ref = new Map<string, number>();
    for (let row = 1; row <= 200_000; row++) {
      const id = Array.from({ length: 1 + Math.floor(rnd() * 8) }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join('');
      expect(seen.get(id)).toBe(ref.get(id));
      expect(seen.firstRow(id, row)).toBe(ref.get(id));
      if (!ref.has(id)) ref.set(id, row);
    }
    expect(seen.size).toBe(ref.size);
    // Repeats were met (the alphabet is small); a repeat keeps the first row; every id found again after all the growth.
    expect(ref.size).toBeLessThan(150_000);
    const [first] = ref;
    expect([seen.firstRow(first[0], 999_999), seen.get(first[0]), seen.get('')]).toEqual([first[1], first[1], undefined]);
    for (const [id, row] of ref) if (seen.get(id) !== row) expect([id, seen.get(id)]).toEqual([id, row]);
  });
});
