/**
 * The object registry is validated row by row by a hand-written check, zod only for the rows it is not
 * sure of: the outcome (rows out, or every error with its row and field, in both languages) must be what
 * zod over the whole list gives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ObjectRecord, parseWith } from '../../src/core/model';
import { DrawInputError, parseObjects } from '../../src/core/draw/inputs';
import { generateObjects } from '../../src/sandbox/generate-registries';

function viaZod(data: unknown) {
  const r = parseWith(z.array(ObjectRecord), data);
  return r.ok ? { rows: r.value } : { errors: r.errors };
}
function viaFast(data: unknown) {
  try {
    return { rows: parseObjects(data) };
  } catch (e) {
    if (!(e instanceof DrawInputError)) throw e;
    return { errors: e.errors };
  }
}

const value = fc.oneof(fc.string(), fc.constantFrom(' O1', 'O2 ', '', 'A', 'D', 'E'), fc.integer({ min: -2, max: 5 }), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.array(fc.nat(), { maxLength: 2 }));
const malformed = fc.record(
  { id: value, name: value, uscc: value, creditClass: value, checksThisYear: value, specialIndustry: value, flags: fc.oneof(value, fc.record({ abnormal: value, dishonest: value, other: value }, { requiredKeys: [] })), extra: value },
  { requiredKeys: [] },
);
const wellFormed = fc.record(
  { id: fc.stringMatching(/^O[0-9]{1,6}$/), name: fc.string(), creditClass: fc.constantFrom('A', 'B', 'C', 'D'), checksThisYear: fc.nat(5), flags: fc.record({ abnormal: fc.boolean(), complaint: fc.boolean() }, { requiredKeys: [] }) },
  { requiredKeys: ['id'] },
);
const row = fc.oneof(wellFormed, wellFormed, malformed, value);

describe('parseObjects agrees with zod over the whole list', () => {
  it('on random lists of well-formed, malformed and odd rows: same rows, or the same errors (row, field, zh, en)', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 8 }), (rows) => {
        expect(viaFast(rows)).toEqual(viaZod(rows));
      }),
      { numRuns: 3000 },
    );
  });
  it('names the row and the field of a malformed row deep in a registry', () => {
    const rows: unknown[] = generateObjects(2000, 3);
    rows[1234] = { ...(rows[1234] as object), checksThisYear: -1 };
    rows[1500] = { ...(rows[1500] as object), creditClass: 'E' };
    const { errors } = viaFast(rows) as { errors: Array<{ path: string; zh: string; en: string }> };
    expect(errors.map((e) => e.path)).toEqual(['[1234].checksThisYear', '[1500].creditClass']);
    expect(errors).toEqual(viaZod(rows).errors);
    expect(errors[0].zh).toMatch(/[\u4e00-\u9fff]/);
  });
  it('refuses what is not a list as zod does', () => {
    for (const d of [undefined, null, {}, 'x']) expect(viaFast(d)).toEqual(viaZod(d));
  });
});
