/**
 * Issue 16 (Build 5): imports that never lose a row. Each case here failed before its fix: a workbook's
 * second sheet dropped (10 rows in, 4 read), a bad shared-string index crashing with TypeError, a large
 * batch spread into push() (RangeError), an unclosed quote swallowing the rest of a CSV, a million-column
 * header walked in full, and one bad byte early on turning a UTF-8 file into GB18030 without a word.
 */
import { describe, expect, it } from 'vitest';
import { bucketsAddUp, csvBatches, MemoryStore, runImport, SpreadsheetRefused, type CsvInfo, type RawRow } from '../../src/core/registry-import';
import { readSpreadsheet, spreadsheetRowBatches } from '../../src/core/registry-import/spreadsheet';
import { completeUscc } from '../../src/core/model/identifiers';
import { writeXlsx } from '../support/xlsx-writer';

const HEAD = ['统一社会信用代码', '企业名称'];
const code = (n: number) => completeUscc(`91110106${String(n).padStart(9, '0')}`);
const row = (n: number) => [code(n), `测试企业${n}有限公司`];

async function importRows(batches: AsyncIterable<RawRow[]>, readerNotes?: Array<{ zh: string; en: string; row?: number }>) {
  const store = new MemoryStore();
  const r = await runImport({ kind: 'objects', batches, store, readerNotes });
  if (!r.ok) throw new Error(r.prepared.problems.map((p) => p.zh).join());
  expect(bucketsAddUp(r.counts)).toBe(true);
  return { counts: r.counts, store };
}

async function* once<T>(x: T) {
  yield x;
}

describe('every sheet of a workbook is read', () => {
  it('10 rows on two sheets: 10 read, and the note says which rows the second sheet became', async () => {
    const bytes = await writeXlsx([
      { name: '东城', rows: () => [HEAD, ...[1, 2, 3, 4].map(row)] },
      { name: '西城', rows: () => [HEAD, ...[5, 6, 7, 8, 9, 10].map(row)] },
    ]);
    const s = await readSpreadsheet(bytes);
    expect(s.sheets).toEqual(['东城', '西城']);
    const notes = s.notes.map((n) => n.zh).join('\n');
    expect(notes).toMatch(/工作表「西城」的第 1–7 行按第 6–12 行读入；开头 1 行与第一张表的表头相同/);
    const { counts, store } = await importRows(spreadsheetRowBatches(s));
    expect(counts).toMatchObject({ read: 10, imported: 10, rejected: 0 });
    expect(store.records.has(code(10))).toBe(true);
  });

  it('a sheet without the header is read on the first sheet’s columns, and said', async () => {
    const bytes = await writeXlsx([
      { name: 'A', rows: () => [HEAD, row(1)] },
      { name: 'B', rows: () => [row(2), ['备注', '无']] },
    ]);
    const s = await readSpreadsheet(bytes);
    expect(s.notes.map((n) => n.zh).join()).toMatch(/它没有与第一张表相同的表头，按第一张表的列读取/);
    const { counts, store } = await importRows(spreadsheetRowBatches(s));
    // Both rows of B are counted: one kept, one refused with its reason.
    expect(counts).toMatchObject({ read: 3, imported: 2, rejected: 1 });
    expect(store.rejected[0].row).toBe(4);
  });

  it('a shared-string index that points nowhere is refused, naming the sheet (not a TypeError)', async () => {
    const bytes = await writeXlsx([{ name: '名录', rows: () => [HEAD, [{ sst: 0 }, { sst: 7 }]] }], [code(1)]);
    const err = await readSpreadsheet(bytes).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SpreadsheetRefused);
    expect((err as SpreadsheetRefused).zh).toMatch(/工作表「名录」已损坏.*共享字符串/);
  });
});

describe('no spread of a large batch', () => {
  it('one batch of 200,000 rows is imported whole (push(...batch) overflowed the stack)', async () => {
    const rows: RawRow[] = [{ row: 1, cells: HEAD }];
    for (let i = 1; i <= 200_000; i++) rows.push({ row: i + 1, cells: row(i) });
    const { counts } = await importRows(once(rows));
    expect(counts).toMatchObject({ read: 200_000, imported: 200_000, rejected: 0 });
  }, 300_000);
});

/** A CSV's rows as the import reads them, bytes in small pieces, the encoding decided on the whole file. */
async function csvRows(bytes: Uint8Array, chunk = 64) {
  const info: CsvInfo = { bytes: 0, notes: [] };
  const rows: RawRow[] = [];
  const pieces = async function* () {
    for (let i = 0; i < bytes.length; i += chunk) yield bytes.subarray(i, i + chunk);
  };
  for await (const b of csvBatches(pieces, info)) for (const r of b) rows.push(r);
  return { rows, info };
}
const csv = (lines: string[]) => new TextEncoder().encode(lines.join('\r\n') + '\r\n');

describe('CSV: an unclosed quote, a column cap, the encoding of the whole file', () => {
  it('an unclosed quote is refused on its own line; the rows after it are read', async () => {
    const lines = [HEAD.join(','), ...[1, 2, 3, 4].map((n) => row(n).join(',')), `${code(5)},"测试企业5有限公司`, ...[6, 7, 8, 9, 10].map((n) => row(n).join(','))];
    const { rows } = await csvRows(csv(lines));
    const { counts, store } = await importRows(once(rows));
    expect(counts).toMatchObject({ read: 10, imported: 9, rejected: 1 });
    expect(store.rejected[0].row).toBe(6);
    expect(store.rejected[0].reason.zh).toMatch(/第 6 行的引号没有配对的结束引号/);
  });

  it('an unclosed quote does not pair with the next row’s opening quote', async () => {
    const lines = [HEAD.join(','), `${code(1)},"测试企业1有限公司`, `${code(2)},"测试企业2, 分公司"`, row(3).join(',')];
    const { rows } = await csvRows(csv(lines));
    const { counts, store } = await importRows(once(rows));
    expect(counts).toMatchObject({ read: 3, imported: 2, rejected: 1 });
    expect(store.records.get(code(2))?.record).toMatchObject({ name: '测试企业2, 分公司' });
  });

  it('a header of 1,000,000 columns is cut to 200, with a note naming the row', async () => {
    const wide = `${HEAD.join(',')}${',x'.repeat(999_998)}`;
    const { rows, info } = await csvRows(csv([wide, row(1).join(',')]), 1 << 20);
    expect(rows[0].cells).toHaveLength(200);
    expect(info.notes!.map((n) => n.zh).join()).toMatch(/1 行超过 200 列（第一处：第 1 行，最多 1000000 列），只读前 200 列/);
    const { counts } = await importRows(once(rows));
    expect(counts).toMatchObject({ read: 1, imported: 1 });
  });

  it('one bad byte in the first 64 KiB of a UTF-8 file: still UTF-8, with a warning naming the row', async () => {
    const lines = [HEAD.join(',')];
    for (let i = 1; i <= 3000; i++) lines.push(row(i).join(','));
    const bytes = csv(lines);
    const at = new TextDecoder().decode(bytes).indexOf('测试企业3有限公司');
    const damaged = new Uint8Array(bytes);
    // The first byte of 测 (3 bytes in UTF-8) becomes 0xFF: that byte and the two after it cannot be decoded.
    damaged[new TextEncoder().encode(new TextDecoder().decode(bytes).slice(0, at)).length] = 0xff;
    const { rows, info } = await csvRows(damaged);
    expect(info.sniffed?.encoding).toBe('utf-8');
    expect(info.notes!.map((n) => n.zh).join()).toMatch(/按 UTF-8 读取，有 3 处字节不是有效的 UTF-8，已替换为 �：第 4 行/);
    const { counts } = await importRows(once(rows));
    expect(counts).toMatchObject({ read: 3000, imported: 3000 });
  });

  it('a GBK file is still read as GB18030 when decided on the whole file', async () => {
    // 名称 in GBK: C3FB B3C6.
    const bytes = new Uint8Array([0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0x61, 0x0d, 0x0a]);
    const { rows, info } = await csvRows(bytes, 3);
    expect(info.sniffed?.encoding).toBe('gb18030');
    expect(rows[0].cells).toEqual(['名称', 'a']);
    expect(info.notes).toEqual([]);
  });
});

describe('the liaison and plan-table readers read workbooks the same way', () => {
  it('a bad shared-string index is refused naming the sheet, in both', async () => {
    const { readListFile } = await import('../../src/core/liaison/lists/sheets');
    const { readSheetFile } = await import('../../src/core/plan-table/readers/sheet');
    const bytes = await writeXlsx([{ name: '计划', rows: () => [['抽查计划名称'], [{ sst: 3 }]] }], ['x']);
    for (const read of [() => readListFile('a.xlsx', bytes), () => readSheetFile('a.xlsx', bytes)]) {
      let err: unknown;
      try {
        read();
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(SpreadsheetRefused);
      expect((err as Error).message).toMatch(/工作表「计划」已损坏/);
    }
  });

  it('a UTF-8 CSV with one bad byte is not read as GB18030', async () => {
    const { decodeCsv } = await import('../../src/core/liaison/lists/sheets');
    const text = `抽查计划名称,年度\r\n${'双随机抽查计划,2026\r\n'.repeat(50)}`;
    const bytes = new Uint8Array([...new TextEncoder().encode(text), 0xff, 0x0d, 0x0a]);
    expect(decodeCsv(bytes).startsWith('抽查计划名称,年度')).toBe(true);
  });
});
