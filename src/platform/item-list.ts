/**
 * The item list (随机抽查事项清单) a user imports, read from rows of cells (a CSV or a sheet as
 * exported or typed): each row kept as a CheckItem or refused with its row number and the reason, so
 * rows read = kept + refused. Pages that show an item without its kind (重点/一般) or legal basis take
 * them from here (src/platform/to-model.ts).
 */
import type { CheckItem } from '../core/model';
import { coerce } from './transforms';

const HEADERS: Record<'id' | 'name' | 'kind' | 'legalBasis' | 'subItem' | 'subject' | 'departmentId', string[]> = {
  id: ['事项编号', '编号', '事项代码', '检查事项编码', '事项编码'],
  name: ['抽查事项名称', '检查事项名称', '事项名称', '检查事项', '抽查事项'],
  kind: ['事项类别', '类别', '事项类型', '重点/一般', '是否重点'],
  legalBasis: ['抽查依据', '检查依据', '法律依据', '依据'],
  subItem: ['抽查子项', '子项'],
  // The department that carries the item out: its name, and its code where the list has one (the options page's 本部门 list).
  subject: ['抽查主体', '检查主体', '实施主体', '实施部门', '责任部门'],
  departmentId: ['部门编码', '部门代码', '主体编码'],
};

export interface ItemListRead {
  items: CheckItem[];
  refused: Array<{ row: number; reason: string }>;
  /** Data rows read (after the header): always items + refused. */
  read: number;
}

/** An item list entry as a platform page shows it: the kind may be missing (the page lists no kind column). */
export type ListedItem = Omit<CheckItem, 'kind'> & { kind?: CheckItem['kind'] };

export interface PageItemListRead {
  items: ListedItem[];
  refused: Array<{ row: number; reason: string }>;
  read: number;
}

const norm = (s: string) => s.replace(/[\s*：:]/g, '');

/** Rows of cells (row 1 first) to the item list; the header is the first row naming the item's name. */
export function readItemList(rows: string[][]): ItemListRead {
  return readRows(rows, { requireKind: true }) as ItemListRead;
}

/**
 * The item list as the platform's own list page shows it: a row without a kind is kept for its legal basis
 * (its kind then comes from an imported list, or is reported missing where it is needed), unless the adapter
 * says what kind every row of that page is.
 */
export function readPageItemList(rows: string[][], opts: { kind?: CheckItem['kind'] } = {}): PageItemListRead {
  return readRows(rows, { requireKind: false, kind: opts.kind });
}

function readRows(rows: string[][], opts: { requireKind: boolean; kind?: CheckItem['kind'] }): PageItemListRead {
  const h = rows.findIndex((r) => r.some((c) => HEADERS.name.includes(norm(c))));
  if (h < 0) return { items: [], refused: [{ row: 1, reason: `没有“抽查事项名称”列（可用：${HEADERS.name.join('、')}）` }], read: 0 };
  const col = Object.fromEntries(Object.entries(HEADERS).map(([k, names]) => [k, rows[h].findIndex((c) => names.includes(norm(c)))])) as Record<keyof typeof HEADERS, number>;
  const out: PageItemListRead = { items: [], refused: [], read: 0 };
  const seen = new Set<string>();
  rows.slice(h + 1).forEach((r, i) => {
    const row = h + 2 + i;
    if (r.every((c) => !c.trim())) return;
    out.read++;
    const cell = (k: keyof typeof HEADERS) => (col[k] >= 0 ? (r[col[k]] ?? '').trim() : '');
    const name = cell('name');
    if (!name) return void out.refused.push({ row, reason: '抽查事项名称为空' });
    let kind: CheckItem['kind'] | undefined = opts.kind;
    if (col.kind >= 0) {
      const k = coerce('itemKind', cell('kind'));
      if (!k.ok) return void out.refused.push({ row, reason: `事项类别：${k.reason.zh}` });
      kind = k.value as CheckItem['kind'];
    } else if (!kind && opts.requireKind) return void out.refused.push({ row, reason: `没有事项类别列（${HEADERS.kind.join('、')}）：无法知道是重点还是一般事项` });
    const id = cell('id') || name;
    if (seen.has(id)) return void out.refused.push({ row, reason: `编号「${id}」重复` });
    seen.add(id);
    out.items.push({ id, name, ...(kind ? { kind } : {}), legalBasis: cell('legalBasis') || undefined, subItem: cell('subItem') || undefined, subject: cell('subject') || undefined, departmentId: cell('departmentId') || undefined, inList: true });
  });
  return out;
}

const sameItem = (a: ListedItem, b: ListedItem) => a.id === b.id || a.name === b.name;

/**
 * The list the checks use: the imported list (the user's file) first; an item the platform's list page also
 * shows takes from the page only what the import lacks (its legal basis); items only on the page are added.
 */
export function mergeItemLists(imported: CheckItem[] = [], fromPage: ListedItem[] = []): ListedItem[] {
  const merged: ListedItem[] = imported.map((it) => {
    const p = fromPage.find((x) => sameItem(x, it));
    return p && !it.legalBasis && p.legalBasis ? { ...it, legalBasis: p.legalBasis } : it;
  });
  for (const p of fromPage) if (!imported.some((it) => sameItem(it, p))) merged.push(p);
  return merged;
}
