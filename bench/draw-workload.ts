// The draw benchmark's workload, shared by the Node suite and the page bundled into Chromium.
import seedrandom from 'seedrandom';
import { drawObjects, runDraw, DrawRequest, type DrawParams, type PreparedInputs } from '../src/core/draw';
import { overColumns } from '../src/core/draw/prepared-draw';
import { generateInspectors, generateObjects } from '../src/sandbox/generate-registries';
import type { ObjectRecord } from '../src/core/model';
import { objectColumns } from '../src/core/draw/columns';
import { drawRanks, indexedResult, ranksToFetch } from '../src/core/draw/indexed';

export const PARAMS: DrawParams = {
  minInspectorsPerObject: 2,
  maxJointInspectors: 10,
  maxChecksPerYear: 2,
  specialIndustries: ['食品', '药品', '安全生产', '公共安全', '环境保护'],
  allowedKinds: ['civil-servant', 'qualified', 'supervisory'],
  highRatePercent: 50,
};
export const DEPTS = ['SCJG', 'WSJK', 'STHJ', 'YJGL', 'SW'];
// Rates by class averaging about 5% over the generated mix (A 30%, B 45%, C 18%, D 7%).
export const REQUEST = DrawRequest.parse({ taskId: 'BENCH', year: 2026, departments: DEPTS, classRates: { A: 2, B: 4, C: 8, D: 20 }, inspectorsPerObject: 2 });

export function workload(n = 1_000_000) {
  return { objects: generateObjects(n, 3), inspectors: generateInspectors(500, DEPTS, 4, n) };
}

/** The same registry as the columns stored at import (canonical order: the generated ids ascend). */
export const columnsOf = (w: ReturnType<typeof workload>) => objectColumns(w.objects, 'not hashed in the bench');

/** The full draw over stored columns: the object stage on typed arrays, the ids it names fetched, matching. */
export function oursOverColumns(w: ReturnType<typeof workload>, c: ReturnType<typeof columnsOf>, seed: string) {
  const s = previewSeed(seed);
  const ranked = drawRanks(new Stream(s, 'objects'), c, REQUEST, PARAMS);
  const wanted = ranksToFetch(ranked);
  const ids: string[] = new Array(wanted.length);
  for (let i = 0; i < wanted.length; i++) ids[i] = c.ids[wanted[i]];
  return indexedResult(s, c, ranked, wanted, ids, w.inspectors, REQUEST, PARAMS);
}
export const oursColumnsObjectsOnly = (c: ReturnType<typeof columnsOf>, seed: string) => drawRanks(createRngFor(seed), c, REQUEST, PARAMS);

export const ours = (w: ReturnType<typeof workload>, seed: string) => runDraw(previewSeed(seed), w.objects, w.inspectors, REQUEST, PARAMS);
export const oursObjectsOnly = (w: ReturnType<typeof workload>, seed: string) => drawObjects(createRngFor(seed), w.objects, REQUEST, PARAMS);

/** The draw as draw()/the helper runs it: over the prepared registry, its object stage over the columns preparation derived. */
export const oursPrepared = (p: PreparedInputs, seed: string) => runDraw(previewSeed(seed), p.objects, p.inspectors, REQUEST, PARAMS, overColumns(p.columns));
export const oursPreparedObjectsOnly = (p: PreparedInputs, seed: string) => overColumns(p.columns)(createRngFor(seed), p.objects, REQUEST, PARAMS);

import { previewSeed, Stream } from '../src/core/draw';
const createRngFor = (seed: string) => new Stream(previewSeed(seed), 'objects');
const createRng = createRngFor;

function classPools(objects: readonly ObjectRecord[]) {
  const pools: Record<string, ObjectRecord[]> = { A: [], B: [], C: [], D: [] };
  for (const o of objects) if (o.checksThisYear < 2 || o.specialIndustry) pools[o.creditClass!].push(o);
  return pools;
}

/** Naive baseline: sort each class by a random comparator, take the first k. */
export function sortBaseline(objects: readonly ObjectRecord[], seed: string) {
  const rnd = seedrandom(seed);
  return Object.entries(classPools(objects)).flatMap(([c, pool]) => {
    const k = Math.round((pool.length * (REQUEST.classRates as Record<string, number>)[c]) / 100);
    return pool.sort(() => rnd() - 0.5).slice(0, k).map((o) => o.id);
  });
}

/** Full Fisher–Yates shuffle of each class, then the first k. */
export function shuffleBaseline(objects: readonly ObjectRecord[], seed: string) {
  const rng = createRng(seed);
  return Object.entries(classPools(objects)).flatMap(([c, pool]) => {
    const k = Math.round((pool.length * (REQUEST.classRates as Record<string, number>)[c]) / 100);
    for (let i = pool.length - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      [pool[i], pool[j]] = [pool[j], pool[i]];
    }
    return pool.slice(0, k).map((o) => o.id);
  });
}
