import { grown, IdUnits } from '../draw/id-units';

/**
 * The ids an import has accepted, each with the row it first came from: how a later row with the same code is found
 * to be a duplicate. A Map of strings held about 70 bytes an id in the worker's heap (the string, its entry): at
 * 5,000,000 rows some 400 MiB, the largest thing the import kept. Here the ids are code units in one array
 * (IdUnits), found through an open-addressing table of their hashes: 35–50 bytes an id (the arrays grow by half),
 * in typed arrays the collector does not walk. Exact: a hash that matches is checked against the id itself.
 */
export class SeenIds {
  /** The ids in the order they were accepted: an import's blocks hold them in this order (KeptKeys hands them to the draw index). */
  readonly ids = new IdUnits(1024);
  private rows: Uint32Array = new Uint32Array(1024);
  /** Slot k: [hash, index + 1] (0: empty), so a probe reads one place; at most three quarters full. */
  private table = new Uint32Array(2 * 2048);

  get size(): number {
    return this.ids.count;
  }

  /** The row `id` was first seen on, or undefined. */
  get(id: string): number | undefined {
    const s = this.slot(id, hashOf(id));
    const e = this.table[s + 1];
    return e ? this.rows[e - 1] : undefined;
  }

  /** The row `id` was first seen on; undefined when it is new, and it is then noted as seen on `row`. */
  firstRow(id: string, row: number): number | undefined {
    const h = hashOf(id);
    const s = this.slot(id, h);
    const e = this.table[s + 1];
    if (e) return this.rows[e - 1];
    const i = this.ids.count;
    this.ids.push(id);
    if (i === this.rows.length) this.rows = grown(this.rows, i);
    this.rows[i] = row;
    this.table[s] = h;
    this.table[s + 1] = i + 1;
    if (8 * (i + 1) > 3 * this.table.length) this.rehash();
    return undefined;
  }

  /** The slot holding `id`, or the empty slot where it would go. */
  private slot(id: string, h: number): number {
    const t = this.table;
    const mask = t.length - 2;
    for (let s = (2 * h) & mask; ; s = (s + 2) & mask) {
      const e = t[s + 1];
      if (e === 0 || (t[s] === h && this.ids.is(e - 1, id))) return s;
    }
  }

  private rehash(): void {
    const old = this.table;
    const t = (this.table = new Uint32Array(2 * old.length));
    const mask = t.length - 2;
    for (let o = 0; o < old.length; o += 2) {
      if (!old[o + 1]) continue;
      let s = (2 * old[o]) & mask;
      while (t[s + 1] !== 0) s = (s + 2) & mask;
      t[s] = old[o];
      t[s + 1] = old[o + 1];
    }
  }
}

/** FNV-1a over the code units, mixed at the end so nearby codes spread over the table. */
function hashOf(s: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return (h ^ (h >>> 13)) >>> 0;
}
