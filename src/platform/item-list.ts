/**
 * The item list (随机抽查事项清单) a user imports, read from rows of cells (a CSV or a sheet as
 * exported or typed): each row kept as a CheckItem or refused with its row number and the reason, so
 * rows read = kept + refused. Pages that show an item without its kind (重点/一般) or legal basis take
 * them from here (src/platform/to-model.ts).
 */
import type { CheckItem } from '../core/model';
import { coerce } from './transforms';

const HEADERS: Record<'id' | 'name' | 'kind' | 'legalBasis' | 'subItem', string[]> = {
  id: ['事项编号', '编号', '事项代码', '检查事项编码', '事项编码'],
  name: ['抽查事项名称', '检查事项名称', '事项名称', '检查事项', '抽查事项'],
  kind: ['事项类别', '类别', '事项类型', '重点/一般', '是否重点'],
  legalBasis: ['抽查依据', '检查依据', '法律依据', '依据'],
  subItem: ['抽查子项', '子项'],
};

export interface ItemListRead {
  items: CheckItem[];
  refused: Array<{ row: number; reason: string }>;
  /** Data rows read (after the header): always items + refused. */
  read: number;
}

const norm = (s: string) => s.replace(/[\s*：:]/g, '');

/** Rows of cells (row 1 first) to the item list; the header is the first row naming the item's name. */
export function readItemList(rows: string[][]): ItemListRead {
  const h = rows.findIndex((r) => r.some((c) => HEADERS.name.includes(norm(c))));
  if (h < 0) return { items: [], refused: [{ row: 1, reason: `没有“抽查事项名称”列（可用：${HEADERS.name.join('、')}）` }], read: 0 };
  const col = Object.fromEntries(Object.entries(HEADERS).map(([k, names]) => [k, rows[h].findIndex((c) => names.includes(norm(c)))])) as Record<keyof typeof HEADERS, number>;
  const out: ItemListRead = { items: [], refused: [], read: 0 };
  const seen = new Set<string>();
  rows.slice(h + 1).forEach((r, i) => {
    const row = h + 2 + i;
    if (r.every((c) => !c.trim())) return;
    out.read++;
    const cell = (k: keyof typeof HEADERS) => (col[k] >= 0 ? (r[col[k]] ?? '').trim() : '');
    const name = cell('name');
    if (!name) return void out.refused.push({ row, reason: '抽查事项名称为空' });
    if (col.kind < 0) return void out.refused.push({ row, reason: `没有事项类别列（${HEADERS.kind.join('、')}）：无法知道是重点还是一般事项` });
    const kind = coerce('itemKind', cell('kind'));
    if (!kind.ok) return void out.refused.push({ row, reason: `事项类别：${kind.reason.zh}` });
    const id = cell('id') || name;
    if (seen.has(id)) return void out.refused.push({ row, reason: `编号「${id}」重复` });
    seen.add(id);
    out.items.push({ id, name, kind: kind.value as CheckItem['kind'], legalBasis: cell('legalBasis') || undefined, subItem: cell('subItem') || undefined, inList: true });
  });
  return out;
}
