// The benchmark's page: hands the picked file to the worker, watches the main thread for long tasks
// while it imports, then times a filtered count and loading a filtered library for a draw.
import { countObjects, loadLibrary, RegistryDb } from '../src/storage/registry-db';

declare const WORKER_URL: string;
let longest = 0;
let maxGap = 0;

export async function run() {
  const file = (document.querySelector('input[type=file]') as HTMLInputElement).files![0];
  new PerformanceObserver((l) => l.getEntries().forEach((e) => (longest = Math.max(longest, e.duration)))).observe({ type: 'longtask', buffered: true });
  // A fresh worker per phase, ended after it: the baseline's garbage does not count against the import.
  const ask = (m: unknown) =>
    new Promise<Record<string, unknown>>((res) => {
      const w = new Worker(WORKER_URL);
      w.onmessage = (ev) => {
        if (ev.data.type === 'progress') return;
        w.terminate();
        res(ev.data);
      };
      w.postMessage(m);
    });
  const parsed = await ask({ type: 'parse', file });
  // The main thread's longest stall while the import runs: a 10 ms timer that should keep firing.
  let last = performance.now();
  const tick = setInterval(() => {
    const now = performance.now();
    maxGap = Math.max(maxGap, now - last - 10);
    last = now;
  }, 10);
  longest = 0;
  const imported = await ask({ type: 'import', file, mapping: parsed.mapping });
  clearInterval(tick);
  const db = new RegistryDb('dra-registries-bench');
  const time = async <T>(f: () => Promise<T>) => {
    const t = performance.now();
    try {
      const v = await f();
      return { ms: performance.now() - t, v };
    } catch (e) {
      console.error(e);
      return { ms: NaN, v: undefined as T };
    }
  };
  const total = await time(() => countObjects(db));
  const byClass = await time(() => countObjects(db, { filters: { creditClasses: ['D'] } }));
  const filtered = await time(() => countObjects(db, { filters: { creditClasses: ['C', 'D'], industries: ['餐饮服务'], flags: { abnormal: false } } }));
  const library = await time(() => loadLibrary(db, { filters: { industries: ['餐饮服务'], regions: ['东城街道'] } }));
  return {
    parsed: { ms: parsed.ms, rows: parsed.rows, counts: parsed.counts },
    imported: { ms: imported.ms, chunksMs: imported.chunksMs, finishMs: imported.finishMs, result: imported.result },
    longestTask: longest,
    maxGap,
    total: { ms: total.ms, n: total.v ?? NaN },
    byClass: { ms: byClass.ms, n: byClass.v ?? NaN },
    filtered: { ms: filtered.ms, n: filtered.v ?? NaN },
    library: { ms: library.ms, objects: library.v?.objects.length ?? 0 },
  };
}
