import type { Grid, GridCell } from '../grid';
import { readHtml } from './html';

/** Tab-separated text as Excel and Word put it on the clipboard: a cell with line breaks or tabs is quoted. */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const s = text.replace(/\r\n?/g, '\n');
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"' && (s[i + 1] === '\t' || s[i + 1] === '\n' || i + 1 === s.length)) quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === '\t') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** What the liaison officer pasted: HTML from the clipboard when there is some (it keeps merges), else TSV text. */
export function readPasted(html: string | undefined, text: string): Grid[] {
  if (html && /<table[\s>]/i.test(html)) return readHtml('粘贴的表格', html);
  const rows: GridCell[][] = parseTsv(text).map((r) => r.map((t) => ({ text: t })));
  return rows.length ? [{ source: '粘贴的表格', title: [], rows, firstRow: 1 }] : [];
}
