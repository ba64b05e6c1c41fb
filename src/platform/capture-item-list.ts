import type { PageSpec } from './adapter-schema';
import { readItemListPage } from './read-item-list-page';
import type { Request } from '../messaging/messages';

type Save = Extract<Request, { type: 'itemList.page' }>;

/**
 * On the platform's item list page (an adapter page with `itemList`), keep the rows it shows as the item list,
 * with the page URL; again when the table changes (paging, search). Read only: the page is never changed, and
 * nothing leaves the browser. The user's imported list is kept apart and comes first (src/platform/item-list.ts).
 */
export function captureItemList(doc: Document, spec: PageSpec, url: string, save: (m: Save) => Promise<unknown>): () => void {
  const il = spec.itemList;
  if (!il) return () => {};
  let last = '';
  const read = () => {
    const r = readItemListPage(doc, il);
    if (!r || !r.read) return;
    const sig = JSON.stringify(r.items);
    if (sig === last) return;
    last = sig;
    void save({ type: 'itemList.page', url, items: r.items, read: r.read, refused: r.refused.length });
  };
  read();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(read, 300);
  });
  const table = doc.querySelector(il.table);
  if (table) observer.observe(table, { childList: true, subtree: true, characterData: true });
  return () => {
    clearTimeout(timer);
    observer.disconnect();
  };
}
