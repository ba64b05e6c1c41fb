import 'fake-indexeddb/auto';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { guessMapping } from '../../src/core/registry-import';
import { completeUscc } from '../../src/core/model/identifiers';
import { prepareInputs } from '../../src/core/draw';
import { encodeLines } from '../../src/storage/block-lines';
import { buildDrawIndex, lastBuild } from '../../src/storage/draw-index';
import { digestsFromSpill, LineSpill, type SpillFile } from '../../src/storage/line-spill';
import { loadLibrary, RegistryDb } from '../../src/storage/registry-db';
import { importFileIntoDb } from '../../src/storage/registry-import-job';

/** A file in memory standing for the OPFS access handle (Node has none); `failAt`: the write that fails (storage full). */
class MemoryFile implements SpillFile {
  data = new Uint8Array(1 << 16);
  size = 0;
  writes = 0;
  closed = 0;
  constructor(private failAt = Infinity) {}
  write(buffer: Uint8Array, { at }: { at: number }) {
    if (++this.writes >= this.failAt) throw new DOMException('quota', 'QuotaExceededError');
    while (this.data.length < at + buffer.length) {
      const bigger = new Uint8Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data.set(buffer, at);
    this.size = Math.max(this.size, at + buffer.length);
    return buffer.length;
  }
  read(buffer: Uint8Array, { at }: { at: number }) {
    const n = Math.max(0, Math.min(buffer.length, this.size - at));
    buffer.set(this.data.subarray(at, at + n));
    return n;
  }
  close() {
    this.closed++;
  }
}

const enc = new TextEncoder();
const sha = async (b: Uint8Array<ArrayBuffer>) => new Uint8Array(await crypto.subtle.digest('SHA-256', b));

describe('the import’s lines spilled to a file, for the draw index of a registry too large for memory', () => {
  it('gives the chunk digests of the lines in rank order, whatever the slice of ranks held at a time', async () => {
    const rnd = seedrandom('spill');
    // 9,300 lines of 1–60 characters (some outside the BMP), in blocks of 1–700 lines: chunks of 4,096 straddle blocks.
    const lines = Array.from({ length: 9300 }, (_, i) => `{"id":"${i}","n":"${'甲𠮷a'.repeat(Math.floor(rnd() * 20))}"}`);
    const spill = new LineSpill(new MemoryFile());
    for (let at = 0; at < lines.length; ) {
      const n = 1 + Math.floor(rnd() * 700);
      spill.add(lines.slice(at, at + n));
      at += n;
    }
    expect(spill.count).toBe(9300);
    const order = Uint32Array.from(lines.keys());
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const rankOfDense = new Uint32Array(order.length);
    order.forEach((d, r) => (rankOfDense[d] = r));
    const want = new Uint8Array(32 * 3);
    for (let c = 0; c < 3; c++) want.set(await sha(enc.encode(Array.from(order.subarray(c * 4096, (c + 1) * 4096), (d) => `${lines[d]}\n`).join(''))), 32 * c);
    for (const [sliceBytes, slices] of [[1 << 30, 1], [1, 3]] as const) {
      const got = new Uint8Array(32 * 3);
      expect(await digestsFromSpill(spill, order, rankOfDense, got, sliceBytes)).toBe(slices);
      expect(got).toEqual(want);
    }
  });

  it('gives up when a write fails (storage full), keeping nothing; closing releases the file once', async () => {
    const file = new MemoryFile(3);
    let released = 0;
    const spill = new LineSpill(file, async () => void released++);
    const block = encodeLines(['a', 'b']);
    spill.addBlock(block.bytes, block.ends);
    spill.addBlock(block.bytes, block.ends);
    expect([spill.count, spill.spoiled]).toEqual([4, false]);
    spill.addBlock(block.bytes, block.ends);
    expect(spill.spoiled).toBe(true);
    expect([...spill.blocks()]).toEqual([]);
    await spill.close();
    await spill.close();
    expect(released).toBe(1);
  });

  it('the draw index hashes from the spill file the reference draw’s hash, reading no stored block', async () => {
    const db = new RegistryDb('line-spill-index');
    const head = ['统一社会信用代码', '企业名称', '行业', '信用风险分类'];
    // Stored in reverse, codes scattered (7919 is prime to 100,000): storage order is not the canonical order.
    const ids = Array.from({ length: 5000 }, (_, i) => 5000 - i);
    const rows = [head, ...ids.map((i) => [completeUscc(`91110106${String((i * 7919) % 100000).padStart(9, '0')}`), `企业${i}`, '餐饮服务', 'ABCD'[i % 4]])];
    const file = new File([rows.map((r) => r.join(',')).join('\r\n')], 's.csv', { lastModified: 1 });
    expect((await importFileIntoDb(db, { kind: 'objects', file, mapping: guessMapping('objects', head), chunkSize: 333 })).ok).toBe(true);
    const meta = (await db.registries.get('objects'))!;
    // The stored blocks' lines, as the import's worker would have spilled them while writing.
    const spill = new LineSpill(new MemoryFile());
    await db.blocks.where('[kind+gen+block]').between(['objects', meta.activeGen, -Infinity], ['objects', meta.activeGen, Infinity]).each((b) => spill.addBlock(b.bytes!, b.ends!));
    const reference = prepareInputs((await loadLibrary(db))!.objects, [], { taskId: 'x', year: 2026, departments: ['X'], rate: 1, inspectorsPerObject: 1 }).hashes.objectsHash;
    const built = await buildDrawIndex(db, meta.activeGen, meta.sizes, 4096, spill);
    expect([built.objectsHash, built.hashedFrom, lastBuild.passes, lastBuild.slices]).toEqual([reference, 'spill', 0, 1]);
    // A spill missing a block is not used: the blocks are read instead, to the same hash.
    const short = new LineSpill(new MemoryFile());
    short.add(['{}']);
    const again = await buildDrawIndex(db, meta.activeGen, meta.sizes, 4096, short);
    expect([again.objectsHash, again.hashedFrom, lastBuild.passes]).toEqual([reference, 'blocks', 2]);
  });
});
