import type { Grid, GridCell } from './grid';
import { columnOf, EXPECTED_HEADERS, looksLikeHeader, normaliseHeader, type Column } from './headers';

export interface Bilingual {
  zh: string;
  en: string;
}

/** One data row of a plan table as published: its row number and its cells (merged copies marked). */
export interface TableRow {
  row: number;
  cells: GridCell[];
}

export interface RowRefusal {
  row: number;
  reason: Bilingual;
  cells: string[];
}

/** A plan table located in a grid: title, year, header and the data rows; or why it could not be read. */
export interface LocatedTable {
  source: string;
  title: string[];
  year?: number;
  yearFrom?: 'title' | 'option' | 'cells';
  headerRow?: number;
  headers: string[];
  columns: Array<Column | undefined>;
  rows: TableRow[];
  refused: RowRefusal[];
  /** data rows counted (every non-blank row below the header, or every non-blank row when no header was found) */
  read: number;
}

const YEAR_IN_TITLE = /((?:19|20)\d{2})\s*年度?/;
const NOTE_ROW = /^\s*(备注|注[:：]|说明|填表说明|填报人|联系电话|附件)/;

const texts = (cells: GridCell[]) => cells.map((c) => c?.text ?? '');
const blank = (cells: GridCell[]) => texts(cells).every((t) => !t.trim());

/**
 * Find the plan table in a grid: the header is the first row whose cells are known plan-table headers
 * (a name or item, and a rate, period or department); rows above it are title lines, where the year is
 * read (`长治市2024年度…`, `(2026年度)`). A grid with no such row keeps all its rows as refused, saying
 * which headers it saw and which it expects.
 */
export function locateTable(grid: Grid, opts: { year?: number } = {}): LocatedTable {
  const headerAt = grid.rows.findIndex((r, i) => i < 12 && looksLikeHeader(texts(r ?? [])));
  const rowNo = (i: number) => grid.firstRow + i;
  if (headerAt < 0) {
    const nonBlank = grid.rows.map((r, i) => ({ r: r ?? [], i })).filter(({ r }) => !blank(r));
    const seen = nonBlank.slice(0, 6).reduce((best, x) => (texts(x.r).filter(Boolean).length > texts(best).filter(Boolean).length ? x.r : best), [] as GridCell[]);
    const seenText = texts(seen).map((t) => t.replace(/\s+/g, '')).filter(Boolean).join('、');
    const reason = {
      zh: `未识别出抽查计划表的表头；见到的列：${seenText || '（无）'}；应有：${EXPECTED_HEADERS.join('、')}`,
      en: `no plan-table header recognised; columns seen: ${seenText || '(none)'}; expected: ${EXPECTED_HEADERS.join(', ')}`,
    };
    return {
      source: grid.source,
      title: grid.title,
      headers: [],
      columns: [],
      rows: [],
      refused: nonBlank.map(({ r, i }) => ({ row: rowNo(i), reason, cells: texts(r) })),
      read: nonBlank.length,
    };
  }
  const headerCells = texts(grid.rows[headerAt]);
  // A title merged across the row fills every cell of it, and a saved page repeats its <title> above the
  // table: each line once.
  const title = [...new Set([...grid.title, ...grid.rows.slice(0, headerAt).map((r) => [...new Set(texts(r ?? []).filter(Boolean))].join(' ')).filter(Boolean)])];
  const titleYear = title.map((t) => YEAR_IN_TITLE.exec(t)?.[1]).find(Boolean);
  const table: LocatedTable = {
    source: grid.source,
    title,
    headerRow: rowNo(headerAt),
    headers: headerCells.map((h) => h.replace(/\s+/g, '')),
    columns: headerCells.map(columnOf),
    rows: [],
    refused: [],
    read: 0,
  };
  if (opts.year) Object.assign(table, { year: opts.year, yearFrom: 'option' });
  else if (titleYear) Object.assign(table, { year: Number(titleYear), yearFrom: 'title' });
  for (let i = headerAt + 1; i < grid.rows.length; i++) {
    const cells = grid.rows[i] ?? [];
    if (blank(cells)) continue;
    // A header row repeated on a new page is not a row.
    if (texts(cells).map(normaliseHeader).join('|') === headerCells.map(normaliseHeader).join('|')) continue;
    table.read++;
    const own = texts(cells).filter((t, k) => t.trim() && !cells[k]?.merged);
    if (own.length && own.every((t) => t === own[0]) && NOTE_ROW.test(own[0])) {
      table.refused.push({ row: rowNo(i), reason: { zh: '表下注释，不是计划行', en: 'a note below the table, not a plan row' }, cells: texts(cells) });
      continue;
    }
    table.rows.push({ row: rowNo(i), cells });
  }
  if (!table.year) {
    // No year in the title: the year most of the period cells name.
    const at = table.columns.findIndex((c) => c === 'period' || c === 'start' || c === 'deadline');
    const years = at < 0 ? [] : table.rows.map((r) => /((?:19|20)\d{2})/.exec(r.cells[at]?.text ?? '')?.[1]).filter(Boolean);
    const count = new Map<string, number>();
    for (const y of years) count.set(y!, (count.get(y!) ?? 0) + 1);
    const best = [...count].sort((a, b) => b[1] - a[1])[0];
    if (best) Object.assign(table, { year: Number(best[0]), yearFrom: 'cells' });
  }
  return table;
}
