/**
 * The extension's preview hashes its inputs with WebCrypto, never with the pure SHA-256 (22-28 s for a
 * million rows in Chromium against 4-6 s): every call of the pure sha256Bytes is recorded, and none may
 * be given a chunk of an item's rows. The control: the synchronous draw does give it those chunks.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { draw, itemRequest, listHasherFrom, prepareInputs, previewStrategy, pureChunkDigest } from '../../src/core/draw';
import { Strategy } from '../../src/core/model';
import { baselineParams } from './fixtures';
import { sandboxBundle } from './sandbox-bundle';

const hashed = vi.hoisted(() => ({ chunks: [] as string[] }));
vi.mock('../../src/core/draw/sha256', async (original) => {
  const m = await original<typeof import('../../src/core/draw/sha256')>();
  return { ...m, sha256Bytes: (b: Uint8Array) => (hashed.chunks.push(Buffer.from(b).toString('hex')), m.sha256Bytes(b)) };
});

const bundle = sandboxBundle();
const opts = { seed: 'native', taskId: 'RW-2026-002', year: 2026, departments: ['SCJG'], inspectorsPerObject: 2, now: () => new Date('2026-11-23T02:00:00Z') };
const strategy = Strategy.parse({
  directed: false,
  creditClassRates: { A: 3, B: 5, C: 10, D: 20 },
  entries: [
    { itemId: 'SJ-005', libraryId: 'LIB-SPJY', quantityMode: 'ratio', target: 10 },
    { itemId: 'WS-001', quantityMode: 'ratio', target: 10 },
  ],
});

/** Each item's input chunks (objects and inspectors) as the hash reads them, by a hasher that keeps them. */
function inputChunks(): Set<string> {
  const out = new Set<string>();
  const keep = listHasherFrom(Object.assign((t: string) => pureChunkDigest(t), { bytes: (b: Uint8Array) => (out.add(Buffer.from(b).toString('hex')), new Uint8Array(32)) }));
  for (const e of strategy.entries) {
    const lib = bundle.libraries.find((l) => l.id === e.libraryId);
    const objects = lib ? bundle.objects.filter((o) => lib.objectIds.includes(o.id)) : bundle.objects;
    prepareInputs(objects, bundle.inspectors, itemRequest(strategy, e, opts), keep);
  }
  return out;
}

describe('the preview hashes its inputs natively', () => {
  beforeEach(() => void (hashed.chunks.length = 0));

  it('previewStrategy hands no input chunk to the pure SHA-256; the synchronous draw does (the control)', async () => {
    const chunks = inputChunks();
    expect(chunks.size).toBe(3); // two items' objects, one inspectors registry for both
    hashed.chunks.length = 0;
    const p = await previewStrategy(bundle, strategy, baselineParams, opts);
    expect(p.errors).toBe(0);
    expect(p.items.every((i) => i.record)).toBe(true);
    expect(hashed.chunks.length).toBeGreaterThan(0); // the spy is live (the record's own hashes)
    expect(hashed.chunks.filter((c) => chunks.has(c))).toEqual([]);

    // The same item drawn the old way: its chunks go through the pure SHA-256, and the record is the same.
    hashed.chunks.length = 0;
    const e = strategy.entries[1];
    const record = draw(bundle.objects, bundle.inspectors, itemRequest(strategy, e, opts), baselineParams, { seed: `${opts.seed}:${e.itemId}`, kind: 'preview', now: opts.now });
    expect(hashed.chunks.filter((c) => chunks.has(c)).length).toBeGreaterThanOrEqual(2);
    expect(record.recordHash).toBe(p.items[1].record!.recordHash);
  });
});
