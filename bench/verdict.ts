// A bench row's target and whether the run met it, as the README's performance table says it.
import type { BenchRow } from './harness';

export const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 0)} ms`);

export function verdict(r: BenchRow): string {
  if (r.targetMs === undefined && r.targetRatio === undefined) return '';
  const ratio = r.baselineMs ? r.ms / r.baselineMs : undefined;
  const met = (r.targetMs === undefined || r.ms <= r.targetMs) && (r.targetRatio === undefined || (ratio !== undefined && ratio <= r.targetRatio));
  const parts = [r.targetMs !== undefined && `≤ ${fmt(r.targetMs)}`, r.targetRatio !== undefined && `≤ ${r.targetRatio}× baseline`].filter(Boolean);
  // A target set for a province, judged on a smaller run: missing it here is a fail, meeting it here proves nothing there.
  if (r.targetAt) return `${parts.join(', ')} at this run's scale (the target is set for ${r.targetAt}): ${met ? `met here, not measured at ${r.targetAt}` : '✗ not met'}`;
  return `${parts.join(', ')}: ${met ? '✓ met' : '✗ not met'}`;
}
