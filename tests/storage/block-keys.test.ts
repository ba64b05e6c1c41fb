import { describe, expect, it } from 'vitest';
import type { ObjectRecord } from '../../src/core/model';
import { SeenIds } from '../../src/core/registry-import/seen-ids';
import { FLAGS, KeptKeys, keyColumns, keyCount, keyIds, keyPrefixHits, keysOf, POSTED_FIELDS, SPECIAL_FLAG_BIT } from '../../src/storage/block-keys';

// Objects with every posted field present, absent or shared, every flag on and off, names with newlines and astral characters.
const objects = Array.from({ length: 40 }, (_, i) => {
  const o: Record<string, unknown> = { id: `9111${String(i).padStart(14, '0')}`, name: i % 7 === 3 ? '' : `东城𠮷野家\n${i}号店`, checksThisYear: i % 4, flags: {} };
  if (i % 3) o.creditClass = 'ABCD'[i % 4];
  if (i % 5) o.industry = ['餐饮服务', '批发', '零售'][i % 3];
  o.region = `街道${i % 6}`;
  if (i % 2) o.registrationOffice = `分局${i}`;
  if (i % 9) o.type = '有限责任公司';
  if (i % 4 === 1) o.scale = '小微';
  FLAGS.forEach((f, b) => i & (1 << b) && ((o.flags as Record<string, boolean>)[f] = true));
  if (i % 8 === 5) o.specialIndustry = true;
  return o as unknown as ObjectRecord;
});

describe('block key rows stored packed', () => {
  it('give back each row’s id, name, posted values, flags and checks as the objects hold them', () => {
    const k = keyColumns(keysOf('objects', 3, 7, objects));
    expect(k.block).toBe(7);
    expect(k.ids).toEqual(objects.map((o) => o.id));
    expect(k.names).toEqual(objects.map((o) => o.name));
    for (const f of POSTED_FIELDS) expect(k.cols?.[f]).toEqual(objects.map((o) => o[f]));
    objects.forEach((o, i) => {
      const want = FLAGS.reduce((bits, f, b) => bits | (o.flags[f] ? 1 << b : 0), o.specialIndustry ? SPECIAL_FLAG_BIT : 0);
      expect([k.flags?.[i], k.checks?.[i]]).toEqual([want, o.checksThisYear]);
    });
  });

  it('store a few strings and typed arrays, not a string per row and field', () => {
    const row = keysOf('objects', 3, 7, objects);
    expect([row.ids, row.names, row.cols, typeof row.idText, typeof row.nameText, row.codes instanceof Uint16Array, row.flags instanceof Uint8Array, row.checks instanceof Uint32Array]).toEqual([undefined, undefined, undefined, 'string', 'string', true, true, true]);
    expect([keyCount(row), keyIds(row)]).toEqual([objects.length, objects.map((o) => o.id)]);
    // Each distinct value once, shared by the fields and rows that hold it.
    expect(row.dict!.length).toBe(new Set(POSTED_FIELDS.flatMap((f) => objects.map((o) => o[f]).filter((v) => v !== undefined))).size);
  });

  it('read rows written before (arrays per column) as they were', () => {
    const old = { kind: 'objects' as const, gen: 1, block: 0, ids: ['A1', 'A2'], names: ['甲', '乙'], cols: { industry: ['批发', undefined] }, flags: [1, 0] };
    expect(keyColumns(old)).toEqual({ block: 0, ids: ['A1', 'A2'], names: ['甲', '乙'], cols: { industry: ['批发', undefined] }, flags: [1, 0], checks: undefined });
  });

  it('find ids and names by prefix in place, packed or not, a prefix longer than the row never matching the next row', () => {
    const rows = [{ id: 'AB', name: '东城' }, { id: 'A', name: '' }, { id: 'BA', name: '东' }, { id: 'ABC', name: '西城东' }] as never[];
    const packedRow = keysOf('inspectors', 1, 0, rows);
    const old = { kind: 'inspectors' as const, gen: 1, block: 0, ids: ['AB', 'A', 'BA', 'ABC'], names: ['东城', '', '东', '西城东'] };
    for (const k of [packedRow, old]) {
      const hits = (code: boolean, prefix: string) => {
        const out: number[] = [];
        keyPrefixHits(k, code, prefix, (i) => out.push(i));
        return out;
      };
      // 'AB' must not match row 1 ('A') followed by row 2 ('BA') in the joined text.
      expect([hits(true, 'AB'), hits(true, 'A'), hits(true, 'B'), hits(false, '东'), hits(false, '东城'), hits(true, 'X')]).toEqual([[0, 3], [0, 1, 3], [2], [0, 2], [0], []]);
    }
  });

  it('an inspectors block keeps ids and names only', () => {
    const k = keyColumns(keysOf('inspectors', 1, 0, [{ id: '执1', name: '王伟' } as never, { id: '执2', name: '李娜' } as never]));
    expect([k.ids, k.names, k.cols, k.flags]).toEqual([['执1', '执2'], ['王伟', '李娜'], undefined, undefined]);
  });
});

describe('the sizes and posting lists gathered as the blocks are written', () => {
  const blocks = [objects.slice(0, 15), objects.slice(15, 16), objects.slice(16)];
  const rows = blocks.map((b, k) => keysOf('objects', 2, k, b));
  // The posting lists as the switch reads them from the stored rows: each value of each field, flags by name.
  const wanted = () => {
    const lists = new Map<string, number[]>();
    blocks.forEach((b, k) =>
      b.forEach((o, i) => {
        const r = k * 65536 + i;
        for (const f of POSTED_FIELDS) if (o[f] !== undefined) lists.set(`${f}|${o[f]}`, [...(lists.get(`${f}|${o[f]}`) ?? []), r]);
        for (const f of FLAGS) if (o.flags[f]) lists.set(`flag|${f}`, [...(lists.get(`flag|${f}`) ?? []), r]);
      }),
    );
    return Object.fromEntries([...lists].sort());
  };

  it('are those of the key rows, each list in storage order', () => {
    const kept = new KeptKeys();
    rows.forEach((r) => kept.add(r));
    expect(kept.sizes).toEqual([15, 1, 24]);
    // Batches of at least 5 references (a list is never split): every list once, whatever the batch.
    const batches = [...kept.takePostings(2, 5)];
    expect(batches.length).toBeGreaterThan(1);
    batches.slice(0, -1).forEach((b) => expect(b.reduce((n, p) => n + p.refs.length, 0)).toBeGreaterThanOrEqual(5));
    const all = batches.flat();
    const got = Object.fromEntries(all.map((p) => [`${p.field}|${p.value}`, Array.from(p.refs)]).sort());
    expect(got).toEqual(wanted());
    expect(all.length).toBe(Object.keys(got).length);
    expect(all.every((p) => p.gen === 2 && p.kind === 'objects' && p.refs.buffer.byteLength === p.refs.byteLength)).toBe(true);
    // Taken once: the lists are released as they go.
    expect([...kept.takePostings(2, 5)]).toEqual([]);
    // The rows kept for the draw index then hold the codes of class and industry only, the same codes as before.
    const left = kept.takeRows()!;
    // Kept narrow: ids of one width (18) without their ends, checks a byte each.
    expect(left.map((r) => [r.idWidth, r.idEnds, r.checks instanceof Uint8Array, keyIds(r), Array.from(r.checks!)])).toEqual(
      blocks.map((b) => [18, undefined, true, b.map((o) => o.id), b.map((o) => o.checksThisYear)]),
    );
    expect(left.map((r) => [r.codeFields, r.codes!.length])).toEqual(blocks.map((b) => [['creditClass', 'industry'], 2 * b.length]));
    left.forEach((r, k) => {
      const n = blocks[k].length;
      const was = (f: string) => Array.from(rows[k].codes!.subarray(POSTED_FIELDS.indexOf(f as never) * n, (POSTED_FIELDS.indexOf(f as never) + 1) * n));
      expect([Array.from(r.codes!.subarray(0, n)), Array.from(r.codes!.subarray(n))]).toEqual([was('creditClass'), was('industry')]);
    });
  });

  it('keep every reference of a long list across blocks (a province’s flag lists run to millions), in order', () => {
    const big = Array.from({ length: 150_000 }, (_, i) => ({ id: `B${i}`, industry: '零售', flags: i % 3 ? {} : { complaint: true }, checksThisYear: 0 }) as unknown as ObjectRecord);
    const kept = new KeptKeys();
    kept.add(keysOf('objects', 5, 0, big.slice(0, 100_000)));
    kept.add(keysOf('objects', 5, 1, big.slice(100_000)));
    const lists = Object.fromEntries([...kept.takePostings(5, Infinity)].flat().map((p) => [p.field, p.refs]));
    const ref = (i: number) => (i < 100_000 ? i : 65536 + i - 100_000);
    // Compared as a count and the first difference: a diff of 150,000 numbers takes minutes to print.
    const firstDifference = (got: Uint32Array, want: number[]) => [got.length, want.findIndex((w, i) => got[i] !== w)];
    expect(firstDifference(lists.industry, big.map((_, i) => ref(i)))).toEqual([150_000, -1]);
    expect(firstDifference(lists.flag, big.flatMap((_, i) => (i % 3 ? [] : [ref(i)])))).toEqual([50_000, -1]);
  });

  it('keep no ids of their own while the blocks hold the ids the import accepted, in order; otherwise keep them', () => {
    const ids = objects.map((o) => o.id);
    const accepted = (list: string[]) => {
      const seen = new SeenIds();
      list.forEach((id, row) => seen.firstRow(id, row + 2));
      return seen;
    };
    // Every block's ids follow on: the index takes SeenIds' units whole, and the rows hold none.
    const seen = accepted(ids);
    const whole = new KeptKeys(seen);
    rows.forEach((r) => whole.add(r));
    expect(whole.takeIds()).toBe(seen.ids);
    expect(whole.takeRows()!.map((r) => [r.seenIds, r.idText, r.idEnds])).toEqual([[{ from: 0, count: 15 }, undefined, undefined], [{ from: 15, count: 1 }, undefined, undefined], [{ from: 16, count: 24 }, undefined, undefined]]);
    // An id accepted that no block holds (every accepted row is written today; checked all the same) before the second
    // block: from there the rows keep their ids, and the first block's are given back as text (not taken whole).
    const extra = new KeptKeys(accepted([...ids.slice(0, 15), '91110000000000000X', ...ids.slice(15)]));
    rows.forEach((r) => extra.add(r));
    expect(extra.takeIds()).toBeUndefined();
    const back = extra.takeRows()!;
    expect(back.map((r) => [r.seenIds, keyIds(r)])).toEqual(blocks.map((b) => [undefined, b.map((o) => o.id)]));
    // Fewer accepted than written (a merge appends the library's untouched rows): not whole either.
    const short = new KeptKeys(accepted(ids.slice(0, 16)));
    rows.forEach((r) => short.add(r));
    expect([short.takeIds(), short.takeRows()!.map((r) => keyIds(r))]).toEqual([undefined, blocks.map((b) => b.map((o) => o.id))]);
  });

  it('are given up when a block comes out of order (a resumed import) or unpacked: the switch then reads the rows', () => {
    const resumed = new KeptKeys();
    resumed.add(rows[1]);
    const old = new KeptKeys();
    old.add({ kind: 'objects', gen: 2, block: 0, ids: ['A'], names: ['甲'] });
    expect([resumed.spoiled, old.spoiled, [...resumed.takePostings(2, 5)]]).toEqual([true, true, []]);
  });
});
