import { describe, expect, it } from 'vitest';
import seedrandom from 'seedrandom';
import { sortIds } from '../../src/core/draw/sort-ids';

/** The order docs/draw-spec.md §2 fixes: UTF-16 code units, JavaScript's `<`. */
const reference = (ids: string[]) => [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

describe('sortIds: the canonical order of ids as a permutation', () => {
  it('orders by UTF-16 code units: shorter prefixes first, upper case before lower, CJK and surrogate pairs by their units', () => {
    const ids = ['b', 'a', 'ab', '', 'aa', 'a一', 'A', 'b', '9', '91110106000000001X', '9111010600000000', '\u{20000}x', '\uffff', 'Z'];
    expect(Array.from(sortIds(ids), (i) => ids[i])).toEqual(reference(ids));
  });

  it('agrees with the comparison sort on random codes of mixed length and alphabet (a stable permutation)', () => {
    const rnd = seedrandom('sort-ids');
    const alphabets = ['0123456789ABCDEFGHJKLMNPQRTUWXY', '01', '甲乙丙丁0123'];
    for (const alphabet of alphabets) {
      const ids = Array.from({ length: 5000 }, () => Array.from({ length: 1 + Math.floor(rnd() * 20) }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join(''));
      const perm = sortIds(ids);
      expect(new Set(perm).size).toBe(ids.length);
      expect(Array.from(perm, (i) => ids[i])).toEqual(reference(ids));
      // Equal ids keep their input order (duplicates are found next to each other).
      for (let k = 1; k < perm.length; k++) if (ids[perm[k - 1]] === ids[perm[k]]) expect(perm[k - 1]).toBeLessThan(perm[k]);
    }
  });
});
