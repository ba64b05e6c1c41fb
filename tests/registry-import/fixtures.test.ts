import { describe, expect, it } from 'vitest';
import { bucketsAddUp, MemoryStore, runImport, SpreadsheetRefused, type RawRow } from '../../src/core/registry-import';
import { readSpreadsheet } from '../../src/core/registry-import/spreadsheet';
import { Inspector, ObjectRecord } from '../../src/core/model';
import { fixture, rowsOf } from './read-file';

async function importFile(name: string, kind: 'objects' | 'inspectors' = 'objects', store = new MemoryStore()) {
  const { rows, encoding } = await rowsOf(name);
  async function* batches() {
    for (let i = 0; i < rows.length; i += 2) yield rows.slice(i, i + 2);
  }
  const r = await runImport({ kind, batches: batches(), store, chunkSize: 2 });
  return { r, store, encoding, rows };
}

type Expect = { read: number; imported: number; updated?: number; duplicate?: number; rejected?: number; warnings?: number; problem?: RegExp; encoding?: string; reasons?: RegExp[] };

/** Every fixture: the counts it must give (they always add up), and the messages it must show. */
const TABLE: Array<[string, Expect]> = [
  ['objects.csv', { read: 3, imported: 3, encoding: 'utf-8' }],
  ['gbk.csv', { read: 3, imported: 3, encoding: 'gb18030' }],
  ['utf16.csv', { read: 3, imported: 3, encoding: 'utf-16le' }],
  ['mixed-line-endings.csv', { read: 3, imported: 3 }],
  ['quoted-newlines.csv', { read: 3, imported: 3 }],
  ['proto-headers.csv', { read: 3, imported: 3 }],
  ['duplicates.csv', { read: 5, imported: 3, duplicate: 2 }],
  ['bad-check-digit.csv', { read: 7, imported: 2, rejected: 5, warnings: 1, reasons: [/格式不对|既不是/, /缺少统一社会信用代码/, /缺少企业名称/, /A、B、C、D/, /不是真实日期（2020-02-30）/] }],
  ['objects.xlsx', { read: 3, imported: 3 }],
  ['objects.xls', { read: 3, imported: 3 }],
  ['codes-as-numbers.xlsx', { read: 3, imported: 2, rejected: 1, reasons: [/存成了数字.*已失真/] }],
  ['formula.xlsx', { read: 3, imported: 2, rejected: 1, reasons: [/公式/] }],
  ['huge-dimension.xlsx', { read: 3, imported: 3 }],
  ['header-only.csv', { read: 0, imported: 0 }],
  ['empty.csv', { read: 0, imported: 0, problem: /文件是空的/ }],
  ['wrong-headers.csv', { read: 0, imported: 0, problem: /找不到必需的列：企业名称/ }],
  ['inspectors.csv', { read: 4, imported: 2, rejected: 2, reasons: [/缺少姓名/, /缺少执法证号或身份证号/] }],
];

describe('registry fixtures', () => {
  it.each(TABLE)('%s', async (name, e) => {
    const { r, store, encoding } = await importFile(name, name.startsWith('inspectors') ? 'inspectors' : 'objects');
    if (e.encoding) expect(encoding).toBe(e.encoding);
    if (e.problem) {
      expect(r.ok).toBe(false);
      expect(r.prepared.problems.map((p) => p.zh).join('\n')).toMatch(e.problem);
      return;
    }
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const c = r.counts;
    expect({ read: c.read, imported: c.imported, updated: c.updated, duplicate: c.duplicate, rejected: c.rejected }).toEqual({ read: e.read, imported: e.imported, updated: e.updated ?? 0, duplicate: e.duplicate ?? 0, rejected: e.rejected ?? 0 });
    if (e.warnings !== undefined) expect(c.warnings).toBe(e.warnings);
    expect(bucketsAddUp(c)).toBe(true);
    expect(store.rejected).toHaveLength(c.rejected);
    for (const re of e.reasons ?? []) expect(store.rejected.map((x) => x.reason.zh).join('\n')).toMatch(re);
    // What was kept is a model record, every one.
    for (const { record } of store.records.values()) expect((name.startsWith('inspectors') ? Inspector : ObjectRecord).safeParse(record).success).toBe(true);
  });

  it('keeps 18-character codes exact and reads Chinese text the same from every encoding', async () => {
    const names = async (f: string) => [...(await importFile(f)).store.records.values()].map((x) => `${x.record.id}:${(x.record as ObjectRecord).name}`);
    const want = await names('objects.csv');
    expect(want[0]).toMatch(/^91110106000000001.:北京东城餐饮有限公司$/);
    for (const f of ['gbk.csv', 'utf16.csv', 'mixed-line-endings.csv', 'objects.xlsx', 'objects.xls', 'huge-dimension.xlsx']) expect(await names(f)).toEqual(want);
  });

  it('keeps line breaks and quotes inside quoted fields', async () => {
    const { store } = await importFile('quoted-newlines.csv');
    const recs = [...store.records.values()].map((x) => x.record as ObjectRecord);
    expect(recs[0].name).toBe('北京"东城"餐饮\r\n有限公司');
    expect(recs[1].address).toBe('西城区\n西单北大街2号,3层');
    expect(recs[2].name).toBe('南苑药店有限公司');
  });

  it('names the row of a duplicate and of a rejected row', async () => {
    const d = await importFile('duplicates.csv');
    expect(d.store.notes.filter((n) => n.kind === 'duplicate').map((n) => [n.row, n.reason.zh])).toEqual([
      [4, expect.stringMatching(/与第 2 行重复/)],
      [5, expect.stringMatching(/与第 3 行重复/)],
    ]);
    const b = await importFile('bad-check-digit.csv');
    expect(b.store.rejected.map((x) => x.row)).toEqual([3, 4, 5, 6, 7]);
    expect(b.store.notes.find((n) => n.kind === 'warning')).toMatchObject({ row: 2, reason: { zh: expect.stringMatching(/校验位不符.*已保留/) } });
  });

  it('__proto__ and constructor headers pollute nothing', async () => {
    const { store } = await importFile('proto-headers.csv');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    for (const { record } of store.records.values()) {
      expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
      expect(Object.keys(record)).not.toContain('__proto__');
      expect(Object.keys(record)).not.toContain('constructor');
    }
  });

  it('importing the same file again changes nothing: every row is a duplicate', async () => {
    const first = await importFile('objects.csv');
    const before = JSON.stringify([...first.store.records]);
    const again = await importFile('objects.csv', 'objects', first.store);
    expect(again.r.ok && again.r.counts).toMatchObject({ read: 3, imported: 0, updated: 0, duplicate: 3, rejected: 0 });
    expect(JSON.stringify([...again.store.records])).toBe(before);
  });

  it('a changed row is counted as updated', async () => {
    const first = await importFile('objects.csv');
    const { r } = await importFile('duplicates.csv', 'objects', first.store);
    expect(r.ok && r.counts).toMatchObject({ read: 5, imported: 0, updated: 0, duplicate: 5 });
    const second = await importFile('quoted-newlines.csv', 'objects', first.store);
    expect(second.r.ok && second.r.counts).toMatchObject({ read: 3, updated: 2, duplicate: 1 });
  });

  it.each([
    ['zip-bomb.xlsx', /超过上限/],
    ['zip-bomb-lying.xlsx', /解压后超过声明或上限.*压缩炸弹/],
  ])('%s is refused with a clear message, quickly', async (name, re) => {
    const t = performance.now();
    const err = await readSpreadsheet(fixture(name)).catch((e) => e);
    expect(err).toBeInstanceOf(SpreadsheetRefused);
    expect((err as SpreadsheetRefused).zh).toMatch(re);
    expect(performance.now() - t).toBeLessThan(5000);
  });

  it('a huge declared dimension is read as its data, with a note', async () => {
    const s = await readSpreadsheet(fixture('huge-dimension.xlsx'));
    expect(s.rows.length).toBeLessThanOrEqual(5);
    expect(s.notes.map((n) => n.zh).join()).toMatch(/A1:XFD1048576/);
  });

  it('a damaged spreadsheet is refused, not a crash', async () => {
    const b = fixture('objects.xlsx').slice(0, 3000);
    await expect(readSpreadsheet(b)).rejects.toBeInstanceOf(SpreadsheetRefused);
  });
});

export type { RawRow };
