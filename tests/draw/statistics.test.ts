/**
 * Selection frequency: over many seeded draws on a small library, each object's count is consistent
 * with its class rate (chi-square goodness of fit against the uniform expectation k/n within its
 * class) and shows no bias by position in the list. Seeds are fixed, so the test cannot flake:
 * it either passes for these 3,000 draws or the algorithm changed.
 */
import { describe, expect, it } from 'vitest';
import { draw } from '../../src/core/draw';
import type { ObjectRecord } from '../../src/core/model';
import { baselineParams, request } from './fixtures';

const CLASSES = ['A', 'B', 'C', 'D'] as const;
const PER_CLASS = 10;
const RATES = { A: 10, B: 20, C: 40, D: 80 }; // k = 1, 2, 4, 8 of 10
const DRAWS = 3000;
// Chi-square critical value for 9 degrees of freedom at significance α = 0.001.
const CHI2_9_001 = 27.877;

const objects: ObjectRecord[] = CLASSES.flatMap((c, ci) =>
  Array.from({ length: PER_CLASS }, (_, i) => ({ id: `S${ci}${String(i).padStart(2, '0')}`, creditClass: c, flags: {}, checksThisYear: 0 })),
);
const inspectors = ['I1', 'I2', 'I3', 'I4'].map((id) => ({ id, departmentId: 'SCJG', registryKind: 'qualified' as const, expert: false, thirdParty: false, expertise: [], conflicts: [], active: true }));

const counts = new Map<string, number>(objects.map((o) => [o.id, 0]));
const firstPick = new Map<string, number>(objects.map((o) => [o.id, 0]));
for (let s = 0; s < DRAWS; s++) {
  const rec = draw(objects, inspectors, request({ classRates: RATES }), baselineParams, { seed: `stat-${s}`, kind: 'preview' });
  for (const id of rec.result.objectIds) counts.set(id, counts.get(id)! + 1);
  for (const c of rec.result.classes) firstPick.set(c.objectIds[0], firstPick.get(c.objectIds[0])! + 1);
}

const chiSquare = (observed: number[], expected: number) => observed.reduce((s, o) => s + (o - expected) ** 2 / expected, 0);

describe(`selection frequency over ${DRAWS} seeded draws (chi-square, α = 0.001, df = 9)`, () => {
  it.each(CLASSES)('class %s: every object drawn at the class rate', (c) => {
    const observed = objects.filter((o) => o.creditClass === c).map((o) => counts.get(o.id)!);
    const k = (RATES[c] / 100) * PER_CLASS;
    const expected = (DRAWS * k) / PER_CLASS;
    expect(observed.reduce((a, b) => a + b, 0)).toBe(DRAWS * k); // exactly k per draw, without replacement
    expect(chiSquare(observed, expected)).toBeLessThan(CHI2_9_001);
  });

  it.each(CLASSES)('class %s: no position bias in which object comes first', (c) => {
    const observed = objects.filter((o) => o.creditClass === c).map((o) => firstPick.get(o.id)!);
    expect(chiSquare(observed, DRAWS / PER_CLASS)).toBeLessThan(CHI2_9_001);
  });

  it('the test can fail: a biased sampler (first k always) is rejected', () => {
    const observed = Array.from({ length: PER_CLASS }, (_, i) => (i < 2 ? DRAWS : 0));
    expect(chiSquare(observed, (DRAWS * 2) / PER_CLASS)).toBeGreaterThan(CHI2_9_001);
  });
});
