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
  /** The sheets read, joined with 、 (every sheet with data). */
  sheet: string;
  sheets: string[];
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

/**
 * A sheet SheetJS could not parse is missing from `wb.Sheets` (it logs and goes on): refuse the whole
 * workbook, naming the sheet, rather than read the others and lose its rows.
 */
export function sheetOrRefuse<T>(sheets: Record<string, T | undefined>, name: string): T {
  const ws = sheets[name];
  if (!ws)
    throw new SpreadsheetRefused(
      `工作表「${name}」已损坏，无法读取（例如引用了不存在的共享字符串）；请用 Excel 打开后另存为 .xlsx 再导入`,
      `sheet "${name}" is damaged and cannot be read (e.g. a shared-string index that points nowhere); open it in Excel and save it again as .xlsx`,
    );
  return ws;
}

const rowText = (cells: RawCell[]) => cells.map((c) => (c === null || c === undefined ? '' : typeof c === 'object' ? `=${c.formula}` : String(c).trim())).join('\u0000').replace(/\u0000+$/, '');

/**
 * Every sheet with data is read, as if the sheets were one table: a later sheet's rows are numbered on
 * after the sheet before (a note says which numbers each sheet got), and its leading rows that repeat the
 * first sheet's title or header rows are skipped as headers (said in the same note). Nothing is dropped
 * without a word: a sheet with another header is read on the first sheet's columns, and its rows are
 * refused or kept by validation like any other.
 */
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
  const rows: SheetRows['rows'] = [];
  const sheetsRead: string[] = [];
  /** The first data sheet's leading rows (title, header): a later sheet repeating them starts with its data. */
  let leading: Set<string> | undefined;
  let offset = 0;
  for (const name of wb.SheetNames) {
    const ws = sheetOrRefuse(wb.Sheets, name) as WorkSheet & { '!data'?: Array<Array<CellObject | undefined> | undefined> };
    const data = ws['!data'] ?? [];
    const own: SheetRows['rows'] = [];
    let widest = 0;
    let wide = 0;
    let firstWide = 0;
    for (let r = 0; r < data.length; r++) {
      const line = data[r];
      if (!line) continue;
      if (line.length > limits.maxColumns && wide++ === 0) firstWide = r + 1;
      const cells: RawCell[] = [];
      const w = Math.min(line.length, limits.maxColumns);
      for (let c = 0; c < w; c++) cells.push(cell(line[c]));
      if (cells.some((x) => x !== null && x !== '')) {
        own.push({ row: r + 1, cells });
        widest = Math.max(widest, w);
      }
    }
    const label = wb.SheetNames.length > 1 ? `工作表「${name}」` : '';
    const labelEn = wb.SheetNames.length > 1 ? `sheet "${name}": ` : '';
    // Read only the first columns; say so rather than walking thousands of empty ones.
    if (wide) notes.push({ zh: `${label}${wide} 行超过 ${limits.maxColumns} 列（第一处：第 ${firstWide} 行），只读前 ${limits.maxColumns} 列`, en: `${labelEn}${wide} rows have more than ${limits.maxColumns} columns (first: row ${firstWide}); the first ${limits.maxColumns} are read` });
    if (!own.length) continue;
    sheetsRead.push(name);
    const declared = ws['!ref'];
    const full = (ws as { '!fullref'?: string })['!fullref'] ?? declared;
    if (full && /:([A-Z]+)(\d+)$/.test(full)) {
      const [, col, row] = /:([A-Z]+)(\d+)$/.exec(full)!;
      const lastRow = own[own.length - 1].row;
      if (Number(row) > lastRow * 10 + 1000 || col.length >= 3)
        notes.push({ zh: `${label}表格声明的范围 ${full} 远大于实际数据（${lastRow} 行 × ${widest} 列），按实际数据读取`, en: `${labelEn}the sheet declares ${full}, far beyond its data (${lastRow} rows × ${widest} columns); the data is read` });
    }
    if (data.length > limits.maxRows) notes.push({ zh: `${label}只读了前 ${limits.maxRows} 行，其后的行未读`, en: `${labelEn}only the first ${limits.maxRows} rows were read; the rest were not` });
    if (!leading) {
      leading = new Set(own.slice(0, 10).map((r) => rowText(r.cells)));
      for (const r of own) rows.push(r);
      offset = own[own.length - 1].row;
      continue;
    }
    let skip = 0;
    while (skip < own.length && skip < 10 && leading.has(rowText(own[skip].cells))) skip++;
    const first = offset + 1;
    for (let i = skip; i < own.length; i++) rows.push({ row: offset + own[i].row, cells: own[i].cells });
    const last = offset + own[own.length - 1].row;
    notes.push({
      zh: `工作表「${name}」的第 1–${own[own.length - 1].row} 行按第 ${first}–${last} 行读入${skip ? `；开头 ${skip} 行与第一张表的表头相同，作为表头跳过` : '；它没有与第一张表相同的表头，按第一张表的列读取'}`,
      en: `sheet "${name}": its rows 1–${own[own.length - 1].row} are read as rows ${first}–${last}${skip ? `; its first ${skip} rows repeat the first sheet's header and are skipped as headers` : `; it has no header like the first sheet's, so it is read with the first sheet's columns`}`,
    });
    offset = last;
  }
  return { sheet: sheetsRead.join('、') || (wb.SheetNames[0] ?? ''), sheets: sheetsRead, rows, notes };
}

/** A workbook's rows in batches (never one array of a million rows handed on at once). */
export async function* spreadsheetRowBatches(s: SheetRows, size = 10_000): AsyncGenerator<SheetRows['rows']> {
  for (let i = 0; i < s.rows.length; i += size) yield s.rows.slice(i, i + size);
}
