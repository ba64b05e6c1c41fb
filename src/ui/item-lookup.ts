/**
 * The item list as a platform page's panel sees it: never the list, only the entries of the items the page
 * names, asked of the background (itemList.match) and kept for the page's life. The page model asks `find`;
 * an item not yet asked is noted, `fetchWanted` asks the background for the noted ones, and the panel judges
 * again when they arrive.
 */
import { send } from '../messaging/send';
import type { ListedItem } from '../platform/item-list';
import type { ItemSource } from '../platform/item-source';

const keyOf = (id: string | undefined, name: string | undefined) => `${id ?? ''}\u0000${name ?? ''}`;

export class ItemLookup implements ItemSource {
  size = 0;
  private readonly known = new Map<string, ListedItem | null>();
  private readonly wanted = new Map<string, { id?: string; name?: string }>();

  find(id: string | undefined, name: string | undefined): ListedItem | undefined {
    const k = keyOf(id, name);
    const hit = this.known.get(k);
    if (hit === undefined) this.wanted.set(k, { id, name });
    return hit ?? undefined;
  }

  /** Ask the background for the items noted since the last call; true when something new is known. */
  async fetchWanted(): Promise<boolean> {
    const refs = [...this.wanted.entries()].slice(0, 200);
    if (!refs.length) return false;
    for (const [k] of refs) this.wanted.delete(k);
    const r = await send({ type: 'itemList.match', refs: refs.map(([, ref]) => ref) });
    if (!r.ok) {
      // Refused (a limit): judged as without these entries, and the lines say so (not in the list).
      for (const [k] of refs) this.known.set(k, null);
      return true;
    }
    this.size = r.size;
    refs.forEach(([k], i) => this.known.set(k, r.items[i] ?? null));
    return true;
  }
}
