// The helper digests a registry's chunks on a worker thread while the next chunk is written
// (src/helper/digest-worker.ts): the same rowsHash (docs/draw-spec.md §2.2) as the reference lines,
// across the ring of slots, with oversized chunks, after a preparation that threw half-way.
import { describe, expect, it } from 'vitest';
import { objectLine, prepareInputs, rowsHash, ROWS_PER_CHUNK } from '../../src/core/draw';
import { pipelinedRowBytesHash } from '../../src/core/draw/line-bytes';
import { writeObjectRow } from '../../src/core/draw/object-row-bytes';
import { ObjectRecord } from '../../src/core/model';
import { digestedOffThread, workerPipeline } from '../../src/helper/digest-worker';
import { nodeListHasher } from '../../src/helper/node-hash';
import { generateInspectors, generateObjects } from '../../src/sandbox/generate-registries';

const objects = (n: number, seed = 5) => generateObjects(n, seed).map((o) => ObjectRecord.parse(o));

describe('digest-worker: chunks digested off the main thread', () => {
  for (const n of [0, 1, ROWS_PER_CHUNK, 2 * ROWS_PER_CHUNK + 7, 9 * ROWS_PER_CHUNK + 1])
    it(`equals rowsHash of the reference lines for ${n} rows, each chunk digested by the worker`, () => {
      const objs = objects(n);
      const before = digestedOffThread();
      expect(pipelinedRowBytesHash(objs, writeObjectRow, workerPipeline())).toBe(rowsHash(objs.map(objectLine)));
      expect(digestedOffThread() - before).toBe(Math.ceil(n / ROWS_PER_CHUNK));
    });

  it('a chunk larger than a slot (4 MiB) is digested on the main thread, in its place', () => {
    // Chunks 1 and 2 of 4 hold rows with a 1,100-character address: about 4.5 MiB each.
    const objs = objects(4 * ROWS_PER_CHUNK, 7).map((o, i) => (i >= ROWS_PER_CHUNK && i < 3 * ROWS_PER_CHUNK ? { ...o, address: `${o.address}${'长'.repeat(400)}` } : o));
    const before = digestedOffThread();
    expect(pipelinedRowBytesHash(objs, writeObjectRow, workerPipeline())).toBe(rowsHash(objs.map(objectLine)));
    expect(digestedOffThread() - before).toBe(2);
  });

  it('after a preparation that threw with chunks in flight, the next one is still right', () => {
    const objs = objects(6 * ROWS_PER_CHUNK + 3, 9);
    const bad = objs.map((o, i) => (i === 5 * ROWS_PER_CHUNK + 2 ? { ...o, name: `甲\ud800` } : o));
    expect(() => pipelinedRowBytesHash(bad, writeObjectRow, workerPipeline())).toThrow(/field name holds a lone surrogate/);
    expect(pipelinedRowBytesHash(objs, writeObjectRow, workerPipeline())).toBe(rowsHash(objs.map(objectLine)));
  });

  it("prepareInputs with the helper's hasher takes the pipeline and gives the reference hash", () => {
    const raw = generateObjects(3 * ROWS_PER_CHUNK + 11, 4);
    const before = digestedOffThread();
    const p = prepareInputs(raw, generateInspectors(20, ['SCJG'], 3, 100), { taskId: 'T', year: 2026, departments: ['SCJG'], rate: 5, inspectorsPerObject: 2 }, nodeListHasher);
    expect(p.hashes.objectsHash).toBe(rowsHash(raw.map((o) => objectLine(ObjectRecord.parse(o)))));
    // The object registry's 4 chunks and the inspectors' one.
    expect(digestedOffThread() - before).toBe(5);
  });
});
