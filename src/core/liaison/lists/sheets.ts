import * as XLSX from '@e965/xlsx';
import { readSheet, type ReadSheet } from './read-rows';
import { decideEncodingOf } from '../../registry-import/encoding';
import { sheetOrRefuse } from '../../registry-import/spreadsheet';
import { rowsWithReplaced } from '../../replaced-bytes';
import { plainCsvRows } from './plain-csv';

/**
 * CSV text: UTF-8 (BOM dropped) or GB18030 (a superset of GBK, as Excel in Chinese saves CSV), decided on
 * the whole file as the registry import decides it: a UTF-8 file with a few damaged bytes stays UTF-8.
 */
export function decodeCsv(bytes: Uint8Array): string {
  const e = decideEncodingOf(bytes);
  return new TextDecoder(e.encoding, { ignoreBOM: true }).decode(bytes.subarray(e.bom));
}

/** A CSV text's rows as the spreadsheet library reads it (raw: dates and codes kept as written). */
export function libraryCsvRows(text: string): string[][] {
  const wb = XLSX.read(text, { type: 'string', raw: true });
  return sheetRows(wb, wb.SheetNames[0]);
}

function sheetRows(wb: XLSX.WorkBook, sheet: string): string[][] {
  const rows = XLSX.utils.sheet_to_json<string[]>(sheetOrRefuse(wb.Sheets, sheet), { header: 1, raw: false, dateNF: 'yyyy-mm-dd', defval: '', blankrows: true });
  return rows.map((r) => r.map((c) => String(c ?? '')));
}

/**
 * Read an exported list file (xlsx, xls or csv, as bytes) into rows of cell texts, sheet by sheet.
 * CSV is decoded as UTF-8 or GB18030 (decodeCsv) and its cells are kept as written (raw), so dates and
 * codes such as 统一社会信用代码 are never reinterpreted as numbers; a plain CSV (no quotes) is split directly.
 */
export function readListFile(name: string, bytes: Uint8Array): ReadSheet[] {
  if (/\.csv$/i.test(name)) {
    const text = decodeCsv(bytes);
    return [readCells(name, plainCsvRows(text) ?? libraryCsvRows(text))];
  }
  const wb = XLSX.read(bytes, { type: 'array', cellDates: false });
  return wb.SheetNames.map((sheet) => readCells(wb.SheetNames.length > 1 ? `${name}#${sheet}` : name, sheetRows(wb, sheet)));
}

function readCells(source: string, cells: string[][]): ReadSheet {
  const read = readSheet(source, cells);
  // Bytes the decoder could not read are named by row (the cells kept, each with its �).
  const replaced = rowsWithReplaced(cells);
  if (replaced.length) read.account.replacedRows = replaced;
  return read;
}
