import { read, type CellObject, type WorkSheet } from '@e965/xlsx';
import type { RawCell } from './validate';
import { DEFAULT_ZIP_LIMITS, guardZip, isZip, SpreadsheetRefused, type ZipLimits } from './zip-guard';

/**
 * .xlsx / .xls through SheetJS (the maintained 0.20 line, republished as @e965/xlsx): cells kept as
 * what they are (text stays text, so an 18-digit code stored as text is exact; a code stored as a
 * number is recognised and refused by validation), formulas flagged, and only the cells that exist
 * read: a sheet's declared dimension (which a hostile file may set to 16384 × 1048576) is never walked.
 */
export interface SheetRows {
  sheet: string;
  rows: Array<{ row: number; cells: RawCell[] }>;
  notes: Array<{ zh: string; en: string }>;
}

export interface SheetLimits extends ZipLimits {
  maxRows: number;
  maxColumns: number;
  maxBytes: number;
}

export const DEFAULT_SHEET_LIMITS: SheetLimits = { ...DEFAULT_ZIP_LIMITS, maxRows: 1_048_576, maxColumns: 200, maxBytes: 200 * 1024 * 1024 };

function cell(c: CellObject | undefined): RawCell {
  if (!c) return null;
  if (c.f) return { formula: String(c.f) };
  switch (c.t) {
    case 's':
      return String(c.v ?? '');
    case 'n':
      return typeof c.v === 'number' ? c.v : null;
    case 'b':
      return !!c.v;
    case 'd':
      return c.v instanceof Date ? c.v.toISOString().slice(0, 10) : String(c.v ?? '');
    case 'e':
      return { formula: `#${c.w ?? 'ERROR'}` };
    default:
      return c.v === undefined ? null : String(c.v);
  }
}

export async function readSpreadsheet(bytes: Uint8Array, limits: SheetLimits = DEFAULT_SHEET_LIMITS): Promise<SheetRows> {
  if (bytes.length === 0) throw new SpreadsheetRefused('文件是空的', 'the file is empty');
  if (bytes.length > limits.maxBytes) throw new SpreadsheetRefused(`表格文件 ${(bytes.length / 1048576).toFixed(0)} MB，超过 ${(limits.maxBytes / 1048576).toFixed(0)} MB 上限；请导出为 CSV`, `the spreadsheet is ${(bytes.length / 1048576).toFixed(0)} MB, over the limit; export CSV instead`);
  if (isZip(bytes)) await guardZip(bytes, limits);
  let wb;
  try {
    // dense: rows as arrays of the cells that exist; sheetRows caps what is read whatever the file declares.
    wb = read(bytes, { type: 'array', dense: true, cellFormula: true, cellHTML: false, cellNF: false, cellStyles: false, cellDates: false, sheetRows: limits.maxRows + 1, WTF: false });
  } catch (e) {
    throw new SpreadsheetRefused(`无法读取表格：${e instanceof Error ? e.message : String(e)}`, `cannot read the spreadsheet: ${e instanceof Error ? e.message : String(e)}`);
  }
  const notes: SheetRows['notes'] = [];
  for (const name of wb.SheetNames) {
    const ws = wb.Sheets[name] as WorkSheet & { '!data'?: Array<Array<CellObject | undefined> | undefined> };
    const data = ws['!data'] ?? [];
    const rows: SheetRows['rows'] = [];
    let widest = 0;
    for (let r = 0; r < data.length; r++) {
      const line = data[r];
      if (!line) continue;
      if (line.length > limits.maxColumns) {
        // Read only the first columns; say so rather than walking thousands of empty ones.
        notes.push({ zh: `第 ${r + 1} 行有 ${line.length} 列，只读前 ${limits.maxColumns} 列`, en: `row ${r + 1} has ${line.length} columns; the first ${limits.maxColumns} are read` });
      }
      const cells: RawCell[] = [];
      const w = Math.min(line.length, limits.maxColumns);
      for (let c = 0; c < w; c++) cells.push(cell(line[c]));
      if (cells.some((x) => x !== null && x !== '')) {
        rows.push({ row: r + 1, cells });
        widest = Math.max(widest, w);
      }
    }
    if (!rows.length) continue;
    const declared = ws['!ref'];
    const full = (ws as { '!fullref'?: string })['!fullref'] ?? declared;
    if (full && /:([A-Z]+)(\d+)$/.test(full)) {
      const [, col, row] = /:([A-Z]+)(\d+)$/.exec(full)!;
      const lastRow = rows[rows.length - 1].row;
      if (Number(row) > lastRow * 10 + 1000 || col.length >= 3)
        notes.push({ zh: `表格声明的范围 ${full} 远大于实际数据（${lastRow} 行 × ${widest} 列），按实际数据读取`, en: `the sheet declares ${full}, far beyond its data (${lastRow} rows × ${widest} columns); the data is read` });
    }
    if (data.length > limits.maxRows) notes.push({ zh: `只读了前 ${limits.maxRows} 行`, en: `only the first ${limits.maxRows} rows were read` });
    return { sheet: name, rows, notes };
  }
  return { sheet: wb.SheetNames[0] ?? '', rows: [], notes };
}
