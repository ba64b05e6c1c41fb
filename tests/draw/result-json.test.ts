import { describe, expect, it } from 'vitest';
import { canonicalJson, draw, sha256, type DrawParams, type DrawResult } from '../../src/core/draw';
import { hashResult, recordJson, resultJson, sha256Text } from '../../src/core/draw/result-json';
import { hashRecord } from '../../src/core/draw/record';
import { generateInspectors, generateObjects } from '../../src/sandbox/generate-registries';

const PARAMS: DrawParams = { minInspectorsPerObject: 2, maxJointInspectors: 10, maxChecksPerYear: 2, specialIndustries: ['食品'], allowedKinds: ['civil-servant', 'qualified', 'supervisory'], highRatePercent: 10 };

describe('the canonical JSON of a result and a record, written for their shape', () => {
  it('equals canonicalJson on drawn results: rates with decimals, fixed counts, a batch order, exclusions, recusals', () => {
    const objects = generateObjects(800, 5);
    // A third of the inspectors conflicted with half the objects: recusals and replacements in the results.
    const inspectors = generateInspectors(12, ['SCJG', 'WSJK'], 6, 800).map((i, k) => (k % 3 ? i : { ...i, conflicts: objects.slice(0, 400).map((o) => o.id) }));
    const base = { taskId: 'T"1\\', year: 2026, departments: ['SCJG', 'WSJK'], joint: true, inspectorsPerObject: 2 };
    const requests = [
      { ...base, rate: 12.3456, keyItem: true },
      { ...base, classCounts: { A: 3, B: 2, C: 1, D: 4 }, unclassifiedRate: 2.5 },
      { ...base, classRates: { A: 1, B: 2.25, C: 3, D: 50 }, unclassifiedRate: 0 },
    ];
    let recusals = 0;
    for (const req of requests) {
      const rec = draw(objects, inspectors, req, PARAMS, { kind: 'preview', seed: 'rj' });
      recusals += rec.result.replacements.length;
      expect(resultJson(rec.result)).toBe(canonicalJson(rec.result));
      const { recordHash, envelope: _e, result, ...body } = rec;
      expect(sha256(recordJson(body, resultJson(result)))).toBe(recordHash);
    }
    expect(recusals, 'some draw replaced a conflicted inspector').toBeGreaterThan(0);
  });

  it('escapes as canonical JSON does: quotes, backslashes, control characters, CJK as itself', () => {
    const r: DrawResult = {
      classes: [{ creditClass: 'unclassified', poolSize: 3, ratePercent: 0.0001, target: 0, objectIds: [] }],
      objectIds: ['a"b', 'c\\d', 'e\u0001\n\t', '甲乙'],
      team: ['I\u001f'],
      assignments: [{ objectId: '甲乙', inspectorIds: ['I\u001f', 'x'] }],
      replacements: [{ objectId: 'o', excludedInspectorId: 'a', replacementInspectorId: 'b', reason: 'conflict of interest (利害关系回避)' }],
      exclusions: [{ objectId: 'z', reason: 'frequency: already checked 3 times this year (max 2)' }],
      excludedByReason: { frequency: 1 },
    };
    expect(resultJson(r)).toBe(canonicalJson(r));
    const body = { format: 'f', taskId: '"result":"x"', z: 1 };
    expect(recordJson(body, resultJson(r))).toBe(canonicalJson({ ...body, result: r }));
    expect(hashRecord({ ...body, result: r })).toBe(sha256(recordJson(body, resultJson(r))));
  });

  it('hashes with the platform’s SHA-256 to the same hex as the pure one', async () => {
    for (const t of ['', 'abc', '双随机'.repeat(10000)]) expect(await sha256Text(t)).toBe(sha256(t));
  });

  it('hashes the result and the record around it with the result encoded once: the hashes of the whole texts', async () => {
    const rec = draw(generateObjects(300, 9), generateInspectors(6, ['SCJG'], 3, 300), { taskId: 'T', year: 2026, departments: ['SCJG'], rate: 10, inspectorsPerObject: 2 }, PARAMS, { kind: 'preview', seed: 'h' });
    const { recordHash, envelope: _e, result, ...body } = rec;
    const h = await hashResult(resultJson(result));
    expect(h.resultHash).toBe(body.resultHash);
    expect(await h.recordHash(body)).toBe(recordHash);
    expect(await h.recordHash({ ...body, attempt: 2 })).not.toBe(recordHash);
  });
});
