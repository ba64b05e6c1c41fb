import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/core/draw/canonical';
import { canonicalFlags, rowsHash, streamRowsHash } from '../../src/core/draw/rows';

/** The hand-written encoders must give canonicalJson's bytes exactly: the draw's hashes depend on them. */
describe('canonicalFlags and the streamed rows hash', () => {
  it('canonicalFlags gives canonicalJson of any flags object', () => {
    const value = fc.oneof(fc.boolean(), fc.constant(undefined), fc.integer(), fc.string());
    const flags = fc.record({ seriousViolation: value, abnormal: value, dishonest: value, complaint: value, other: value }, { requiredKeys: [] });
    fc.assert(fc.property(flags, (f) => {
      expect(canonicalFlags(f)).toBe(canonicalJson(f));
    }), { numRuns: 3000 });
  });
  it('streamRowsHash equals rowsHash over the same lines, across chunk boundaries', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 40 }), fc.integer({ min: 0, max: 3 }), (lines, repeat) => {
        const rows = Array.from({ length: repeat * 1500 + 1 }, (_, i) => lines[i % Math.max(1, lines.length)] ?? '');
        expect(streamRowsHash(rows, (r) => r)).toBe(rowsHash(rows));
      }),
      { numRuns: 20 },
    );
  });
});
