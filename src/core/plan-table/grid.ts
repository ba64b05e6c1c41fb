/** One cell of a table as published: its text, and whether it is a copy of a merged cell above or to the left. */
export interface GridCell {
  text: string;
  /** filled from a merged cell (rowspan/colspan, vMerge/gridSpan, !merges): the text is the merge's */
  merged?: boolean;
}

/** A table as read from a file or the clipboard, before any meaning is given to it. */
export interface Grid {
  /** the file (and sheet or table number) it came from */
  source: string;
  /** lines above the table (title, subtitle), where the format keeps them outside the table */
  title: string[];
  /** rows as the document numbers them (row 1 is the table's first row) */
  rows: GridCell[][];
  /** the row number the document shows for rows[0] (1 for a sheet; 1 for a Word or HTML table) */
  firstRow: number;
}

/** Fill a rectangular merge with copies of its top-left cell, marked as merged. */
export function fillMerge(rows: GridCell[][], s: { r: number; c: number }, e: { r: number; c: number }): void {
  const top = rows[s.r]?.[s.c]?.text ?? '';
  for (let r = s.r; r <= e.r; r++)
    for (let c = s.c; c <= e.c; c++) {
      if (r === s.r && c === s.c) continue;
      rows[r] ??= [];
      rows[r][c] = { text: top, merged: true };
    }
}
