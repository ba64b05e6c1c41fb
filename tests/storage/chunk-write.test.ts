/**
 * The import's chunks stored by another worker (src/storage/chunk-write.ts): what is stored is what the import stores
 * by itself, errors come back with their names (storage full stays storage full), a buffer handed over is not copied,
 * and a writer that stopped fails its writes instead of leaving the import waiting.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { guessMapping, zeroCounts } from '../../src/core/registry-import';
import { completeUscc } from '../../src/core/model/identifiers';
import { RegistryDb } from '../../src/storage/registry-db';
import { importFileIntoDb } from '../../src/storage/registry-import-job';
import { remoteChunkWriter, serveChunkWrites, type ChunkWrite } from '../../src/storage/chunk-write';
import { isQuotaError } from '../../src/storage/quota';

let n = 0;
const names = () => `chunk-write-${++n}`;
const HEAD = ['统一社会信用代码', '企业名称', '行业', '登记机关', '所属区域', '信用风险分类', '是否进入异常名录'];
const row = (i: number) => [completeUscc(`91110106${String(i).padStart(9, '0')}`), `企业${i}`, ['餐饮服务', '食品销售'][i % 2], '东城局', `街道${i % 5}`, 'ABCD'[i % 4], i % 10 ? '否' : '是'];
const INSPECTOR_HEAD = ['姓名', '执法证号', '工作单位', '业务部门', '人员类别', '是否专家', '状态'];
const inspector = (i: number) => [`检查员${i}`, `执1100${String(i).padStart(4, '0')}`, '区局', 'SCJG', '行政执法类公务员', '否', '有效'];
const csv = (rows: string[][], name: string) => new File([rows.map((r) => r.join(',')).join('\r\n')], name, { lastModified: 1 });

/** A writer on its own connection to the database, as the page's writer worker has, joined by a channel. */
function writerFor(name: string) {
  const channel = new MessageChannel();
  const other = new RegistryDb(name);
  serveChunkWrites(other, channel.port2);
  return { write: remoteChunkWriter(channel.port1), other, close: () => (channel.port1.close(), channel.port2.close(), other.close()) };
}

/** Everything an import leaves, without what differs by when it ran. */
async function stored(db: RegistryDb) {
  const blocks = (await db.blocks.toArray()).map((b) => ({ ...b, bytes: Array.from(b.bytes ?? []), ends: Array.from(b.ends ?? []) }));
  const keys = await db.blockKeys.toArray();
  const metas = (await db.registries.toArray()).map(({ updatedAt, ...m }) => m);
  const imports = (await db.imports.toArray()).map(({ startedAt, finishedAt, ...i }) => i);
  const issues = await db.issues.toArray();
  const index = (await db.drawIndex.toArray()).map((x) => x.objectsHash);
  return { blocks, keys, metas, imports, issues, index };
}

describe('chunks stored by another worker', () => {
  it('stores byte for byte what the import stores by itself: blocks, key rows, checkpoint, issues, draw index', async () => {
    const rows = [HEAD, ...Array.from({ length: 300 }, (_, i) => row(i + 1)), ['not a code', '坏行', '', '', '', 'E', '否']];
    const here = new RegistryDb(names());
    const thereName = names();
    const there = new RegistryDb(thereName);
    const w = writerFor(thereName);
    try {
      const a = await importFileIntoDb(here, { kind: 'objects', file: csv(rows, 'o.csv'), mapping: guessMapping('objects', HEAD), chunkSize: 47 });
      const b = await importFileIntoDb(there, { kind: 'objects', file: csv(rows, 'o.csv'), mapping: guessMapping('objects', HEAD), chunkSize: 47, writer: w.write });
      expect(a.ok && a.counts).toMatchObject({ read: 301, imported: 300, rejected: 1 });
      expect(b.ok && b.counts).toEqual(a.ok && a.counts);
      const [x, y] = [await stored(here), await stored(there)];
      expect(y.blocks.length).toBeGreaterThan(0);
      expect(y).toEqual(x);
    } finally {
      w.close();
    }
  });

  it('hands the blocks’ buffers over when nothing here keeps them (an inspectors import), and stores them whole', async () => {
    const rows = [INSPECTOR_HEAD, ...Array.from({ length: 60 }, (_, i) => inspector(i + 1))];
    const name = names();
    const db = new RegistryDb(name);
    const w = writerFor(name);
    const handed: boolean[] = [];
    try {
      const r = await importFileIntoDb(db, {
        kind: 'inspectors', file: csv(rows, 'i.csv'), mapping: guessMapping('inspectors', INSPECTOR_HEAD), chunkSize: 25,
        writer: (c, handOver) => {
          const buffers = c.blocks.map((b) => b.bytes!);
          const written = w.write(c, handOver);
          // Transferred: the sender's buffers are empty once posted.
          handed.push(handOver && buffers.every((b) => b.byteLength === 0));
          return written;
        },
      });
      expect(r.ok && r.counts).toMatchObject({ read: 60, imported: 60 });
      expect(handed).toEqual([true, true, true]);
      const blocks = await db.blocks.toArray();
      expect(blocks.reduce((k, b) => k + b.ends!.length, 0)).toBe(60);
      expect(blocks.every((b) => b.bytes!.byteLength === b.ends![b.ends!.length - 1] + 1)).toBe(true);
    } finally {
      w.close();
    }
  });

  it('storage full in the writer comes back as storage full: the staging generation goes, the library held stays', async () => {
    const name = names();
    const db = new RegistryDb(name);
    const first = [HEAD, ...Array.from({ length: 30 }, (_, i) => row(i + 1))];
    await importFileIntoDb(db, { kind: 'objects', file: csv(first, 'a.csv'), mapping: guessMapping('objects', HEAD) });
    const w = writerFor(name);
    w.other.blocks.hook('creating', () => {
      // Told apart by its name alone: the message does not say "quota".
      throw new DOMException('the disk is full', 'QuotaExceededError');
    });
    try {
      const next = [HEAD, ...Array.from({ length: 40 }, (_, i) => row(i + 100))];
      const r = await importFileIntoDb(db, { kind: 'objects', file: csv(next, 'b.csv'), mapping: guessMapping('objects', HEAD), chunkSize: 10, writer: w.write });
      expect(r).toMatchObject({ ok: false, quota: true, problems: [{ zh: expect.stringMatching(/存储空间已满/) }] });
      expect((await db.registries.get('objects'))!.count).toBe(30);
      expect((await db.imports.toArray()).map((i) => i.status)).toEqual(['done', 'abandoned']);
    } finally {
      w.close();
    }
  });

  it('an error comes back with its name: a quota error whose message does not say so is still one', async () => {
    const channel = new MessageChannel();
    const write = remoteChunkWriter(channel.port1);
    // A writer that answers as serveChunkWrites does when IndexedDB refuses the write.
    channel.port2.onmessage = (ev) => channel.port2.postMessage({ seq: ev.data.seq, ok: false, name: 'QuotaExceededError', message: 'the disk is full' });
    const chunk: ChunkWrite = { importId: 1, after: { lastRow: 0, blocks: 0 }, checkpoint: { lastRow: 1, counts: zeroCounts(), blocks: 0 }, blocks: [], keyRows: [], issues: [] };
    const e = await write(chunk, false).catch((x: unknown) => x);
    expect(e).toMatchObject({ name: 'QuotaExceededError', message: 'the disk is full' });
    expect(isQuotaError(e)).toBe(true);
    channel.port1.close();
    channel.port2.close();
  });

  it('a chunk whose checkpoint does not follow is refused, in words', async () => {
    const name = names();
    const db = new RegistryDb(name);
    const id = await db.imports.add({ kind: 'objects', fileKey: 'k', fileName: 'f', gen: 2, baseGen: 0, mode: 'replace', status: 'running', lastRow: 5, blocks: 1, counts: { ...zeroCounts(), read: 5, imported: 5 }, headers: [], startedAt: '' });
    const w = writerFor(name);
    const chunk: ChunkWrite = { importId: id, after: { lastRow: 3, blocks: 1 }, checkpoint: { lastRow: 9, counts: zeroCounts(), blocks: 1 }, blocks: [], keyRows: [], issues: [] };
    try {
      await expect(w.write(chunk, true)).rejects.toThrow(/导入检查点不连续/);
      await w.write({ ...chunk, after: { lastRow: 5, blocks: 1 } }, true);
      expect((await db.imports.get(id))!.lastRow).toBe(9);
    } finally {
      w.close();
    }
  });

  it('a writer that stopped fails what waits on it, and every later write at once', async () => {
    // Nobody serves the other end: the write would wait for ever.
    const channel = new MessageChannel();
    const write = remoteChunkWriter(channel.port1);
    const chunk: ChunkWrite = { importId: 1, after: { lastRow: 0, blocks: 0 }, checkpoint: { lastRow: 1, counts: zeroCounts(), blocks: 0 }, blocks: [], keyRows: [], issues: [] };
    const waiting = write(chunk, false);
    write.lost();
    await expect(waiting).rejects.toThrow(/写入线程已停止/);
    await expect(write(chunk, false)).rejects.toThrow(/写入线程已停止/);
    channel.port2.close();
  });
});

