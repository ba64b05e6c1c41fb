/**
 * A tiny benchmark harness: medians over repeated runs, and ratios against a baseline measured in
 * the same process, because absolute times on these shared 2-core machines are noisy.
 */
export interface Measurement {
  name: string;
  runs: number;
  medianMs: number;
  p95Ms: number;
}

export function measure(name: string, fn: () => unknown, opts: { runs?: number; warmup?: number; minMs?: number } = {}): Measurement {
  const { runs = 30, warmup = 5, minMs = 0 } = opts;
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  const started = performance.now();
  while (times.length < runs || performance.now() - started < minMs) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return {
    name,
    runs: times.length,
    medianMs: times[Math.floor(times.length / 2)],
    p95Ms: times[Math.min(times.length - 1, Math.floor(times.length * 0.95))],
  };
}

/** Many fast calls per sample, so sub-millisecond work is not lost in timer resolution. */
export function measureBatched(name: string, fn: () => unknown, batch: number, runs = 30): Measurement {
  const m = measure(name, () => {
    for (let i = 0; i < batch; i++) fn();
  }, { runs });
  return { ...m, medianMs: m.medianMs / batch, p95Ms: m.p95Ms / batch };
}

export function fmtMs(ms: number): string {
  return ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`;
}

/** Bytes over milliseconds as MiB/s. */
export const mibPerS = (bytes: number, ms: number) => `${(bytes / 2 ** 20 / (ms / 1000)).toFixed(0)} MiB/s`;

export interface BenchSuite {
  name: string;
  run(): Promise<string[]> | string[];
}

/** One figure for the README's performance table: the measure, its same-run baseline, the target and memory. */
export interface BenchRow {
  suite: string;
  measure: string;
  ms: number;
  baselineMs?: number;
  baseline?: string;
  /** Met when ms ≤ targetMs (and, if set, ms / baselineMs ≤ targetRatio). */
  targetMs?: number;
  targetRatio?: number;
  /** The scale the target is set for, when this run is smaller (e.g. "5,000,000 objects"): met here is not met there. */
  targetAt?: string;
  /** Bytes: heap growth in Node, PSS of every process in Chromium. */
  memory?: number;
  /** Anything else the row should say (rows per second, counts). */
  note?: string;
}

export const rows: BenchRow[] = [];
export const record = (r: BenchRow) => void rows.push(r);
