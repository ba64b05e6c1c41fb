// The draw over a province's stored columns in Node: 5,000,000 objects (DRA_BENCH_OBJECTS) as the draw index holds
// them, generated as columns directly (5,000,000 objects as JS objects would not fit the heap), drawn as the
// background's preview draws them (drawIndexedPreview: the ranks, the ids they name, inspector matching, the result's
// canonical bytes and both hashes). Time spent in garbage collection is counted from the runtime's GC entries.
// Baseline in the same run: a full Fisher–Yates shuffle of every class's ranks.
import { PerformanceObserver } from 'node:perf_hooks';
import { drawIndexedPreview, type ObjectColumns } from '../src/core/draw/indexed';
import { Stream, previewSeed } from '../src/core/draw';
import { fixtureRandom, generateInspectors, INDUSTRIES } from '../src/sandbox/generate-registries';
import { DEPTS, PARAMS, REQUEST } from './draw-workload';
import { fmtMs, record } from './harness';

/** Columns with the generated registries' mix: classes A 30% / B 45% / C 18% / D 7%, 15% checked this year. */
export function provinceColumns(n: number): ObjectColumns {
  const r = fixtureRandom(5);
  const c: ObjectColumns = { count: n, objectsHash: '0'.repeat(64), cls: new Uint8Array(n), checks: new Uint32Array(n), bits: new Uint8Array(n), industry: new Uint32Array(n), industries: ['', ...INDUSTRIES] };
  for (let i = 0; i < n; i++) {
    const u = r.next();
    c.cls[i] = u < 0.3 ? 0 : u < 0.75 ? 1 : u < 0.93 ? 2 : 3;
    c.industry[i] = 1 + r.int(INDUSTRIES.length);
    c.checks[i] = r.next() < 0.85 ? 0 : 1 + r.int(3);
    c.bits[i] = c.cls[i] === 3 || r.next() < 0.05 ? 1 : 0;
  }
  return c;
}

/** Canonical ids by rank (ascending, fixed width), made only for the ranks a draw names. */
const idAt = (rank: number) => `O${String(rank).padStart(9, '0')}`;

function shuffleClasses(c: ObjectColumns, seed: string): number {
  const rng = new Stream(previewSeed(seed), 'objects');
  let moved = 0;
  for (let k = 0; k < 4; k++) {
    const pool: number[] = [];
    for (let r = 0; r < c.count; r++) if (c.cls[r] === k) pool.push(r);
    for (let i = pool.length - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      [pool[i], pool[j]] = [pool[j], pool[i]];
      moved++;
    }
  }
  return moved;
}

export async function provinceDraw(n: number): Promise<string[]> {
  let gcMs = 0;
  let gcs = 0;
  const obs = new PerformanceObserver((l) => l.getEntries().forEach((e) => ((gcMs += e.duration), gcs++)));
  obs.observe({ entryTypes: ['gc'] });
  const settle = () => new Promise((r) => setTimeout(r, 0));
  try {
    global.gc?.();
    const heap0 = process.memoryUsage().heapUsed;
    const c = provinceColumns(n);
    const inspectors = generateInspectors(500, DEPTS, 4, 1000);
    const times: number[] = [];
    let drawn = 0;
    let named = 0;
    let runMs = 0;
    let peakHeap = 0;
    await settle();
    [gcMs, gcs] = [0, 0];
    for (let i = 0; i < 6; i++) {
      const t = performance.now();
      const rec = await drawIndexedPreview(c, inspectors, REQUEST, PARAMS, { seed: `province-${i}`, idsAt: async (w) => ((named = w.length), Array.from(w, idAt)) });
      const ms = performance.now() - t;
      peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
      await settle();
      // The first run warms up (its working arrays made, code compiled): not in the median or the GC share.
      if (i === 0) [gcMs, gcs] = [0, 0];
      else (times.push(ms), (runMs += ms));
      drawn = rec.result.objectIds.length;
    }
    const gcShare = gcMs / runMs;
    const gcPerRun = gcs / times.length;
    times.sort((a, b) => a - b);
    const median = times[times.length >> 1];
    const base: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      shuffleClasses(c, `b-${i}`);
      base.push(performance.now() - t);
    }
    base.sort((a, b) => a - b);
    const baseline = base[1];
    record({ suite: 'draw', measure: `full draw over stored columns, ${n.toLocaleString('en')} objects, ~5%, with matching, ids and hashes (Node)`, ms: median, baselineMs: baseline, baseline: 'full Fisher–Yates of every class', memory: peakHeap - heap0, note: `${drawn.toLocaleString('en')} drawn, ${named.toLocaleString('en')} ids named; GC ${(gcShare * 100).toFixed(0)}% of the time` });
    return [
      `over a province's stored columns, ${n.toLocaleString()} objects (generated as columns; drawIndexedPreview: ranks, ${named.toLocaleString()} ids named, matching, result bytes, both hashes):`,
      `  full draw: median ${fmtMs(median)} of ${times.length} runs; baseline full Fisher–Yates of every class ${fmtMs(baseline)} → ${(baseline / median).toFixed(2)}×; ${drawn.toLocaleString()} drawn`,
      `  garbage collection: ${fmtMs(gcMs)} in ${gcs} pauses over the runs = ${(gcShare * 100).toFixed(0)}% of their time (${gcPerRun.toFixed(1)} a run); heap peak ${((peakHeap - heap0) / 2 ** 20).toFixed(0)} MiB above the start (columns ${((c.count * 14) / 2 ** 20).toFixed(0)} MiB)`,
    ];
  } finally {
    obs.disconnect();
  }
}
