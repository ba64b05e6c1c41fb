import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256, canonicalJson, Stream, previewSeed, sampleIndices, roundHalfUp, draw, verifyRecord, DrawError, DrawInputError, drawParamsFromProfile } from '../../src/core/draw';
import { loadProfile } from '../../src/core/profiles';
import { baselineParams, request, smallInspectors, smallObjects } from './fixtures';

const createRng = (s: string) => new Stream(previewSeed(s), 'test');

const at = () => new Date('2026-05-06T01:30:00Z');

describe('primitives', () => {
  it('SHA-256 matches node:crypto, including multi-block and non-ASCII input', () => {
    for (const s of ['', 'abc', '双随机一公开', 'x'.repeat(55), 'y'.repeat(56), 'z'.repeat(64), '抽'.repeat(1000)])
      expect(sha256(s)).toBe(createHash('sha256').update(s, 'utf8').digest('hex'));
  });

  it('canonical JSON sorts keys and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: [2, { d: undefined, c: '三' }] })).toBe('{"a":[2,{"c":"三"}],"b":1}');
  });

  it('rounds half up as the platform does (四舍五入取整数)', () => {
    expect(roundHalfUp(50, 5)).toBe(3); // 2.5 → 3
    expect(roundHalfUp(49, 5)).toBe(2); // 2.45 → 2
    expect(roundHalfUp(1000, 2.5)).toBe(25);
    expect(roundHalfUp(1_000_000, 5)).toBe(50_000);
    expect(roundHalfUp(7, 0.1)).toBe(0);
  });

  it('samples k distinct indices in range, deterministically per seed', () => {
    const a = sampleIndices(createRng('s1'), 1000, 50);
    expect(new Set(a).size).toBe(50);
    expect(a.every((i) => i >= 0 && i < 1000)).toBe(true);
    expect(sampleIndices(createRng('s1'), 1000, 50)).toEqual(a);
    expect(sampleIndices(createRng('s2'), 1000, 50)).not.toEqual(a);
    expect(sampleIndices(createRng('s'), 5, 5).sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it('draws unbiased integers even for n just above 2^31 (rejection sampling)', () => {
    const rng = createRng('bias');
    const n = 2 ** 31 + 1; // a plain modulo would favour the low half about 2:1
    let low = 0;
    for (let i = 0; i < 4000; i++) if (rng.int(n) < n / 2) low++;
    expect(low / 4000).toBeGreaterThan(0.46);
    expect(low / 4000).toBeLessThan(0.54);
  });
});

describe('draw', () => {
  const objects = smallObjects();
  const inspectors = smallInspectors();

  it('draws each credit class at its rate, without replacement, with ≥ 2 inspectors per object', { timeout: 30_000 }, () => {
    const rec = draw(objects, inspectors, request(), baselineParams, { seed: 'golden-1', kind: 'preview', now: at });
    const eligiblePool = (c: string) => objects.filter((o) => o.creditClass === c && !(o.checksThisYear >= 2 && !(o.creditClass === 'D' || Object.values(o.flags).some(Boolean)) && !o.specialIndustry));
    for (const c of rec.result.classes) {
      expect(c.poolSize).toBe(eligiblePool(c.creditClass).length);
      expect(c.objectIds.length).toBe(roundHalfUp(c.poolSize, c.ratePercent!));
      for (const id of c.objectIds) expect(objects.find((o) => o.id === id)!.creditClass).toBe(c.creditClass);
    }
    expect(new Set(rec.result.objectIds).size).toBe(rec.result.objectIds.length);
    for (const a of rec.result.assignments) {
      expect(a.inspectorIds.length).toBe(2);
      for (const id of a.inspectorIds) {
        const i = inspectors.find((x) => x.id === id)!;
        expect(i.expert || !i.active || i.conflicts.includes(a.objectId)).toBe(false);
        expect(i.departmentId).toBe('SCJG');
      }
    }
    expect(rec.kind).toBe('preview');
    expect(rec.randomness).toEqual({ previewSeed: 'golden-1' });
    expect(rec.seed).toBe(createHash('sha256').update(canonicalJson(['dra-preview/2', 'golden-1'])).digest('hex'));
  });

  it('excludes objects checked the maximum times this year unless high-risk or special, and says how many', () => {
    const rec = draw(objects, inspectors, request(), baselineParams, { seed: 'f', kind: 'preview', now: at });
    const expected = objects.filter((o) => o.checksThisYear >= 2 && !(o.creditClass === 'D' || Object.values(o.flags).some(Boolean)) && !o.specialIndustry);
    expect(rec.result.excludedByReason.frequency).toBe(expected.length);
    expect(rec.result.exclusions.map((e) => e.objectId).sort()).toEqual(expected.map((o) => o.id).sort());
  });

  it('spreads workload evenly (max − min ≤ 1 when nothing conflicts)', () => {
    const clean = inspectors.map((i) => ({ ...i, conflicts: [] }));
    const rec = draw(objects, clean, request({ classRates: { A: 20, B: 20, C: 20, D: 20 } }), baselineParams, { seed: 'even', kind: 'preview', now: at });
    const load = new Map<string, number>();
    for (const a of rec.result.assignments) for (const id of a.inspectorIds) load.set(id, (load.get(id) ?? 0) + 1);
    const counts = rec.result.team.map((id) => load.get(id) ?? 0);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
  });

  it('a fixed count for the whole library (全部固定 without classes) draws exactly that many; above the pool it refuses', () => {
    const req = request({ classRates: undefined, count: 7 });
    const rec = draw(objects, inspectors, req, baselineParams, { seed: 'fixed', kind: 'preview', now: at });
    expect(rec.result.classes).toHaveLength(1);
    expect(rec.result.classes[0]).toMatchObject({ creditClass: 'unclassified', fixedCount: 7, target: 7 });
    expect(new Set(rec.result.objectIds).size).toBe(7);
    expect(verifyRecord(rec, objects, inspectors)).toEqual({ verified: true, kind: 'preview', differences: [] });
    expect(() => draw(objects, inspectors, request({ classRates: undefined, count: objects.length + 1 }), baselineParams, { seed: 'x', kind: 'preview' })).toThrow(/exceeds/);
  });

  it('never matches a conflicted inspector; draws and records a replacement (递补)', () => {
    const few = inspectors.filter((i) => i.departmentId === 'SCJG' && i.active && !i.expert).slice(0, 3);
    const target = objects.find((o) => o.checksThisYear === 0 && o.creditClass === 'D')!;
    const conflicted = few.map((i, k) => ({ ...i, conflicts: k === 0 ? [target.id] : [] }));
    const req = request({ classCounts: { D: 1 }, classRates: undefined, directed: true, filters: { creditClasses: ['D'] } });
    const onlyTarget = objects.filter((o) => o.id === target.id);
    let replaced = 0;
    for (let s = 0; s < 30; s++) {
      const rec = draw(onlyTarget, conflicted, req, baselineParams, { seed: `r${s}`, kind: 'preview', now: at });
      expect(rec.result.assignments[0].inspectorIds).not.toContain(few[0].id);
      for (const r of rec.result.replacements) {
        expect(r.excludedInspectorId).toBe(few[0].id);
        expect(rec.result.assignments[0].inspectorIds).toContain(r.replacementInspectorId);
        replaced++;
      }
    }
    expect(replaced).toBeGreaterThan(0);
  });

  it('a joint task draws from every department, caps the team at 10, and mixes departments per object', () => {
    const rec = draw(objects, inspectors, request({ joint: true, departments: ['SCJG', 'WSJK', 'STHJ'] }), baselineParams, { seed: 'joint', kind: 'preview', now: at });
    expect(rec.result.team.length).toBe(10);
    const deptOf = (id: string) => inspectors.find((i) => i.id === id)!.departmentId;
    expect(new Set(rec.result.team.map(deptOf))).toEqual(new Set(['SCJG', 'WSJK', 'STHJ']));
    const mixed = rec.result.assignments.filter((a) => new Set(a.inspectorIds.map(deptOf)).size > 1).length;
    // Department mix is a preference among the least-loaded, so even workload comes first.
    expect(mixed / rec.result.assignments.length).toBeGreaterThan(0.8);
  });

  it('a high-rate key item gets a random batch order of exactly the drawn objects', () => {
    const rec = draw(objects, inspectors, request({ keyItem: true, classRates: undefined, rate: 60 }), baselineParams, { seed: 'batch', kind: 'preview', now: at });
    expect(rec.result.batchOrder).toBeDefined();
    expect([...rec.result.batchOrder!].sort()).toEqual([...rec.result.objectIds].sort());
    expect(rec.result.batchOrder).not.toEqual(rec.result.objectIds);
    const low = draw(objects, inspectors, request({ keyItem: true, classRates: undefined, rate: 20 }), baselineParams, { seed: 'batch', kind: 'preview', now: at });
    expect(low.result.batchOrder).toBeUndefined();
  });

  it('the same seed and inputs give the same result whatever the input order', () => {
    const a = draw(objects, inspectors, request(), baselineParams, { seed: 'order', kind: 'preview', now: at });
    const shuffled = [...objects].reverse();
    const b = draw(shuffled, [...inspectors].reverse(), request(), baselineParams, { seed: 'order', kind: 'preview', now: at });
    expect(b.result).toEqual(a.result);
    expect(b.recordHash).toBe(a.recordHash);
  });

  it('takes its parameters from the profile', () => {
    expect(drawParamsFromProfile(loadProfile('baseline'))).toEqual(baselineParams);
  });
});

describe('bad input: a clear error and no record', () => {
  const objects = smallObjects(60);
  const inspectors = smallInspectors(12);
  const cases: Array<[string, () => unknown, RegExp]> = [
    ['an empty library', () => draw([], inspectors, request(), baselineParams, { seed: 's', kind: 'preview' }), /object registry is empty/],
    ['a rate above 100%', () => draw(objects, inspectors, request({ classRates: { A: 120 } }), baselineParams, { seed: 's', kind: 'preview' }), /request: classRates\.A/],
    ['a negative rate', () => draw(objects, inspectors, request({ rate: -1, classRates: undefined }), baselineParams, { seed: 's', kind: 'preview' }), /request: rate/],
    ['fewer inspectors than needed', () => draw(objects, inspectors.slice(0, 2), request({ inspectorsPerObject: 3 }), baselineParams, { seed: 's', kind: 'preview' }), /only \d+ eligible inspectors; each object needs 3/],
    ['one inspector per object', () => draw(objects, inspectors, request({ inspectorsPerObject: 1 }), baselineParams, { seed: 's', kind: 'preview' }), /below the minimum of 2/],
    ['duplicate object ids', () => draw([...objects, objects[3]], inspectors, request(), baselineParams, { seed: 's', kind: 'preview' }), /duplicate id O0000004 in the object registry/],
    ['a malformed object row', () => draw([{ name: 'x' }], inspectors, request(), baselineParams, { seed: 's', kind: 'preview' }), /objects: \[0\]\.id/],
    ['a fixed count above the class', () => draw(objects, inspectors, request({ classRates: undefined, classCounts: { D: 500 }, directed: true, filters: { creditClasses: ['D'] } }), baselineParams, { seed: 's', kind: 'preview' }), /fixed count of 500 exceeds/],
  ];
  it.each(cases)('%s', (_n, fn, message) => {
    let thrown: unknown;
    try {
      fn();
    } catch (e) {
      thrown = e;
    }
    expect(thrown instanceof DrawError || thrown instanceof DrawInputError).toBe(true);
    expect((thrown as Error).message).toMatch(message);
  });

  it('every candidate conflicted: names the object and the constraint, draws nothing', () => {
    const o = objects.filter((x) => x.checksThisYear === 0).slice(0, 1);
    const insp = inspectors.filter((i) => i.departmentId === 'SCJG').map((i) => ({ ...i, active: true, expert: false, registryKind: 'qualified' as const, conflicts: [o[0].id] }));
    expect(() => draw(o, insp, request({ classRates: undefined, rate: 100 }), baselineParams, { seed: 's', kind: 'preview' })).toThrow(new RegExp(`object ${o[0].id}: fewer than 2 inspectors remain after \\d+ recusal`));
  });
});

describe('verify', () => {
  const objects = smallObjects(300);
  const inspectors = smallInspectors(30);
  const rec = draw(objects, inspectors, request(), baselineParams, { seed: 'verify-me', kind: 'preview', now: at });

  it('verifies an untouched record', () => {
    expect(verifyRecord(JSON.parse(JSON.stringify(rec)), objects, inspectors)).toEqual({ verified: true, kind: 'preview', differences: [] });
  });

  it('fails on a changed input, seed or result byte, saying what differs', () => {
    const changedObjects = objects.map((o, i) => (i === 7 ? { ...o, creditClass: o.creditClass === 'A' ? ('B' as const) : ('A' as const) } : o));
    expect(verifyRecord(rec, changedObjects, inspectors).differences.join('\n')).toMatch(/inputs\.objectsHash/);
    const changedInspectors = inspectors.map((i, k) => (k === 0 ? { ...i, conflicts: ['O0000001'] } : i));
    expect(verifyRecord(rec, objects, changedInspectors).differences.join('\n')).toMatch(/inputs\.inspectorsHash/);
    const seed = verifyRecord({ ...rec, randomness: { previewSeed: 'verify-mf' } }, objects, inspectors).differences.join('\n');
    expect(seed).toMatch(/seed: not the one derived/);
    expect(seed).toMatch(/recordHash/);
    const tampered = structuredClone(rec);
    tampered.result.objectIds[0] = tampered.result.objectIds[1];
    const t = verifyRecord(tampered, objects, inspectors).differences.join('\n');
    expect(t).toMatch(/result\.objectIds\[0\]: recorded/);
  });
});
