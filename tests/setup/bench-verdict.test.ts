import { describe, expect, it } from 'vitest';
import { verdict } from '../../bench/verdict';

const row = { suite: 's', measure: 'm' };

describe('the performance table says whether a target is met', () => {
  it.each([
    ['time met', { ...row, ms: 73, targetMs: 250 }, '≤ 250 ms: ✓ met'],
    ['time missed', { ...row, ms: 3280, targetMs: 1000 }, '≤ 1.00 s: ✗ not met'],
    ['ratio missed though the time is met', { ...row, ms: 149, baselineMs: 1350, targetMs: 250, targetRatio: 0.1 }, '≤ 250 ms, ≤ 0.1× baseline: ✗ not met'],
    ['no target', { ...row, ms: 5 }, ''],
    // A province's target judged on a smaller registry: met there is not met for a province.
    ['province target met at 1M', { ...row, ms: 1240, targetMs: 2000, targetAt: '5,000,000 objects' }, '≤ 2.00 s at this run\'s scale (the target is set for 5,000,000 objects): met here, not measured at 5,000,000 objects'],
    ['province target missed at 1M', { ...row, ms: 41200, baselineMs: 7420, targetMs: 10000, targetRatio: 1.5, targetAt: '5,000,000 rows' }, '≤ 10.00 s, ≤ 1.5× baseline at this run\'s scale (the target is set for 5,000,000 rows): ✗ not met'],
  ])('%s', (_n, r, expected) => expect(verdict(r)).toBe(expected));
});
