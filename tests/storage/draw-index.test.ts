import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { guessMapping, withImported } from '../../src/core/registry-import';
import { completeUscc } from '../../src/core/model/identifiers';
import { prepareInputs, previewStrategy, type DrawParams, type RegistryBundle } from '../../src/core/draw';
import type { Strategy } from '../../src/core/model';
import { loadLibrary, RegistryDb } from '../../src/storage/registry-db';
import { buildDrawIndex, idsAtRanks, lastBuild, matchesOfRefs, RANKS_ROW, rankOfDenseOf, ranksOfIds } from '../../src/storage/draw-index';
import { LineArena } from '../../src/storage/line-arena';
import { keysOf } from '../../src/storage/block-keys';
import { importFileIntoDb } from '../../src/storage/registry-import-job';
import { indexedPreview } from '../../src/background/indexed-preview';
import { HIGH_RISK, NO_CLASS } from '../../src/core/draw/indexed';

let n = 0;
const freshDb = () => new RegistryDb(`draw-index-${++n}`);
const HEAD = ['统一社会信用代码', '企业名称', '行业', '登记机关', '所属区域', '信用风险分类', '是否进入异常名录', '一年内被抽查次数'];
const INDUSTRIES = ['餐饮服务', '食品销售', '药品零售', '住宿服务', '建材批发'];
const row = (i: number, suffix = '') => [completeUscc(`91110106${String(i).padStart(9, '0')}`), `企业${i}${suffix}`, INDUSTRIES[i % 5], i % 2 ? '东城局' : '西城局', `街道${i % 7}`, i % 9 === 0 ? '' : 'ABCD'[i % 4], i % 10 === 0 ? '是' : '否', String(i % 4)];
/** Rows in a shuffled order, so storage order is not the canonical order. */
function shuffled(ids: number[], seed: string) {
  const rnd = seedrandom(seed);
  const out = [...ids];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
const csv = (rows: string[][], name: string) => new File([rows.map((r) => r.join(',')).join('\r\n')], name, { lastModified: 1 });
const load = async (db: RegistryDb, rows: string[][], name: string) => {
  const r = await importFileIntoDb(db, { kind: 'objects', file: csv(rows, name), mapping: guessMapping('objects', rows[0]), chunkSize: 97 });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
};
const referenceHash = async (db: RegistryDb) => prepareInputs((await loadLibrary(db))!.objects, [], { taskId: 'x', year: 2026, departments: ['X'], rate: 1, inspectorsPerObject: 1 }).hashes.objectsHash;
const indexNow = async (db: RegistryDb) => (await db.drawIndex.get(['objects', (await db.registries.get('objects'))!.activeGen]))!;

const PARAMS: DrawParams = { minInspectorsPerObject: 2, maxJointInspectors: 10, maxChecksPerYear: 2, specialIndustries: ['食品', '药品'], allowedKinds: ['civil-servant', 'qualified', 'supervisory'], highRatePercent: 50 };
const INSPECTORS = Array.from({ length: 8 }, (_, i) => ({ id: `I${i}`, name: `检查员${i}`, departmentId: 'SCJG', registryKind: 'civil-servant' as const, expert: false, thirdParty: false, expertise: [], conflicts: [], active: true }));

describe('the draw index written with each objects generation', { timeout: 120_000 }, () => {
  it('hashes every row in canonical order as the reference draw does, and finds ids by rank and ranks by id', async () => {
    const db = freshDb();
    await load(db, [HEAD, ...shuffled(Array.from({ length: 1500 }, (_, i) => i + 1), 'a').map((i) => row(i))], 'a.csv');
    const index = await indexNow(db);
    expect(index.count).toBe(1500);
    expect(index.objectsHash).toBe(await referenceHash(db));
    const sorted = (await loadLibrary(db))!.objects.map((o) => o.id).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(await idsAtRanks(db, index.gen, Uint32Array.from(sorted.keys()))).toEqual(sorted);
    expect(await ranksOfIds(db, index, [sorted[700], 'NOT-HELD', sorted[0], sorted[1499], '0'])).toEqual([700, undefined, 0, 1499, undefined]);
  });

  it('stores a chunk larger than the row writer\'s first buffer (4 MiB) whole: every line as its record, the hash the reference\'s', async () => {
    const db = freshDb();
    // 1,000 rows of about 4.5 KB in one chunk: the buffer grows while the chunk is written.
    const long = (i: number) => `${'甲乙丙'.repeat(500)}${i}`;
    const rows = [HEAD, ...shuffled(Array.from({ length: 1000 }, (_, i) => i + 1), 'L').map((i) => row(i, long(i)))];
    const r = await importFileIntoDb(db, { kind: 'objects', file: csv(rows, 'long.csv'), mapping: guessMapping('objects', rows[0]), chunkSize: 1000 });
    expect(r.ok).toBe(true);
    const names = (await loadLibrary(db))!.objects.map((o) => o.name).sort();
    expect(names).toEqual(Array.from({ length: 1000 }, (_, i) => `企业${i + 1}${long(i + 1)}`).sort());
    expect((await indexNow(db)).objectsHash).toBe(await referenceHash(db));
  });

  it('hashes from the lines the import wrote, reading no block again; with those lines missing it reads the blocks and gets the same hash', async () => {
    const db = freshDb();
    // 9,100 rows in chunks of 97: the chunks of 4,096 lines straddle many blocks.
    await load(db, [HEAD, ...shuffled(Array.from({ length: 9100 }, (_, i) => i + 1), 'k').map((i) => row(i))], 'k.csv');
    expect(lastBuild.passes).toBe(0);
    const index = await indexNow(db);
    const reference = await referenceHash(db);
    expect(index.objectsHash).toBe(reference);
    const meta = (await db.registries.get('objects'))!;
    for (const kept of [undefined, Object.assign(new LineArena(), { count: 9100 })]) {
      if (kept) kept.spoil();
      expect((await buildDrawIndex(db, meta.activeGen, meta.sizes, 4096, kept)).objectsHash).toBe(reference);
      expect(lastBuild.passes).toBe(3);
    }
  });

  it('takes its columns from the key rows the import gathered, reading none back, and they equal those read from the stored key rows', async () => {
    const db = freshDb();
    await load(db, [HEAD, ...shuffled(Array.from({ length: 3000 }, (_, i) => i + 1), 'g').map((i) => row(i))], 'g.csv');
    // The ids too: those the import accepted, in its order, not a copy kept with each key row.
    expect([lastBuild.keyRowsRead, lastBuild.idsFrom]).toEqual([0, 'import']);
    const gathered = await indexNow(db);
    const meta = (await db.registries.get('objects'))!;
    expect(meta.sizes.length).toBeGreaterThan(1);
    const read = await buildDrawIndex(db, meta.activeGen, meta.sizes);
    expect([lastBuild.keyRowsRead, lastBuild.idsFrom]).toEqual([meta.sizes.length, 'rows']);
    const columns = async (i: typeof read) => ({ cls: i.cls, checks: i.checks, bits: i.bits, industry: i.industry, industries: i.industries, firsts: i.firsts, rankOfDense: await rankOfDenseOf(db, i), objectsHash: i.objectsHash });
    expect(await columns(gathered)).toEqual(await columns(read));
    // Both against the records themselves, in canonical order (both builds take the packed rows' path).
    const objects = (await loadLibrary(db))!.objects.sort((a, b) => (a.id < b.id ? -1 : 1));
    const want = objects.map((o) => [({ A: 0, B: 1, C: 2, D: 3 } as Record<string, number>)[o.creditClass ?? ''] ?? NO_CLASS, o.checksThisYear ?? 0, o.creditClass === 'D' || Object.values(o.flags ?? {}).some(Boolean) ? HIGH_RISK : 0, o.industry ?? '']);
    expect(objects.map((_, r) => [gathered.cls[r], gathered.checks[r], gathered.bits[r], gathered.industries[gathered.industry[r]]])).toEqual(want);
    expect(new Set(want.map((w) => w[0])).size).toBe(5);
  });

  it('the lines kept give up past their budget, and the import then hashes from the blocks', async () => {
    const arena = new LineArena(20 << 20);
    arena.add(['{"id":"甲"}', '{"id":"B"}']);
    expect([new TextDecoder().decode(arena.line(0)), new TextDecoder().decode(arena.line(1)), arena.count]).toEqual(['{"id":"甲"}', '{"id":"B"}', 2]);
    arena.add(Array.from({ length: 400 }, () => '甲'.repeat(20000)));
    expect(arena.spoiled).toBe(true);
    arena.add(['{"id":"C"}']);
    expect(arena.spoiled).toBe(true);
  });

  it('a resumed import hashes the rows of both runs (the first run’s lines are not in memory)', async () => {
    const db = freshDb();
    const rows = [HEAD, ...shuffled(Array.from({ length: 700 }, (_, i) => i + 1), 'r').map((i) => row(i))];
    const file = csv(rows, 'r.csv');
    const mapping = guessMapping('objects', rows[0]);
    // The first run stops after its third chunk as a closed tab would (a write fails; the checkpoint stays).
    let chunks = 0;
    const crash = await importFileIntoDb(db, {
      kind: 'objects', file, mapping, chunkSize: 97,
      onProgress: () => {
        if (++chunks === 3) throw new Error('tab closed');
      },
    }).catch((e: Error) => e.message);
    expect(crash).toBe('tab closed');
    expect(await db.registries.get('objects')).toBeUndefined();
    const r = await importFileIntoDb(db, { kind: 'objects', file, mapping, chunkSize: 97 });
    expect(r.ok && r.resumed).toBe(true);
    expect(lastBuild.passes).toBe(1);
    expect((await indexNow(db)).objectsHash).toBe(await referenceHash(db));
  });

  it('a merge gets its own index; the switched-away generation’s is deleted', async () => {
    const db = freshDb();
    await load(db, [HEAD, ...shuffled(Array.from({ length: 600 }, (_, i) => i + 1), 'b').map((i) => row(i))], 'b.csv');
    const first = await indexNow(db);
    // Row 7 unchanged (written all the same: a generation is the whole library). The library's untouched rows, appended
    // after the file's, are not among the ids the import accepted: the index takes its ids from the key rows.
    await load(db, [HEAD, row(7), row(3, '（变更）'), row(5, '（变更）'), row(900), row(901)], 'c.csv');
    expect(lastBuild.idsFrom).toBe('rows');
    const merged = await indexNow(db);
    expect(merged.gen).not.toBe(first.gen);
    expect(merged.count).toBe(602);
    expect(merged.objectsHash).toBe(await referenceHash(db));
    expect(merged.objectsHash).not.toBe(first.objectsHash);
    expect(await db.drawIndex.count()).toBe(1);
    expect(await db.drawIds.where('[kind+gen+chunk]').between(['objects', first.gen, -Infinity], ['objects', first.gen, Infinity]).count()).toBe(0);
  });

  it('keeps the rank table in its own row, read once when a draw needs it; an index row written before holds it itself', async () => {
    const db = freshDb();
    await load(db, [HEAD, ...shuffled(Array.from({ length: 3000 }, (_, i) => i + 1), 'r').map((i) => row(i))], 'r.csv');
    const index = await indexNow(db);
    expect(index.rankOfDense).toBeUndefined();
    const ranks = await rankOfDenseOf(db, index);
    // A permutation of the ranks, which marks every object when every stored reference is given.
    expect([...ranks].sort((a, b) => a - b)).toEqual(Array.from({ length: 3000 }, (_, r) => r));
    const meta = (await db.registries.get('objects'))!;
    const refs = Uint32Array.from(meta.sizes.flatMap((n, b) => Array.from({ length: n }, (_, i) => b * 65536 + i)));
    expect(matchesOfRefs(index, ranks, refs).every((m) => m === 1)).toBe(true);
    // Read once: the row deleted now, the same index object still has it; a fresh read of the index says it is missing.
    await db.drawIds.delete(['objects', index.gen, RANKS_ROW]);
    expect(await rankOfDenseOf(db, index)).toBe(ranks);
    await expect(rankOfDenseOf(db, await indexNow(db))).rejects.toThrow(/缺少位次表.*no rank table/);
    // An index row of the earlier form, with the table in it.
    await db.drawIndex.put({ ...index, rankOfDense: ranks });
    expect(await rankOfDenseOf(db, await indexNow(db))).toEqual(ranks);
  });

  it('stores checks and industries in the narrowest array their largest value fits, every value kept', async () => {
    const checksOf = async (top: string) => {
      const db = freshDb();
      await load(db, [HEAD, ...Array.from({ length: 40 }, (_, i) => row(i + 1)), [...row(41).slice(0, 7), top]], `narrow-${top}.csv`);
      const index = await indexNow(db);
      const objects = (await loadLibrary(db))!.objects.sort((a, b) => (a.id < b.id ? -1 : 1));
      expect(Array.from(index.checks)).toEqual(objects.map((o) => o.checksThisYear ?? 0));
      expect(objects.map((_, r) => index.industries[index.industry[r]])).toEqual(objects.map((o) => o.industry ?? ''));
      return [index.checks.constructor.name, index.industry.constructor.name, Math.max(...index.checks)];
    };
    expect(await checksOf('3')).toEqual(['Uint8Array', 'Uint8Array', 3]);
    // The import takes at most three digits (validate.ts): 16 bits is as wide as an imported count gets.
    expect(await checksOf('300')).toEqual(['Uint16Array', 'Uint8Array', 300]);
  });

  it('a library stored before the index (JSON rows, no checks in its keys) gets its index as its first preview builds it, with the same hash', async () => {
    const name = `draw-index-old-${++n}`;
    const v2 = new Dexie(name);
    v2.version(2).stores({ blocks: '[kind+gen+block]', blockKeys: '[kind+gen+block]', postings: '[kind+gen+field+value]', registries: 'kind', imports: '++id, kind, fileKey, status', issues: '++seq, importId, [importId+kind]', mappings: '[kind+shape]' });
    // 9,000 objects in three blocks, stored out of order: the index is hashed in three passes of 4,096 rows.
    const rnd = seedrandom('old');
    const recs = shuffled(Array.from({ length: 9000 }, (_, i) => i), 'old').map((i) => ({ id: `X${i}`, name: `企业${i}`, industry: INDUSTRIES[i % 5], ...(i % 6 ? { creditClass: 'ABCD'[i % 4] } : {}), flags: i % 10 ? {} : { abnormal: true }, checksThisYear: Math.floor(rnd() * 4), ...(i % 13 ? {} : { specialIndustry: true }) }));
    for (let b = 0; b < 3; b++) {
      const part = recs.slice(b * 3000, (b + 1) * 3000);
      await v2.table('blocks').add({ kind: 'objects', gen: 1, block: b, rows: part.map((r) => JSON.stringify(r)) });
      await v2.table('blockKeys').add({ kind: 'objects', gen: 1, block: b, ids: part.map((r) => r.id), names: part.map((r) => r.name), cols: { creditClass: part.map((r) => r.creditClass), industry: part.map((r) => r.industry) }, flags: part.map((r) => (r.flags.abnormal ? 1 : 0)) });
    }
    await v2.table('registries').put({ kind: 'objects', activeGen: 1, count: 9000, sizes: [3000, 3000, 3000], updatedAt: '', files: [] });
    v2.close();
    const db = new RegistryDb(name);
    expect(await db.drawIndex.count()).toBe(0);
    const built = await buildDrawIndex(db, 1, [3000, 3000, 3000], 4096);
    expect(built.objectsHash).toBe(prepareInputs(recs, [], { taskId: 'x', year: 2026, departments: ['X'], rate: 1, inspectorsPerObject: 1 }).hashes.objectsHash);
    const byRank = [...recs].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(Array.from(built.checks)).toEqual(byRank.map((r) => r.checksThisYear));
    expect(Array.from(built.bits)).toEqual(byRank.map((r) => (r.creditClass === 'D' || r.flags.abnormal ? 1 : 0) | (r.specialIndustry ? 2 : 0)));
  });

  it('writes ids holding a newline or an astral character, and names a duplicate id, from packed key rows; a missing key row stops it', async () => {
    const store = async (blocks: string[][]) => {
      const db = freshDb();
      for (const [b, ids] of blocks.entries()) {
        const recs = ids.map((id) => ({ id, name: `企业${id}`, flags: {}, checksThisYear: 0 }));
        await db.blocks.add({ kind: 'objects', gen: 1, block: b, rows: recs.map((r) => JSON.stringify(r)) });
        await db.blockKeys.add(keysOf('objects', 1, b, recs as never));
      }
      return db;
    };
    const odd = [['B', 'A\nX', 'C\u{20000}'], ['A', 'Z']];
    let db = await store(odd);
    const built = await buildDrawIndex(db, 1, [3, 2]);
    const sorted = odd.flat().sort((a, b) => (a < b ? -1 : 1));
    expect(built.problem).toBeUndefined();
    expect([built.firsts, await idsAtRanks(db, 1, Uint32Array.from(sorted.keys()))]).toEqual([['A'], sorted]);
    expect(await ranksOfIds(db, built, ['A\nX', 'C\u{20000}', 'C'])).toEqual([1, 3, undefined]);

    db = await store([['B', 'A'], ['C', 'A']]);
    expect((await buildDrawIndex(db, 1, [2, 2])).problem?.zh).toBe('检查对象名录库中的编号 A 重复');

    db = await store([['A'], ['B']]);
    await db.blockKeys.delete(['objects', 1, 0]);
    await expect(buildDrawIndex(db, 1, [1, 1])).rejects.toThrow(/key row of block 1 is missing or out of place/);
  });

  it('the background preview over the index equals the reference preview on the loaded library: whole registry, directed, a 专项库', async () => {
    const db = freshDb();
    const ids = shuffled(Array.from({ length: 2000 }, (_, i) => i + 1), 'p');
    await load(db, [HEAD, ...ids.map((i) => row(i))], 'p.csv');
    await importFileIntoDb(db, { kind: 'inspectors', file: csv([['姓名', '执法证号', '工作单位', '业务部门', '人员类别', '是否专家', '状态'], ...INSPECTORS.map((x) => [x.name, `执11000${x.id}`, '区局', 'SCJG', '行政执法类公务员', '否', '有效'])], 'i.csv'), mapping: guessMapping('inspectors', ['姓名', '执法证号', '工作单位', '业务部门', '人员类别', '是否专家', '状态']) });
    const lib = (await loadLibrary(db))!;
    // The platform serves three objects and a 专项库 of two of them (its own ids, re-keyed through the code).
    const servedObjs = [1, 2, 3].map((i) => ({ id: `P${i}`, uscc: row(i)[0], name: `企业${i}`, flags: {}, checksThisYear: 0 }));
    const served: RegistryBundle = { source: 's', objects: servedObjs, inspectors: [], libraries: [{ id: 'L-all', name: '全部', objectIds: ['P1', 'P2', 'P3'] }, { id: 'L-two', name: '两户', objectIds: ['P1', 'P3'] }], departments: ['SCJG'] };
    const strategies: Strategy[] = [
      { entries: [{ itemId: 'A', quantityMode: 'ratio', target: 5 }, { itemId: 'B', quantityMode: 'fixed', target: 30, libraryId: 'L-all' }], directed: false } as Strategy,
      { entries: [{ itemId: 'C', quantityMode: 'ratio', target: 20 }], directed: true, filters: { industries: ['药品零售', '住宿服务'], creditClasses: ['B', 'C'] } } as Strategy,
      { entries: [{ itemId: 'D', quantityMode: 'fixed', target: 1, libraryId: 'L-two' }], directed: false } as Strategy,
    ];
    const o = { seed: 'bg', taskId: 'RW-1', year: 2026, departments: ['SCJG'], inspectorsPerObject: 2, now: () => new Date('2026-03-01T00:00:00Z') };
    for (const s of strategies) {
      const mine = (await indexedPreview(db, served, s, PARAMS, o))!;
      const ref = await previewStrategy(withImported(served, { ...lib, hasObjects: true, hasInspectors: true }, 'x'), s, PARAMS, o);
      expect(mine.preview.items.map((i) => i.error)).toEqual(ref.items.map((i) => i.error));
      expect(mine.preview.items.every((i) => i.record)).toBe(true);
      expect(mine.preview.items.map((i) => i.record!.recordHash)).toEqual(ref.items.map((i) => i.record!.recordHash));
      expect({ ...mine.preview, items: mine.preview.items.map(({ record: _r, ...rest }) => rest) }).toEqual({ ...ref, items: ref.items.map(({ record: _r, ...rest }) => rest) });
      expect(mine.narrowed).toBe(!!s.directed);
    }
  });
});
