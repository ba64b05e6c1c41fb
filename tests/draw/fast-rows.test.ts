import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ObjectRecord } from '../../src/core/model';
import { FAST_KEYS, fastCanonicalLine, fastObjectRecord } from '../../src/core/draw/fast-rows';
import { canonicalRow } from '../../src/core/draw/rows';
import { CanonicalError } from '../../src/core/draw/canonical';
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
        if (fast && slow.success) expect(Object.keys(fast).sort()).toEqual(Object.keys(slow.data).filter((k) => (slow.data as Record<string, unknown>)[k] !== undefined).sort());
      }),
      { numRuns: 5000 },
    );
  });
  it('writes every key of the model, in canonical (sorted) order', () => {
    expect([...FAST_KEYS]).toEqual(Object.keys(ObjectRecord.shape).sort());
    const full = Object.fromEntries(FAST_KEYS.map((k) => [k, k === 'checksThisYear' ? 1 : k === 'flags' ? { seriousViolation: true, abnormal: false } : k === 'specialIndustry' ? true : k === 'creditClass' ? 'C' : `${k}值`]));
    const out = fastObjectRecord({ ...full, extra: 1 })!; // copied (a whole row is kept as it is: below)
    expect(Object.keys(out)).toEqual([...FAST_KEYS]);
    expect(Object.keys(out.flags)).toEqual(['abnormal', 'seriousViolation']);
    expect(out).toEqual(ObjectRecord.parse(full));
  });
  it('keeps a row that already is its validated form (no copy), copies any other', () => {
    const whole = { id: 'O1', name: '甲', checksThisYear: 0, flags: { abnormal: true } };
    expect(fastObjectRecord(whole)).toBe(whole);
    const copied = [
      { id: 'O1', checksThisYear: 0 }, // flags default missing
      { id: 'O1', flags: {} }, // checksThisYear default missing
      { id: 'O1', checksThisYear: 0, flags: {}, nickname: 'x' }, // unknown key
      { id: 'O1', checksThisYear: 0, flags: {}, '': 'x' }, // the empty key
      { id: 'O1', checksThisYear: 0, flags: {}, name: undefined }, // a key without a value
      { id: 'O1', checksThisYear: 0, flags: { abnormal: true, other: 1 } }, // unknown flag
      { id: 'O1', checksThisYear: 0, flags: { abnormal: undefined } },
      Object.assign(Object.create({ inherited: 1 }), { id: 'O1', checksThisYear: 0, flags: {} }), // not a plain object
    ];
    for (const r of copied) {
      const out = fastObjectRecord(r)!;
      expect(out).not.toBe(r);
      expect(out).toEqual(ObjectRecord.parse(r));
      const parsed = ObjectRecord.parse(r) as Record<string, unknown>;
      expect(Object.keys(out)).toEqual(Object.keys(parsed).filter((k) => parsed[k] !== undefined).sort());
    }
    for (const o of generateObjects(50, 4)) expect(fastObjectRecord(o)).toBe(o); // the generator writes whole rows
  });
  it('steps aside for an id zod would trim, and for a wrong type', () => {
    expect(fastObjectRecord({ id: ' O1 ' })).toBeUndefined();
    expect(fastObjectRecord({ id: 'O1', checksThisYear: 1.5 })).toBeUndefined();
    expect(fastObjectRecord({ id: 'O1', flags: { abnormal: 'yes' } })).toBeUndefined();
    expect(fastObjectRecord({ id: 'O1', nickname: 'x' })).toEqual({ id: 'O1', flags: {}, checksThisYear: 0 });
  });
});

/** The native line must be byte for byte the careful canonical row (docs/draw-spec.md §2.1), or step aside. */
describe('fastCanonicalLine agrees with canonicalRow', () => {
  const keys = Object.keys(ObjectRecord.shape).sort();
  const known = new Set(keys);
  it('writes every generated row natively (copied fast records have sorted keys), the same bytes', () => {
    for (const o of generateObjects(2000, 11)) {
      const r = fastObjectRecord({ ...o, extra: 1 }) as unknown as Record<string, unknown>;
      const line = fastCanonicalLine(r, known);
      expect(line).toBeDefined();
      expect(line).toBe(canonicalRow(r, keys));
    }
  });
  it('on arbitrary records and key orders: whenever it answers, the careful way gives the same', { timeout: 120_000 }, () => {
    const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('双"随机"\n', 'a\\ud800', '\u2028', '\u0007'));
    const row = fc.record(
      { id: text, name: text, uscc: text, industry: text, creditClass: fc.constantFrom('A', 'D'), checksThisYear: fc.oneof(fc.nat(9), fc.constant(-0), fc.double()), specialIndustry: fc.boolean(), flags: fc.record({ dishonest: fc.boolean(), abnormal: fc.boolean(), complaint: fc.constant(undefined) }, { requiredKeys: [] }) },
      { requiredKeys: ['id'] },
    );
    fc.assert(
      fc.property(row, fc.boolean(), (r, sorted) => {
        const o: Record<string, unknown> = sorted ? Object.fromEntries(Object.entries(r).sort(([a], [b]) => (a < b ? -1 : 1))) : r;
        let careful: string | Error;
        try {
          careful = canonicalRow(o, keys);
        } catch (e) {
          careful = e as Error;
        }
        const fast = fastCanonicalLine(o, known);
        if (fast !== undefined) expect(fast).toBe(careful);
      }),
      { numRuns: 5000 },
    );
  });
  it('steps aside for a lone surrogate (to be refused), an unknown key, unsorted keys and unsorted flags', () => {
    expect(fastCanonicalLine({ id: 'O1', name: 'a\ud800' }, known)).toBeUndefined();
    expect(() => canonicalRow({ id: 'O1', name: 'a\ud800' }, keys)).toThrow(CanonicalError);
    expect(fastCanonicalLine({ id: 'O1', nickname: 'x' }, known)).toBeUndefined();
    expect(fastCanonicalLine({ name: 'x', id: 'O1' }, known)).toBeUndefined();
    expect(fastCanonicalLine({ flags: { dishonest: true, abnormal: true }, id: 'O1' }, known)).toBeUndefined();
    expect(fastCanonicalLine({ flags: { abnormal: true, dishonest: false }, id: 'O1' }, known)).toBe('{"flags":{"abnormal":true,"dishonest":false},"id":"O1"}');
  });
});
