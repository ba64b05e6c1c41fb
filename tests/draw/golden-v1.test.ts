/**
 * Records of algorithm version 1 (seedrandom ARC4) stay verifiable: the frozen v1 engine reproduces the
 * 20 hashes committed before version 2, and verifyRecord checks such a record under version 1.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256, verifyRecord } from '../../src/core/draw';
import { runDrawV1 } from '../../src/core/draw/v1/draw';
import { prepareInputsV1 } from '../../src/core/draw/v1/inputs';
import { hashRecordV1 } from '../../src/core/draw/v1/verify';
import type { DrawRecordV1 } from '../../src/core/draw/v1/schema';
import { GOLDEN_CASES, goldenInputs } from './golden-cases';
import { baselineParams } from './fixtures';

const golden = JSON.parse(readFileSync(new URL('./golden-v1.json', import.meta.url), 'utf8')) as Array<{ name: string; recordHash: string; resultHash: string }>;

/** A version 1 record as `dra draw --kind official` wrote it then. */
function recordV1(c: (typeof GOLDEN_CASES)[number]): DrawRecordV1 {
  const { objects, inspectors } = goldenInputs(c);
  const p = prepareInputsV1(objects, inspectors, c.request);
  const result = runDrawV1(c.seed, p.objects, p.inspectors, p.request, baselineParams);
  const body = {
    format: 'dra-draw-record/1' as const,
    kind: 'official' as const,
    algorithm: { id: 'dra-stratified-pfy' as const, version: 1 as const, prng: 'seedrandom-3.0.5/arc4', integers: 'rejection sampling on uint32', sampling: 'partial Fisher–Yates (sparse), per credit class' },
    request: p.request,
    params: baselineParams,
    inputs: { ...p.hashes, objectCount: p.objects.length, inspectorCount: p.inspectors.length },
    commitment: sha256(c.seed),
    seed: c.seed,
    result,
    resultHash: sha256(canonicalJson(result)),
    timestamps: { committedAt: '2026-05-06T01:00:00.000Z', drawnAt: '2026-05-06T01:30:00.000Z' },
  };
  return { ...body, recordHash: hashRecordV1(body as DrawRecordV1) };
}

describe('version 1 records (golden-v1.json)', () => {
  it('the frozen engine reproduces every committed version 1 hash', { timeout: 120_000 }, () => {
    expect(GOLDEN_CASES.map((c) => ({ name: c.name, recordHash: recordV1(c).recordHash, resultHash: recordV1(c).resultHash }))).toEqual(golden.map(({ name, recordHash, resultHash }) => ({ name, recordHash, resultHash })));
  });
  it('verifyRecord checks a version 1 record under version 1, and refuses it changed', { timeout: 60_000 }, () => {
    const c = GOLDEN_CASES[3];
    const rec = recordV1(c);
    const { objects, inspectors } = goldenInputs(c);
    expect(verifyRecord(JSON.parse(JSON.stringify(rec)), objects, inspectors)).toEqual({ verified: true, kind: 'official', differences: [] });
    const bad = structuredClone(rec);
    bad.result.objectIds.reverse();
    expect(verifyRecord(bad, objects, inspectors).verified).toBe(false);
  });
});
