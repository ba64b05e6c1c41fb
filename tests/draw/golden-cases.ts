/**
 * Golden-vector cases: small generated registries, a request and a seed each. The same module runs in
 * Node (vitest) and, bundled, in Chromium; both must give the hashes committed in golden.json.
 */
import { draw, type DrawParams, type DrawRequestInput } from '../../src/core/draw';
import { generateInspectors, generateObjects } from '../../src/sandbox/generate-registries';

export interface GoldenCase {
  name: string;
  objects: { n: number; seed: number };
  inspectors: { n: number; seed: number };
  request: DrawRequestInput;
  seed: string;
}

const DEPTS = ['SCJG', 'WSJK', 'STHJ', 'YJGL', 'SW'];
const base: DrawRequestInput = { taskId: 'G', year: 2026, departments: ['SCJG'], inspectorsPerObject: 2, classRates: { A: 2, B: 5, C: 10, D: 30 } };

export const GOLDEN_CASES: GoldenCase[] = [
  ...[50, 200, 1000].flatMap((n, i) =>
    ['甲', 'seed-0', '2026-05-06 09:30 区市场监管局'].map((seed, j) => ({
      name: `own ${n} objects, seed ${j}`,
      objects: { n, seed: 10 + i },
      inspectors: { n: 30, seed: 20 + i },
      request: { ...base, taskId: `G${i}${j}` },
      seed,
    })),
  ),
  ...[2, 3, 5].map((k, i) => ({
    name: `joint ${k} departments`,
    objects: { n: 500, seed: 31 + i },
    inspectors: { n: 60, seed: 41 + i },
    request: { ...base, joint: true, departments: DEPTS.slice(0, k), taskId: `J${k}` },
    seed: `joint-${k}`,
  })),
  ...[3, 20, 50, 100].map((rate) => ({
    name: `single rate ${rate}% (key item)`,
    objects: { n: 300, seed: 51 },
    inspectors: { n: 40, seed: 52 },
    request: { ...base, classRates: undefined, rate, keyItem: true, taskId: `R${rate}` },
    seed: `rate-${rate}`,
  })),
  {
    name: 'fixed counts per class',
    objects: { n: 400, seed: 61 },
    inspectors: { n: 40, seed: 62 },
    request: { ...base, classRates: undefined, classCounts: { A: 1, B: 3, C: 5, D: 7 } },
    seed: 'fixed',
  },
  {
    name: 'directed: catering in two regions',
    objects: { n: 2000, seed: 71 },
    inspectors: { n: 40, seed: 72 },
    request: { ...base, directed: true, filters: { industries: ['餐饮服务'], regions: ['东城街道', '南苑街道'] }, classRates: { A: 10, B: 20, C: 40, D: 80 } },
    seed: 'directed',
  },
  {
    name: 'three inspectors per object',
    objects: { n: 300, seed: 81 },
    inspectors: { n: 50, seed: 82 },
    request: { ...base, inspectorsPerObject: 3 },
    seed: 'three',
  },
  {
    name: 'unicode seed and half-up rounding at 2.5%',
    objects: { n: 444, seed: 91 },
    inspectors: { n: 30, seed: 92 },
    request: { ...base, classRates: { A: 2.5, B: 2.5, C: 2.5, D: 2.5 } },
    seed: '双随机、一公开 🎲',
  },
];

export const goldenInputs = (c: GoldenCase) => ({ objects: generateObjects(c.objects.n, c.objects.seed), inspectors: generateInspectors(c.inspectors.n, DEPTS, c.inspectors.seed, c.objects.n) });

/** The record hash of each case (version 2: the envelope's time is outside the hash, so any time gives the same bytes). */
export function computeGolden(params: DrawParams): Array<{ name: string; recordHash: string; resultHash: string; drawn: number }> {
  return GOLDEN_CASES.map((c) => {
    const { objects, inspectors } = goldenInputs(c);
    const rec = draw(objects, inspectors, c.request, params, { seed: c.seed, kind: 'preview' });
    return { name: c.name, recordHash: rec.recordHash, resultHash: rec.resultHash, drawn: rec.result.objectIds.length };
  });
}
