import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeGolden, GOLDEN_CASES } from './golden-cases';
import { baselineParams } from './fixtures';

const golden = JSON.parse(readFileSync(new URL('./golden.json', import.meta.url), 'utf8')) as ReturnType<typeof computeGolden>;

describe('golden vectors (Node)', () => {
  it('has at least 20 fixed cases, each drawing something', () => {
    expect(golden.length).toBeGreaterThanOrEqual(20);
    expect(golden.length).toBe(GOLDEN_CASES.length);
    for (const g of golden) expect(g.drawn).toBeGreaterThan(0);
  });
  it('reproduces every committed record hash', { timeout: 120_000 }, () => {
    expect(computeGolden(baselineParams)).toEqual(golden);
  });
});
