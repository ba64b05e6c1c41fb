import { describe, expect, it } from 'vitest';
import { seedData } from '../../src/sandbox/seed';
import { platformDrawObjects, platformMatchInspectors } from '../../src/sandbox/platform-draw';
import { drawStrategy, strategyTotals } from '../../src/sandbox/strategy-pool';
import type { SandboxTask } from '../../src/sandbox/store-types';

const d = seedData();
const withStrategy = (strategy: SandboxTask['strategy']): SandboxTask => ({ ...d.tasks[1], strategy });

describe('platform draw (the baseline we imitate)', () => {
  const pool = d.objects.slice(0, 200);
  it('draws the target count, and can be re-run to a different list', () => {
    const a = platformDrawObjects(pool, 20);
    expect(new Set(a).size).toBe(20);
    const runs = new Set(Array.from({ length: 5 }, () => platformDrawObjects(pool, 20).join()));
    expect(runs.size).toBeGreaterThan(1); // unseeded: not reproducible
    expect(platformDrawObjects(pool, 150).length).toBe(150); // above 50%: draws the rows left out
    expect(platformDrawObjects(pool, 0)).toEqual([]);
  });
  it('matches n consecutive inspectors per object, with no recusal check', () => {
    const teams = platformMatchInspectors(['O1', 'O2'], d.inspectors.slice(0, 10), 3);
    expect(teams.map((t) => t.inspectorIds.length)).toEqual([3, 3]);
  });
});

describe('strategy on the sandbox', () => {
  it('sizes each item’s library and sums the targets (四舍五入)', () => {
    const t = withStrategy({ entries: [{ itemId: 'SJ-005', libraryId: 'LIB-SPJY', quantityMode: 'ratio', target: 25 }, { itemId: 'WS-001', libraryId: 'LIB-GGCS', quantityMode: 'fixed', target: 7 }] });
    const catering = d.objects.filter((o) => o.industry === '餐饮服务').length;
    const totals = strategyTotals(d, t);
    expect(totals.perEntry[0]).toEqual({ itemId: 'SJ-005', librarySize: catering, count: Math.round(catering * 0.25) });
    expect(totals.perEntry[1].count).toBe(7);
    expect(totals.poolTotal).toBe(d.objects.filter((o) => ['餐饮服务', '住宿'].includes(o.industry!)).length);
    expect(totals.targetTotal).toBe(Math.round(catering * 0.25) + 7);
    const drawn = drawStrategy(d, t);
    expect(new Set(drawn).size).toBe(totals.targetTotal); // no object drawn twice
  });

  it('applies the directed filters and the credit-class rates', () => {
    const t = withStrategy({ directed: true, filters: { industries: ['零售'] }, creditClassRates: { A: 0, B: 0, C: 0, D: 100 }, entries: [{ itemId: 'SJ-002', libraryId: 'LIB-ALL', quantityMode: 'ratio', target: 5 }] });
    const drawn = new Set(drawStrategy(d, t));
    const want = d.objects.filter((o) => o.industry === '零售' && o.creditClass === 'D');
    expect(drawn).toEqual(new Set(want.map((o) => o.id)));
  });
});
