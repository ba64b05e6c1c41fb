import type { ListTableSpec } from './adapter-schema';
import { LIST_SPECS, readSheet, type ReadSheet } from '../core/liaison/lists';

/**
 * A list table of the page as rows of cell texts (header first), the way an export's sheet reads,
 * so browsing and importing go through the same reader. Header texts the adapter maps to a model
 * field are renamed to the export's header for that field.
 */
export function listTableRows(doc: Document, spec: ListTableSpec): string[][] | undefined {
  const table = doc.querySelector<HTMLTableElement>(spec.table);
  if (!table) return undefined;
  const headerCells = [...table.querySelectorAll('thead tr:last-child th, thead tr:last-child td')];
  const columns = LIST_SPECS.find((s) => s.kind === spec.list)!.columns;
  const header = headerCells.map((th) => {
    const text = (th.textContent ?? '').trim();
    const field = spec.columns[text];
    return (field && columns.find((c) => c.field === field)?.headers[0]) || text;
  });
  const rows = [...table.querySelectorAll('tbody tr')]
    .map((tr) => [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim()))
    // DataTables' "没有数据" row is one cell across the table: not a record.
    .filter((cells) => cells.length === header.length);
  return [header, ...rows];
}

/** Read a page's list table through the list reader; the source is the page's URL. */
export function readListTable(doc: Document, spec: ListTableSpec, url: string): ReadSheet | undefined {
  const rows = listTableRows(doc, spec);
  if (!rows) return undefined;
  const sheet = readSheet(url, rows);
  // The page is what the adapter says it is: a table that does not read as that list is not recognised.
  return sheet.spec?.kind === spec.list ? sheet : undefined;
}
