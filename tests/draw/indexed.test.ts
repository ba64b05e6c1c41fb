import { describe, expect, it } from 'vitest';
import { draw, DrawError, type DrawParams, type DrawRequestInput } from '../../src/core/draw';
import { drawIndexedPreview, type ObjectColumns } from '../../src/core/draw/indexed';
import { objectColumns } from '../../src/core/draw/columns';
import { matchesFilters } from '../../src/core/draw/filters';
import { prepareInputs } from '../../src/core/draw/inputs';
import { sortIds } from '../../src/core/draw/sort-ids';
import { generateInspectors, generateObjects } from '../../src/sandbox/generate-registries';
import type { ObjectRecord } from '../../src/core/model';

const PARAMS: DrawParams = { minInspectorsPerObject: 2, maxJointInspectors: 10, maxChecksPerYear: 2, specialIndustries: ['食品', '药品'], allowedKinds: ['civil-servant', 'qualified', 'supervisory'], highRatePercent: 20 };
const DEPTS = ['SCJG', 'WSJK'];
const objects = generateObjects(3000, 11);
const inspectors = generateInspectors(40, DEPTS, 12, 3000);

/** The columns the storage writes, built here from the list (in input order, then permuted as the index is). */
function columnsOf(list: ObjectRecord[]): ObjectColumns & { ids: string[] } {
  const order = sortIds(list.map((o) => o.id));
  const sorted = Array.from(order, (i) => list[i]);
  const objectsHash = prepareInputs(list, [], { taskId: 'x', year: 2026, departments: ['X'], rate: 1, inspectorsPerObject: 1 }).hashes.objectsHash;
  return objectColumns(sorted, objectsHash);
}

const cols = columnsOf(objects);
const base = { taskId: 'T-1', year: 2026, departments: DEPTS, joint: true, inspectorsPerObject: 2 };
const CASES: Array<[string, DrawRequestInput]> = [
  ['one rate over the whole registry', { ...base, rate: 5 }],
  ['a fixed count', { ...base, count: 40 }],
  ['rates by credit class, the unclassified at their own rate', { ...base, classRates: { A: 2, B: 4, C: 8, D: 20 }, unclassifiedRate: 3 }],
  ['counts by credit class, a key item with its batch order', { ...base, classCounts: { A: 5, B: 5, C: 5, D: 5 }, unclassifiedRate: 10, keyItem: true }],
  ['directed: an industry and a flag', { ...base, rate: 30, directed: true, filters: { industries: [objects[0].industry!, objects[1].industry!], flags: { abnormal: false } } }],
  ['own department only', { ...base, joint: false, departments: ['SCJG'], rate: 10 }],
];

async function indexed(req: DrawRequestInput, seed: string) {
  const f = req.directed ? req.filters : undefined;
  const byId = new Map(objects.map((o) => [o.id, o]));
  const matches = f ? Uint8Array.from(cols.ids, (id) => (matchesFilters(byId.get(id)!, f) ? 1 : 0)) : undefined;
  const asked: number[][] = [];
  const record = await drawIndexedPreview(cols, inspectors, req, PARAMS, { seed, matches, now: () => new Date('2026-03-01T00:00:00Z'), idsAt: async (r) => (asked.push([...r]), Array.from(r, (x) => cols.ids[x])) });
  return { record, asked };
}

describe('the draw over stored columns gives the reference draw’s record', () => {
  for (const [name, req] of CASES)
    it(name, async () => {
      const ref = draw(objects, inspectors, req, PARAMS, { kind: 'preview', seed: `s-${name}`, now: () => new Date('2026-03-01T00:00:00Z') });
      const { record, asked } = await indexed(req, `s-${name}`);
      expect(record.result.objectIds.length).toBeGreaterThan(0);
      expect(record).toEqual(JSON.parse(JSON.stringify(ref)));
      expect(record.recordHash).toBe(ref.recordHash);
      // Only the ids the result names are fetched, in one ascending request.
      expect(asked).toHaveLength(1);
      expect(asked[0].length).toBe(new Set([...ref.result.objectIds, ...ref.result.exclusions.map((e) => e.objectId)]).size);
      expect(asked[0]).toEqual([...asked[0]].sort((a, b) => a - b));
    });

  it('frequency exclusions: special industries (by name and by flag) and high risk stay in the pools', async () => {
    const ref = draw(objects, inspectors, { ...base, rate: 5 }, PARAMS, { kind: 'preview', seed: 'freq' });
    expect(ref.result.exclusions.length).toBeGreaterThan(0);
    const { record } = await indexed({ ...base, rate: 5 }, 'freq');
    expect(record.result.exclusions).toEqual(ref.result.exclusions);
    expect(record.result.excludedByReason).toEqual(ref.result.excludedByReason);
  });

  it('refuses as the reference does: a fixed count above the pool, a class without a rate, an empty directed library, a bad request', async () => {
    const bad: DrawRequestInput[] = [
      { ...base, count: 100000 },
      { ...base, classRates: { A: 5 } },
      { ...base, rate: 5, directed: true, filters: { industries: ['没有这个行业'] } },
      { ...base, rate: 5, count: 3 },
    ];
    for (const req of bad) {
      let want: unknown;
      try {
        draw(objects, inspectors, req, PARAMS, { kind: 'preview', seed: 'e' });
      } catch (e) {
        want = e;
      }
      expect(want).toBeInstanceOf(Error);
      await expect(indexed(req, 'e')).rejects.toThrow((want as Error).message);
      if (want instanceof DrawError) await expect(indexed(req, 'e')).rejects.toMatchObject({ code: want.code, zh: want.zh });
    }
  });
});
