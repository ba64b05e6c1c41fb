import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { RegistryDb } from '../../src/storage/registry-db';
import { ID_CHUNK, idsAtRanks, ranksOfIds, type DrawIndexRow } from '../../src/storage/draw-index';

/** Sorted ids of two chunks; the second chunk short. */
const ids = Array.from({ length: ID_CHUNK + 700 }, (_, i) => `9111${String(i).padStart(14, '0')}`);
const ends = (part: string[]) => Uint32Array.from(part, (_, i) => part.slice(0, i + 1).join('\n').length);
const index = { gen: 1, firsts: [ids[0], ids[ID_CHUNK]] } as DrawIndexRow;
const ranks = Uint32Array.from([0, 1, 5000, ID_CHUNK - 1, ID_CHUNK, ID_CHUNK + 699]);
const asked = [ids[5000], 'NOT-HELD', ids[ID_CHUNK + 699], ids[0], '0', ids[ID_CHUNK - 1], `${ids[ID_CHUNK + 699]}0`];
const want = [5000, undefined, ID_CHUNK + 699, 0, undefined, ID_CHUNK - 1, undefined];

describe('the draw index’s ids, read by rank and found by id', () => {
  it('rows with the end of each id: ids sliced out, the same answers as the older rows split whole', async () => {
    const second = ids.slice(ID_CHUNK);
    // `ends` of the first chunk computed the slow way, the second as the index writes them.
    for (const [name, rows] of [
      ['sliced', [{ kind: 'objects', gen: 1, chunk: 0, ids: ids.slice(0, ID_CHUNK).join('\n'), ends: Uint32Array.from((() => { const e: number[] = []; let at = -1; for (const id of ids.slice(0, ID_CHUNK)) e.push((at += id.length + 1)); return e; })()) }, { kind: 'objects', gen: 1, chunk: 1, ids: second.join('\n'), ends: ends(second) }]],
      ['split (older rows)', [{ kind: 'objects', gen: 1, chunk: 0, ids: ids.slice(0, ID_CHUNK).join('\n') }, { kind: 'objects', gen: 1, chunk: 1, ids: second }]],
    ] as const) {
      const db = new RegistryDb(`draw-ids-${name}`);
      await db.drawIds.bulkPut(rows as never);
      expect(await idsAtRanks(db, 1, ranks), name).toEqual(Array.from(ranks, (r) => ids[r]));
      expect(await ranksOfIds(db, index, asked), name).toEqual(want);
    }
  });
});
