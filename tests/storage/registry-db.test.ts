import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { guessMapping, parseCsv } from '../../src/core/registry-import';
import { completeUscc } from '../../src/core/model/identifiers';
import { beginImport, cleanUp, countObjects, distinctValues, importStore, loadLibrary, pageObjects, RegistryDb } from '../../src/storage/registry-db';
import { RowClassifier } from '../../src/core/registry-import/classify';
import { MAX_BLOCKS } from '../../src/storage/block-limit';
import { keyCount, keyIds } from '../../src/storage/block-keys';

/** Records stored, over every generation (a switched-away generation must be gone). */
const stored = async (db: RegistryDb) => (await db.blockKeys.toArray()).reduce((n, k) => n + keyCount(k), 0);
import { importFileIntoDb, peekFile } from '../../src/storage/registry-import-job';
import { fixture } from '../registry-import/read-file';

let n = 0;
const freshDb = () => new RegistryDb(`reg-test-${++n}`);
const HEAD = ['统一社会信用代码', '企业名称', '行业', '登记机关', '所属区域', '信用风险分类', '是否进入异常名录'];
const INDUSTRIES = ['餐饮服务', '食品销售', '药品零售'];
const row = (i: number, suffix = '') => [completeUscc(`91110106${String(i).padStart(9, '0')}`), `企业${i}${suffix}`, INDUSTRIES[i % 3], i % 2 ? '东城局' : '西城局', `街道${i % 5}`, 'ABCD'[i % 4], i % 10 === 0 ? '是' : '否'];
const csvFile = (rows: string[][], name = 'objects.csv', lastModified = 1) => new File([rows.map((r) => r.join(',')).join('\r\n')], name, { lastModified });
const mappingOf = (rows: string[][]) => guessMapping('objects', rows[0]);

describe('registry database', () => {
  it('imports, counts with filters, pages, and loads a filtered library', async () => {
    const db = freshDb();
    const rows = [HEAD, ...Array.from({ length: 100 }, (_, i) => row(i + 1))];
    const r = await importFileIntoDb(db, { kind: 'objects', file: csvFile(rows), mapping: mappingOf(rows), chunkSize: 7 });
    expect(r.ok && r.counts).toMatchObject({ read: 100, imported: 100, rejected: 0 });
    expect(await countObjects(db)).toBe(100);
    expect(await countObjects(db, { filters: { creditClasses: ['A'] } })).toBe(25);
    expect(await countObjects(db, { filters: { creditClasses: ['A', 'B'], industries: ['餐饮服务'] } })).toBe(rows.slice(1).filter((x) => 'AB'.includes(x[5]) && x[2] === '餐饮服务').length);
    expect(await countObjects(db, { filters: { flags: { abnormal: true } } })).toBe(10);
    expect(await countObjects(db, { filters: { regions: ['街道1'], registrationOffices: ['东城局'] } })).toBe(rows.slice(1).filter((x) => x[4] === '街道1' && x[3] === '东城局').length);
    expect(await countObjects(db, { text: '企业1' })).toBe(12); // 企业1, 企业10-19, 企业100
    expect(await countObjects(db, { text: '91110106' })).toBe(100);
    expect(await countObjects(db, { text: '911101060000001' })).toBe(1);
    expect((await pageObjects(db, {}, 10, 5)).map((o) => o.name)).toHaveLength(5);
    const lib = await loadLibrary(db, { filters: { industries: ['药品零售'] } });
    expect(lib!.objects.every((o) => o.industry === '药品零售' && !('gen' in o) && !('flagKeys' in o))).toBe(true);
    expect(lib!.total).toBe(33);
    expect(await distinctValues(db, 'industry')).toEqual([...INDUSTRIES].sort());
    expect((await loadLibrary(db, {}, 50))!.objects).toEqual([]);
  });

  it('the same large file twice changes nothing: a chunk compared with the library reads more blocks than a merge keeps', async () => {
    const db = freshDb();
    // 12,000 rows of ~230 bytes in chunks of 6,000: each chunk spans a dozen blocks of 128 KiB, more than the 8 a merge keeps.
    const rows = [HEAD, ...Array.from({ length: 12000 }, (_, i) => row(i + 1, `有限公司${'某'.repeat(40)}`))];
    await importFileIntoDb(db, { kind: 'objects', file: csvFile(rows), mapping: mappingOf(rows), chunkSize: 6000 });
    expect((await db.blockKeys.count()) > 16).toBe(true);
    const again = await importFileIntoDb(db, { kind: 'objects', file: csvFile(rows, 'objects.csv', 2), mapping: mappingOf(rows), chunkSize: 6000 });
    expect(again.ok && again.counts).toMatchObject({ read: 12000, imported: 0, updated: 0, duplicate: 12000 });
    expect(again.ok && again.import.status).toBe('unchanged');
  }, 120_000);

  it('the same file twice changes nothing; a changed file updates; the old generation is gone', async () => {
    const db = freshDb();
    const rows = [HEAD, ...Array.from({ length: 20 }, (_, i) => row(i + 1))];
    const first = await importFileIntoDb(db, { kind: 'objects', file: csvFile(rows), mapping: mappingOf(rows), chunkSize: 6 });
    const gen1 = (await db.registries.get('objects'))!.activeGen;
    const again = await importFileIntoDb(db, { kind: 'objects', file: csvFile(rows, 'objects.csv', 2), mapping: mappingOf(rows), chunkSize: 6 });
    expect(first.ok && again.ok && again.counts).toMatchObject({ read: 20, imported: 0, updated: 0, duplicate: 20 });
    expect(again.ok && again.import.status).toBe('unchanged');
    expect((await db.registries.get('objects'))!.activeGen).toBe(gen1);
    expect(await stored(db)).toBe(20);
    // Two rows changed, two new: merged with the eighteen untouched.
    const next = [HEAD, row(1, '（变更）'), row(2, '（变更）'), row(21), row(22)];
    const r = await importFileIntoDb(db, { kind: 'objects', file: csvFile(next, 'b.csv'), mapping: mappingOf(next) });
    expect(r.ok && r.counts).toMatchObject({ read: 4, imported: 2, updated: 2, duplicate: 0 });
    expect(await countObjects(db)).toBe(22);
    expect(await stored(db)).toBe(22);
    expect((await pageObjects(db, { text: '企业1（' }, 0, 5)).map((o) => o.name)).toEqual(['企业1（变更）']);
    // Replace mode: the library is the file, nothing else.
    const rep = await importFileIntoDb(db, { kind: 'objects', file: csvFile(next, 'c.csv'), mapping: mappingOf(next), mode: 'replace' });
    expect(rep.ok).toBe(true);
    expect(await countObjects(db)).toBe(4);
  });

  it('an interrupted import leaves the previous library whole, and the same file resumes from its checkpoint', async () => {
    const db = freshDb();
    const base = [HEAD, ...Array.from({ length: 5 }, (_, i) => row(1000 + i))];
    await importFileIntoDb(db, { kind: 'objects', file: csvFile(base, 'base.csv'), mapping: mappingOf(base) });
    const rows = [HEAD, ...Array.from({ length: 50 }, (_, i) => row(i + 1)), row(3), ['坏', '', '', '', '', '', '']];
    const file = csvFile(rows, 'big.csv');
    // The browser closes after two chunks: a write fails mid-import.
    let chunks = 0;
    const crash = await importFileIntoDb(db, {
      kind: 'objects', file, mapping: mappingOf(rows), chunkSize: 10,
      onProgress: () => {
        if (++chunks === 2) throw new Error('tab closed');
      },
    }).catch((e: Error) => e.message);
    expect(crash).toBe('tab closed');
    expect(await countObjects(db)).toBe(5);
    expect((await loadLibrary(db))!.objects.map((o) => o.name).sort()).toEqual(base.slice(1).map((r) => r[1]).sort());
    const open = await db.imports.where('status').equals('running').toArray();
    expect(open).toHaveLength(1);
    // The checkpoint of the last chunk committed: chunk 2's, or a later one's already under way (writes overlap).
    expect([21, 31, 41]).toContain(open[0].lastRow);
    // Resumed: the counts are those of one uninterrupted run, and the rows add up.
    const progress: number[] = [];
    const r = await importFileIntoDb(db, { kind: 'objects', file, mapping: mappingOf(rows), chunkSize: 10, onProgress: (_, last) => progress.push(last) });
    expect(r.ok && r.resumed).toBe(true);
    expect(progress[0]).toBe(open[0].lastRow + 10);
    expect(r.ok && r.counts).toMatchObject({ read: 52, imported: 50, updated: 0, duplicate: 1, rejected: 1 });
    expect(await countObjects(db)).toBe(55);
    const issues = await db.issues.where('[importId+kind]').equals([open[0].id!, 'rejected']).toArray();
    expect(issues.map((i) => [i.row, i.zh])).toEqual([[53, expect.stringMatching(/缺少企业名称|不是 13\/15 位注册号|既不是/)]]);
  });

  it('an import that would pass the last block a reference can name (65,536) stops with the cause; the library held stays', async () => {
    const db = freshDb();
    const base = [HEAD, ...Array.from({ length: 5 }, (_, i) => row(1000 + i))];
    await importFileIntoDb(db, { kind: 'objects', file: csvFile(base, 'base.csv'), mapping: mappingOf(base) });
    const rows = [HEAD, ...Array.from({ length: 40 }, (_, i) => row(i + 1))];
    const file = csvFile(rows, 'huge.csv');
    let chunks = 0;
    await importFileIntoDb(db, { kind: 'objects', file, mapping: mappingOf(rows), chunkSize: 10, onProgress: () => { if (++chunks === 1) throw new Error('tab closed'); } }).catch(() => undefined);
    // The interrupted import's checkpoint stands for a registry of 65,535 blocks: one more fits, the one after does not.
    const open = (await db.imports.where('status').equals('running').first())!;
    await db.imports.update(open.id!, { blocks: MAX_BLOCKS - 1 });
    const r = await importFileIntoDb(db, { kind: 'objects', file, mapping: mappingOf(rows), chunkSize: 10 });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems[0].zh).toMatch(/名录过大/);
    expect((await db.imports.get(open.id!))!.status).toBe('abandoned');
    expect(await countObjects(db)).toBe(5);
    expect(await db.blocks.where('[kind+gen+block]').between(['objects', open.gen, MAX_BLOCKS - 1], ['objects', open.gen, Infinity]).count()).toBe(0);
  });

  it('a chunk written while the one before it fails is not committed: the checkpoint never passes rows not stored', async () => {
    const db = freshDb();
    const begun = await beginImport(db, { kind: 'objects', fileKey: 'k', fileName: 'k.csv', headers: HEAD });
    const chunk = (from: number, lastRow: number) => {
      const v = new RowClassifier('objects', mappingOf([HEAD])).validate(Array.from({ length: 10 }, (_, i) => ({ row: from + i, cells: row(from + i) })));
      return { records: v.accepted, rejected: [], notes: [], counts: { read: lastRow - 1, imported: lastRow - 1, updated: 0, duplicate: 0, rejected: 0, warnings: 0 }, lastRow };
    };
    // The first chunk's block 0 is taken already (its write fails); the second is asked for before the first commits.
    await db.blocks.add({ kind: 'objects', gen: begun.row.gen, block: 0, rows: [] });
    const store = importStore(db, begun.row);
    const [first, second] = await Promise.allSettled([store.write(chunk(2, 11)), store.write(chunk(12, 21))]);
    expect([first.status, second.status]).toEqual(['rejected', 'rejected']);
    const cp = (await db.imports.get(begun.row.id))!;
    expect([cp.lastRow, cp.blocks]).toEqual([0, 0]);
    expect(await db.blocks.count()).toBe(1);
    expect(await db.blockKeys.count()).toBe(0);
    // Without the failure both commit, in order.
    const db2 = freshDb();
    const b2 = await beginImport(db2, { kind: 'objects', fileKey: 'k', fileName: 'k.csv', headers: HEAD });
    const s2 = importStore(db2, b2.row);
    await Promise.all([s2.write(chunk(2, 11)), s2.write(chunk(12, 21))]);
    expect((await db2.imports.get(b2.row.id))!.lastRow).toBe(21);
    expect(await db2.blockKeys.count()).toBe((await db2.imports.get(b2.row.id))!.blocks);
  });

  it('a checkpoint resumes only the same file read with the same mapping', async () => {
    const db = freshDb();
    const rows = [HEAD, ...Array.from({ length: 30 }, (_, i) => row(i + 1))];
    const file = csvFile(rows, 'x.csv');
    const crash = () => {
      throw new Error('closed');
    };
    await importFileIntoDb(db, { kind: 'objects', file, mapping: mappingOf(rows), chunkSize: 10, onProgress: crash }).catch(() => undefined);
    const other = { ...mappingOf(rows), columns: mappingOf(rows).columns.map((c) => (c === 'industry' ? null : c)) };
    const r = await importFileIntoDb(db, { kind: 'objects', file, mapping: other, chunkSize: 10 });
    expect(r.ok && r.resumed).toBe(false);
    expect(r.ok && r.counts).toMatchObject({ read: 30, imported: 30 });
    expect(await countObjects(db, { filters: { industries: ['餐饮服务'] } })).toBe(0);
    expect((await db.imports.toArray()).map((i) => i.status)).toEqual(['abandoned', 'done']);
  });

  it('a merge killed half way resumes: the file is not read again into new blocks, the merge is redone once', async () => {
    const db = freshDb();
    const base = [HEAD, ...Array.from({ length: 40 }, (_, i) => row(i + 1))];
    await importFileIntoDb(db, { kind: 'objects', file: csvFile(base, 'base.csv'), mapping: mappingOf(base), chunkSize: 10 });
    const rows = [HEAD, ...Array.from({ length: 30 }, (_, i) => row(i + 21))];
    const file = csvFile(rows, 'more.csv');
    // Three chunks of the file, then the merge appends the 20 untouched rows as a block and its keys; the "kill"
    // comes between the two, leaving a block past the checkpoint.
    let keys = 0;
    const hook = () => {
      if (++keys > 3) throw new Error('killed');
    };
    db.blockKeys.hook('creating', hook);
    await expect(importFileIntoDb(db, { kind: 'objects', file, mapping: mappingOf(rows), chunkSize: 10 })).rejects.toThrow();
    db.blockKeys.hook('creating').unsubscribe(hook);
    expect(await db.blocks.count()).toBe(4 + 3 + 1);
    expect((await db.imports.toArray()).map((i) => i.status)).toEqual(['done', 'merging']);
    expect(await countObjects(db)).toBe(40);
    const r = await importFileIntoDb(db, { kind: 'objects', file, mapping: mappingOf(rows), chunkSize: 10 });
    expect(r.ok && r.resumed).toBe(true);
    expect(r.ok && r.counts).toMatchObject({ read: 30, imported: 10, duplicate: 20 });
    const ids = (await db.blockKeys.toArray()).flatMap(keyIds);
    expect([await countObjects(db), ids.length, new Set(ids).size]).toEqual([50, 50, 50]);
  });

  it('cancelling keeps the previous library; a crash leftover is cleaned up', async () => {
    const db = freshDb();
    const rows = [HEAD, ...Array.from({ length: 30 }, (_, i) => row(i + 1))];
    const ac = new AbortController();
    const r = await importFileIntoDb(db, { kind: 'objects', file: csvFile(rows), mapping: mappingOf(rows), chunkSize: 5, signal: ac.signal, onProgress: () => ac.abort() });
    expect(r).toMatchObject({ ok: false, cancelled: true });
    expect(await stored(db)).toBe(0);
    expect(await countObjects(db)).toBe(0);
    await db.blocks.add({ kind: 'objects', gen: 99, block: 0, rows: [JSON.stringify({ id: 'X', flags: {}, checksThisYear: 0 })] });
    await db.blockKeys.add({ kind: 'objects', gen: 99, block: 0, ids: ['X'], names: [''] });
    await cleanUp(db);
    expect(await stored(db)).toBe(0);
    expect(await db.blocks.count()).toBe(0);
  });

  it('peek finds the header, the mapping, and the saved mapping for the shape', async () => {
    const db = freshDb();
    const p = await peekFile(db, 'objects', new File([fixture('objects.xlsx')], 'objects.xlsx'));
    expect(p.headerRow).toBe(2);
    expect(p.problems).toEqual([]);
    expect(p.sample).toHaveLength(3);
    const odd = new File(['代码,字号\n91110000MA0000001X,某公司\n'], 'odd.csv');
    expect((await peekFile(db, 'objects', odd)).problems).toHaveLength(2);
    await db.mappings.put({ kind: 'objects', shape: '代码|字号', columns: [['代码', 'uscc'], ['字号', 'name']] });
    const again = await peekFile(db, 'objects', odd);
    expect(again).toMatchObject({ problems: [], fromSaved: true });
  });

  it('upgrades a version 1 database: the flags of the library held get their posting lists', async () => {
    const name = `reg-upgrade-${++n}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({ blocks: '[kind+gen+block]', blockKeys: '[kind+gen+block]', postings: '[kind+gen+field+value]', registries: 'kind', imports: '++id, kind, fileKey, status', issues: '++seq, importId, [importId+kind]', mappings: '[kind+shape]' });
    await v1.table('blocks').add({ kind: 'objects', gen: 1, block: 0, rows: [JSON.stringify({ id: 'A1', name: '甲', flags: { abnormal: true, complaint: true }, checksThisYear: 0 }), JSON.stringify({ id: 'A2', name: '乙', flags: {}, checksThisYear: 0 })] });
    await v1.table('blockKeys').add({ kind: 'objects', gen: 1, block: 0, ids: ['A1', 'A2'], names: ['甲', '乙'] });
    await v1.table('registries').put({ kind: 'objects', activeGen: 1, count: 2, sizes: [2], updatedAt: '', files: [] });
    v1.close();
    const db = new RegistryDb(name);
    expect(db.verno).toBe(3);
    await db.open();
    expect(Array.from((await db.postings.get(['objects', 1, 'flag', 'abnormal']))!.refs)).toEqual([0]);
    expect(await countObjects(db, { filters: { flags: { abnormal: true } } })).toBe(1);
    expect(await countObjects(db, { filters: { flags: { abnormal: false } } })).toBe(1);
    expect(await countObjects(db, { filters: { flags: { complaint: true, abnormal: true } } })).toBe(1);
  });
});

export { parseCsv };
