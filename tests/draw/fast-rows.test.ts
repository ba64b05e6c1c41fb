import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ObjectRecord } from '../../src/core/model';
import { fastObjectRecord } from '../../src/core/draw/fast-rows';
import { generateObjects } from '../../src/sandbox/generate-registries';

/** The fast path must never disagree with the model: same row out, or it steps aside (undefined). */
describe('fastObjectRecord agrees with the zod model', () => {
  it('on generated registries (identical rows out)', () => {
    for (const o of generateObjects(2000, 9)) expect(fastObjectRecord(o)).toEqual(ObjectRecord.parse(o));
  });
  it('on arbitrary rows: whenever it answers, zod gives the same', { timeout: 120_000 }, () => {
    const value = fc.oneof(fc.string(), fc.integer({ min: -2, max: 5 }), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.double(), fc.constantFrom('A', 'B', 'D', 'E', ' x', 'x '));
    const row = fc.record(
      { id: value, name: value, creditClass: value, checksThisYear: value, specialIndustry: value, flags: fc.oneof(value, fc.record({ abnormal: value, other: value }, { requiredKeys: [] })), extra: value },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(row, (r) => {
        const fast = fastObjectRecord(r);
        const slow = ObjectRecord.safeParse(r);
        if (fast) expect(slow.success && slow.data).toEqual(fast);
      }),
      { numRuns: 5000 },
    );
  });
  it('steps aside for an id zod would trim, and for a wrong type', () => {
    expect(fastObjectRecord({ id: ' O1 ' })).toBeUndefined();
    expect(fastObjectRecord({ id: 'O1', checksThisYear: 1.5 })).toBeUndefined();
    expect(fastObjectRecord({ id: 'O1', flags: { abnormal: 'yes' } })).toBeUndefined();
    expect(fastObjectRecord({ id: 'O1', nickname: 'x' })).toEqual({ id: 'O1', flags: {}, checksThisYear: 0 });
  });
});
