// Bundled into a page by bench/draw.bench.ts.
import { ours, shuffleBaseline, workload } from './draw-workload';

export function run() {
  const w = workload();
  const times: number[] = [];
  let drawn = 0;
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    drawn = ours(w, `page-${i}`).objectIds.length;
    times.push(performance.now() - t);
  }
  const t = performance.now();
  shuffleBaseline(w.objects, 'page-b');
  const baseline = performance.now() - t;
  times.sort((a, b) => a - b);
  return { median: times[3], baseline, drawn };
}
