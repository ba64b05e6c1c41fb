/**
 * Where the page model finds an item list entry: the whole list (extension pages, the helper, tests), or a
 * lookup that holds only the entries asked for (a platform page's panel: the list stays in the background,
 * src/ui/item-lookup.ts). `size` is the list's length, so "not in the list" and "no list" stay apart.
 */
import type { ListedItem } from './item-list';

export interface ItemSource {
  size: number;
  find(id: string | undefined, name: string | undefined): ListedItem | undefined;
}

/** The entry for an item the page names by id or by name (a name cut short with "..." matches its start). */
export function listedItem(itemList: readonly ListedItem[] | undefined, id: string | undefined, name: string | undefined): ListedItem | undefined {
  if (!itemList?.length) return undefined;
  const byId = id && itemList.find((c) => c.id === id);
  if (byId) return byId;
  const n = (name ?? id ?? '').trim();
  if (!n) return undefined;
  const cut = n.replace(/(\.\.\.|…)$/, '');
  // A start shorter than two characters names no item (a page must not page through the list by one letter).
  return itemList.find((c) => c.name === n) ?? (cut !== n && cut.length >= 2 ? itemList.find((c) => c.name.startsWith(cut)) : undefined);
}

export const isItemSource = (x: unknown): x is ItemSource => !!x && !Array.isArray(x) && typeof (x as ItemSource).find === 'function';

/** A whole list as a source. */
export const listSource = (itemList: readonly ListedItem[] | undefined): ItemSource => ({ size: itemList?.length ?? 0, find: (id, name) => listedItem(itemList, id, name) });
