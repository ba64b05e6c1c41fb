import * as XLSX from '@e965/xlsx';
import { decodeCsv } from '../../liaison/lists/sheets';
import { sheetOrRefuse } from '../../registry-import/spreadsheet';
import { fillMerge, type Grid, type GridCell } from '../grid';

/** A SheetJS sheet as a grid: cell texts as shown, merges filled and marked. */
export function sheetGrid(source: string, ws: XLSX.WorkSheet, title: string[] = []): Grid {
  const aoa = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: false, defval: '', blankrows: true });
  const rows: GridCell[][] = aoa.map((r) => r.map((c) => ({ text: c == null ? '' : String(c) })));
  for (const m of ws['!merges'] ?? []) fillMerge(rows, m.s, m.e);
  return { source, title, rows, firstRow: 1 };
}

/** .xlsx, .xls or .csv bytes as one grid per sheet. */
export function readSheetFile(name: string, bytes: Uint8Array): Grid[] {
  const csv = /\.csv$/i.test(name);
  const wb = csv ? XLSX.read(decodeCsv(bytes), { type: 'string', raw: true }) : XLSX.read(bytes, { type: 'array', cellDates: false });
  return wb.SheetNames.map((sheet) => sheetGrid(wb.SheetNames.length > 1 ? `${name}#${sheet}` : name, sheetOrRefuse(wb.Sheets, sheet)));
}
