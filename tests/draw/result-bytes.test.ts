import { describe, expect, it } from 'vitest';
import { canonicalJson, draw, sha256, type DrawParams, type DrawResult } from '../../src/core/draw';
import { RECORD_ROOM, resultBytes } from '../../src/core/draw/result-bytes';
import { hashResult, recordJson, resultJson } from '../../src/core/draw/result-json';
import { generateInspectors, generateObjects } from '../../src/sandbox/generate-registries';

const PARAMS: DrawParams = { minInspectorsPerObject: 2, maxJointInspectors: 10, maxChecksPerYear: 2, specialIndustries: ['食品'], allowedKinds: ['civil-servant', 'qualified', 'supervisory'], highRatePercent: 10 };
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('a result’s canonical JSON written as UTF-8 bytes', () => {
  it('is byte for byte the UTF-8 of resultJson on drawn results: batch order, exclusions, recusals, fixed counts', () => {
    const objects = generateObjects(900, 7);
    const inspectors = generateInspectors(12, ['SCJG', 'WSJK'], 6, 900).map((i, k) => (k % 3 ? i : { ...i, conflicts: objects.slice(0, 450).map((o) => o.id) }));
    const base = { taskId: 'T', year: 2026, departments: ['SCJG', 'WSJK'], joint: true, inspectorsPerObject: 2 };
    let exclusions = 0;
    for (const req of [{ ...base, rate: 12.5, keyItem: true }, { ...base, classCounts: { A: 3, B: 2, C: 1, D: 4 }, unclassifiedRate: 2.5 }]) {
      const { result } = draw(objects, inspectors, req, PARAMS, { kind: 'preview', seed: 'rb' });
      exclusions += result.exclusions.length;
      expect(resultBytes(result)).toEqual(utf8(resultJson(result)));
    }
    expect(exclusions, 'some object was excluded by frequency').toBeGreaterThan(0);
  });

  it('escapes as canonical JSON does: quotes, backslashes, control characters, CJK, a lone surrogate as its escape', () => {
    const r: DrawResult = {
      classes: [{ creditClass: 'unclassified', poolSize: 3, ratePercent: 0.0001, target: 0, objectIds: ['x'] }, { creditClass: 'A', poolSize: 9, fixedCount: 2, target: 2, objectIds: [] }],
      objectIds: ['a"b', 'c\\d', 'e\u0001\n\t', '甲乙', '😀'],
      team: ['I\u001f', 'x'],
      assignments: [{ objectId: '甲乙', inspectorIds: ['I\u001f', 'x'] }, { objectId: 'a"b', inspectorIds: ['x', 'I\u001f'] }],
      replacements: [{ objectId: 'o', excludedInspectorId: 'a', replacementInspectorId: 'b', reason: 'conflict of interest (利害关系回避)' }],
      exclusions: [{ objectId: 'z', reason: 'frequency: already checked 3 times this year (max 2)' }, { objectId: 'y', reason: 'frequency: already checked 3 times this year (max 2)' }],
      excludedByReason: { frequency: 2 },
      batchOrder: ['甲乙', 'a"b'],
    };
    expect(new TextDecoder().decode(resultBytes(r))).toBe(canonicalJson(r));
    expect(resultBytes(r)).toEqual(utf8(resultJson(r)));
    // canonicalJson refuses a lone surrogate; resultJson (JSON.stringify) writes it escaped, and so do the bytes.
    const lone = { ...r, objectIds: ['\ud800x', ...r.objectIds] };
    expect(resultBytes(lone)).toEqual(utf8(resultJson(lone)));
    expect(new TextDecoder().decode(resultBytes(lone))).toContain('"\\ud800x"');
  });
});

describe('the record hashed around the result’s bytes', () => {
  it('gives the record’s hashes, with the record written in the room around the bytes or, when it is larger, copied', async () => {
    const rec = draw(generateObjects(400, 4), generateInspectors(8, ['SCJG'], 3, 400), { taskId: 'T', year: 2026, departments: ['SCJG'], rate: 10, inspectorsPerObject: 2 }, PARAMS, { kind: 'preview', seed: 'room' });
    const { recordHash, envelope: _e, result, ...body } = rec;
    const bytes = resultBytes(result);
    const h = await hashResult(bytes);
    expect(h.resultHash).toBe(body.resultHash);
    expect(await h.recordHash(body)).toBe(recordHash);
    // The room written, then written again for another body: each hash is its own record's, the result untouched.
    expect(await h.recordHash({ ...body, attempt: 2 })).toBe(sha256(recordJson({ ...body, attempt: 2 }, resultJson(result))));
    expect(await h.recordHash(body)).toBe(recordHash);
    expect(bytes).toEqual(utf8(resultJson(result)));
    // A body whose text is larger than the room: copied, the same hash.
    const big = { ...body, taskId: 'T'.repeat(RECORD_ROOM * 2) };
    expect(await h.recordHash(big)).toBe(sha256(recordJson(big, resultJson(result))));
    // Bytes the caller owns, with bytes of its own before them: never written around.
    const own = new Uint8Array(RECORD_ROOM * 2 + bytes.length).fill(7);
    own.set(bytes, RECORD_ROOM);
    const view = own.subarray(RECORD_ROOM, RECORD_ROOM + bytes.length);
    expect(await (await hashResult(view)).recordHash(body)).toBe(recordHash);
    expect(own.subarray(0, RECORD_ROOM).every((b) => b === 7)).toBe(true);
  });
});
