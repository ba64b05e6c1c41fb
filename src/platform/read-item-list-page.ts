/**
 * The platform's own item list page (随机抽查事项清单) read as rows of cell texts, header first (the adapter's
 * `itemList` section), then through the same reader as an imported list: every row kept or refused with its
 * reason. Read only: the page is not changed.
 */
import type { ItemListPageSpec } from './adapter-schema';
import { readPageItemList, type PageItemListRead } from './item-list';

const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The table's rows (header first, its texts renamed as `columns` says), or undefined when the table is absent. */
export function itemListRows(doc: Document, spec: ItemListPageSpec): string[][] | undefined {
  const table = doc.querySelector<HTMLTableElement>(spec.table);
  if (!table) return undefined;
  const headRow = table.querySelector('thead tr:last-child') ?? table.querySelector('tr');
  if (!headRow) return undefined;
  const header = [...headRow.querySelectorAll('th, td')].map((c) => spec.columns[text(c)] ?? text(c));
  const body = [...table.querySelectorAll(table.tHead ? 'tbody tr' : 'tr')].filter((tr) => tr !== headRow);
  // A "没有数据" row spanning the table is no item.
  const rows = body.map((tr) => [...tr.querySelectorAll('td')].map(text)).filter((cells) => cells.length === header.length);
  return [header, ...rows];
}

/** The page's item list, or undefined when the table is not on the page. */
export function readItemListPage(doc: Document, spec: ItemListPageSpec): PageItemListRead | undefined {
  const rows = itemListRows(doc, spec);
  return rows ? readPageItemList(rows, { kind: spec.kind }) : undefined;
}
