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
  it('rows with the end of each id, or of one width: ids sliced out, the same answers as the older rows split whole', async () => {
    const second = ids.slice(ID_CHUNK);
    // `ends` of the first chunk computed the slow way, the second as the index writes them.
    for (const [name, rows] of [
      ['sliced', [{ kind: 'objects', gen: 1, chunk: 0, ids: ids.slice(0, ID_CHUNK).join('\n'), ends: Uint32Array.from((() => { const e: number[] = []; let at = -1; for (const id of ids.slice(0, ID_CHUNK)) e.push((at += id.length + 1)); return e; })()) }, { kind: 'objects', gen: 1, chunk: 1, ids: second.join('\n'), ends: ends(second) }]],
      ['split (older rows)', [{ kind: 'objects', gen: 1, chunk: 0, ids: ids.slice(0, ID_CHUNK).join('\n') }, { kind: 'objects', gen: 1, chunk: 1, ids: second }]],
      ['end to end, one width', [{ kind: 'objects', gen: 1, chunk: 0, ids: ids.slice(0, ID_CHUNK).join(''), width: 18 }, { kind: 'objects', gen: 1, chunk: 1, ids: second.join(''), width: 18 }]],
    ] as const) {
      const db = new RegistryDb(`draw-ids-${name}`);
      await db.drawIds.bulkPut(rows as never);
      expect(await idsAtRanks(db, 1, ranks), name).toEqual(Array.from(ranks, (r) => ids[r]));
      expect(await ranksOfIds(db, index, asked), name).toEqual(want);
    }
  });

  it('reads the chunks a draw names a few per request, each once, skipping the chunks it does not name', async () => {
    // Chunks 0, 2, 3, 5 and 6 hold three ids each (the rest of each chunk is not needed here); chunk 4 is not named.
    const db = new RegistryDb('draw-ids-requests');
    const idOf = (c: number, i: number) => `C${c}-${i}`;
    const held = [0, 2, 3, 4, 5, 6];
    await db.drawIds.bulkPut(held.map((c) => { const part = [0, 1, 2].map((i) => idOf(c, i)); return { kind: 'objects', gen: 1, chunk: c, ids: part.join('\n'), ends: ends(part) }; }));
    const named = [0, 2, 3, 5, 6].flatMap((c) => (c === 3 ? [c * ID_CHUNK + 2] : [c * ID_CHUNK, c * ID_CHUNK + 2]));
    const asks: number[][] = [];
    const bulkGet = db.drawIds.bulkGet.bind(db.drawIds);
    db.drawIds.bulkGet = ((keys: Array<[string, number, number]>) => (asks.push(keys.map((k) => k[2])), bulkGet(keys as never))) as never;
    expect(await idsAtRanks(db, 1, Uint32Array.from(named), 2)).toEqual(named.map((r) => idOf(Math.floor(r / ID_CHUNK), r % ID_CHUNK)));
    expect(asks).toEqual([[0, 2], [3, 5], [6]]);
  });
});
