import { describe, expect, it } from 'vitest';
import { previewStrategy, roundHalfUp, verifyRecord } from '../../src/core/draw';
import { Strategy } from '../../src/core/model';
import { baselineParams } from './fixtures';
import { sandboxBundle } from './sandbox-bundle';

const bundle = sandboxBundle();
const opts = { seed: 'preview-seed', taskId: 'RW-2026-002', year: 2026, departments: ['SCJG'], inspectorsPerObject: 2, now: () => new Date('2026-11-23T02:00:00Z') };
const lib = (id: string) => bundle.libraries.find((l) => l.id === id)!;
const strategy = (over: Partial<Strategy> = {}) =>
  Strategy.parse({
    directed: false,
    creditClassRates: { A: 3, B: 5, C: 10, D: 20 },
    entries: [
      { itemId: 'SJ-005', libraryId: 'LIB-SPJY', quantityMode: 'ratio', target: 10 },
      { itemId: 'WS-001', libraryId: 'LIB-GGCS', quantityMode: 'ratio', target: 10 },
    ],
    ...over,
  });

describe('draw preview of a strategy, item by item', () => {
  it('per class: each class of each item’s library is drawn at its rate, rounded half up', async () => {
    const p = await previewStrategy(bundle, strategy(), baselineParams, opts);
    expect(p.errors).toBe(0);
    for (const item of p.items) {
      const objs = lib(item.libraryId!).objectIds.map((id) => bundle.objects.find((o) => o.id === id)!);
      expect(item.library).toBe(objs.length);
      for (const c of item.classes) {
        const rate = { A: 3, B: 5, C: 10, D: 20 }[c.creditClass as 'A'];
        expect(c.pool).toBeLessThanOrEqual(objs.filter((o) => o.creditClass === c.creditClass).length);
        expect(c.target).toBe(roundHalfUp(c.pool, rate));
      }
      // Frequency exclusions are the only objects of the library not in a class pool.
      expect(item.classes.reduce((n, c) => n + c.pool, 0) + (item.excluded.frequency ?? 0)).toBe(objs.length);
      expect(item.drawn).toBe(item.classes.reduce((n, c) => n + c.target, 0));
      expect(item.inspectors.min).toBeGreaterThanOrEqual(2);
    }
  });

  it('is reproducible: the same seed gives the same preview; another seed another draw; each record verifies', async () => {
    const a = await previewStrategy(bundle, strategy(), baselineParams, opts);
    const b = await previewStrategy(bundle, strategy(), baselineParams, opts);
    const c = await previewStrategy(bundle, strategy(), baselineParams, { ...opts, seed: 'other' });
    expect(a.items.map((i) => i.record!.result.objectIds)).toEqual(b.items.map((i) => i.record!.result.objectIds));
    expect(a.items[0].record!.result.objectIds).not.toEqual(c.items[0].record!.result.objectIds);
    expect(a.items[0].record!.kind).toBe('preview');
    expect(verifyRecord(a.items[0].record!, lib('LIB-SPJY').objectIds.map((id) => bundle.objects.find((o) => o.id === id)), bundle.inspectors)).toEqual({ verified: true, kind: 'preview', differences: [] });
  });

  it('without class rates, a ratio row draws its rate of the library and a fixed row its count', async () => {
    const p = await previewStrategy(
      bundle,
      strategy({
        creditClassRates: undefined,
        entries: [
          { itemId: 'SJ-005', libraryId: 'LIB-SPJY', quantityMode: 'ratio', target: 10 },
          { itemId: 'WS-001', libraryId: 'LIB-GGCS', quantityMode: 'fixed', target: 4 },
        ],
      }),
      baselineParams,
      opts,
    );
    expect(p.items[0].classes).toEqual([{ creditClass: 'unclassified', pool: p.items[0].classes[0].pool, target: roundHalfUp(p.items[0].classes[0].pool, 10) }]);
    expect(p.items[1].drawn).toBe(4);
  });

  it('counts objects drawn for two items once, and says how many overlap', async () => {
    const same = { itemId: 'SJ-005', libraryId: 'LIB-ALL', quantityMode: 'ratio' as const, target: 50 };
    const p = await previewStrategy(bundle, strategy({ creditClassRates: undefined, entries: [same, { ...same, itemId: 'WS-001' }] }), baselineParams, opts);
    const total = p.items[0].drawn + p.items[1].drawn;
    expect(p.drawn).toBe(total - p.overlap);
    expect(p.overlap).toBeGreaterThan(0);
    expect(p.library).toBe(lib('LIB-ALL').objectIds.length);
  });

  it('an item that cannot be drawn says why, naming the constraint; the others are still previewed', async () => {
    const p = await previewStrategy(
      bundle,
      strategy({ creditClassRates: undefined, entries: [{ itemId: 'SJ-005', libraryId: 'LIB-SPJY', quantityMode: 'fixed', target: 100000 }, { itemId: 'WS-001', libraryId: 'LIB-GGCS', quantityMode: 'ratio', target: 10 }] }),
      baselineParams,
      opts,
    );
    expect(p.items[0].error?.en).toMatch(/fixed count of 100000 exceeds/);
    expect(p.items[0].record).toBeUndefined();
    expect(p.items[1].error).toBeUndefined();
    expect(p.errors).toBe(1);
  });

  it('without the task’s departments no inspectors can be matched, and it says so', async () => {
    const p = await previewStrategy(bundle, strategy(), baselineParams, { ...opts, departments: [] });
    expect(p.items.every((i) => i.error?.en.includes('departments are unknown'))).toBe(true);
  });
});
