import { describe, expect, it } from 'vitest';
import { IdUnits } from '../../src/core/draw/id-units';
import { sortIds } from '../../src/core/draw/sort-ids';

const reference = (ids: string[]) => [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

describe('IdUnits: ids as code units in one typed array', () => {
  it('gives back every id, 8-bit while the units fit and 16-bit from the first that does not', () => {
    const t = new IdUnits(6, 4);
    for (const id of ['91110106000000001X', 'É', '']) t.push(id);
    expect(t.units).toBeInstanceOf(Uint8Array);
    t.push('甲乙0001');
    t.push('x\u{20000}y');
    t.push('packed|O7|tail', 7, 9);
    expect(t.units).toBeInstanceOf(Uint16Array);
    expect(Array.from({ length: t.count }, (_, i) => t.at(i))).toEqual(['91110106000000001X', 'É', '', '甲乙0001', 'x\u{20000}y', 'O7']);
    expect([t.equal(0, 0), t.equal(0, 1), t.equal(2, 2)]).toEqual([true, false, true]);
  });

  it('takes a packed column whole: ASCII by one copy into 8-bit units, anything else unit by unit (widening)', () => {
    const t = new IdUnits(8, 2);
    t.push('Z9');
    t.pushPacked('A1B22C333', [2, 5, 9]);
    expect(t.units).toBeInstanceOf(Uint8Array);
    t.pushPacked('É甲x', [1, 2, 3]);
    expect(t.units).toBeInstanceOf(Uint16Array);
    // ASCII after widening: unit by unit into the 16-bit array.
    t.pushPacked('Q', [1]);
    expect(Array.from({ length: t.count }, (_, i) => t.at(i))).toEqual(['Z9', 'A1', 'B22', 'C333', 'É', '甲', 'x', 'Q']);
    // Past the room made at the start: the arrays grow, nothing is dropped.
    t.push('R');
    const small = new IdUnits(1, 1);
    small.pushPacked('AB', [1, 2]);
    for (let i = 0; i < 40; i++) small.push(`N${i}`);
    expect([t.at(8), small.count, small.at(1), small.at(41), small.is(41, 'N39'), small.is(41, 'N3'), small.is(0, 'A')]).toEqual(['R', 42, 'B', 'N39', true, false, true]);
    // An id far longer than a call's arguments allow, given back whole.
    const long = `X${'甲'.repeat(300_000)}Y`;
    small.push(long);
    expect(small.at(42) === long).toBe(true);
  });

  it('takes a packed column of one width (no ends): ASCII by one copy, anything else unit by unit', () => {
    const t = new IdUnits(2, 2);
    t.pushPacked('AB1CD2EF3', 3);
    t.pushPacked('甲乙丙丁', 2);
    expect([t.count, ...Array.from({ length: t.count }, (_, i) => t.at(i))]).toEqual([5, 'AB1', 'CD2', 'EF3', '甲乙', '丙丁']);
  });

  it('joins ids in a given order as a chunk of the draw index, and declines ids holding a newline or a surrogate', () => {
    const t = IdUnits.of(['B2', '甲', 'A1', 'C\n3', 'D\u{20000}']);
    const order = Uint32Array.from([2, 0, 1, 3, 4]);
    const j = t.joined(order, 0, 3)!;
    expect(j.text).toBe('A1\nB2\n甲');
    expect([Array.from(j.ends!), j.width]).toEqual([[2, 5, 7], undefined]);
    expect(j.text.slice(j.ends![0] + 1, j.ends![1])).toBe('B2');
    expect([t.joined(order, 2, 4), t.joined(order, 4, 5)]).toEqual([undefined, undefined]);
    expect(t.joined(order, 1, 1)).toEqual({ text: '', ends: new Uint32Array(0) });
  });

  it('joins 8-bit ids: ASCII from bytes, Latin-1 letters beyond ASCII through the UTF-16 path, a newline declined', () => {
    const ascii = IdUnits.of(['91440300MA5F000002', '91440300MA5F000001', 'x']);
    expect(ascii.units).toBeInstanceOf(Uint8Array);
    const j = ascii.joined(Uint32Array.from([1, 0, 2]), 0, 3)!;
    expect([j.text, Array.from(j.ends!)]).toEqual(['91440300MA5F000001\n91440300MA5F000002\nx', [18, 37, 39]]);
    // 'É' and 'ÿ' are one byte each as units, not as UTF-8: decoded from bytes they would come out as U+FFFD.
    const latin = IdUnits.of(['É1', 'aÿ', 'b']);
    expect(latin.units).toBeInstanceOf(Uint8Array);
    const l = latin.joined(Uint32Array.from([0, 1, 2]), 0, 3)!;
    expect([l.text, Array.from(l.ends!)]).toEqual(['É1\naÿ\nb', [2, 5, 7]]);
    expect(IdUnits.of(['a', 'b\nc']).joined(Uint32Array.from([0, 1]), 0, 2)).toBeUndefined();
  });

  it('puts ids of one length end to end, with their width, in 8-bit and 16-bit units alike', () => {
    const codes = IdUnits.of(['91440300MA5F000002', '91440300MA5F000001', '91440300MA5F00000X']);
    expect(codes.joined(Uint32Array.from([1, 0, 2]), 0, 3)).toEqual({ text: '91440300MA5F00000191440300MA5F00000291440300MA5F00000X', width: 18 });
    expect(codes.joined(Uint32Array.from([1, 0, 2]), 1, 2)).toEqual({ text: '91440300MA5F000002', width: 18 });
    const latin = IdUnits.of(['É1', 'aÿ']);
    expect(latin.joined(Uint32Array.from([0, 1]), 0, 2)).toEqual({ text: 'É1aÿ', width: 2 });
    const wide = IdUnits.of(['甲1', '乙2', 'A3']);
    expect(wide.units).toBeInstanceOf(Uint16Array);
    expect(wide.joined(Uint32Array.from([2, 0, 1]), 0, 3)).toEqual({ text: 'A3甲1乙2', width: 2 });
    // One length still declines a newline inside an id.
    expect(IdUnits.of(['a\nb', 'cde']).joined(Uint32Array.from([0, 1]), 0, 2)).toBeUndefined();
  });

  it('sort in canonical order whether given as strings or packed, 16-bit units included', () => {
    const ids = ['b', '甲2', 'a', '', '甲1', 'A', '\uffff', 'É', 'a'];
    const want = reference(ids);
    expect(Array.from(sortIds(ids), (i) => ids[i])).toEqual(want);
    const t = IdUnits.of(ids);
    expect(Array.from(sortIds(t), (i) => t.at(i))).toEqual(want);
  });
});
