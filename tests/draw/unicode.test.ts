/** Strings must be well-formed Unicode: one commitment can no longer stand for several draws. */
import { describe, expect, it } from 'vitest';
import { canonicalJson, commitContribution, draw, DrawError, previewSeed, toHex } from '../../src/core/draw';
import { baselineParams, request, smallInspectors, smallObjects } from './fixtures';

describe('well-formed Unicode only', () => {
  it('lone surrogates are refused in canonical JSON, seeds and contributions', () => {
    for (const s of ['\uD800', 'a\uDC00b', '\uDBFF\uDBFF']) {
      expect(() => canonicalJson(s)).toThrow(/lone surrogate/);
      expect(() => previewSeed(s)).toThrow(/lone surrogate/);
      expect(() => commitContribution(s)).toThrow(/lone surrogate/);
    }
    expect(() => draw(smallObjects(50), smallInspectors(), request(), baselineParams, { kind: 'preview', seed: 'x\uD800' })).toThrow(DrawError);
  });
  it('"甲" and "2" (equal in their low byte) give different seeds and draws; a pair of surrogates is fine', () => {
    expect(toHex(previewSeed('甲'))).not.toBe(toHex(previewSeed('2')));
    const a = draw(smallObjects(200), smallInspectors(), request(), baselineParams, { kind: 'preview', seed: '甲' });
    const b = draw(smallObjects(200), smallInspectors(), request(), baselineParams, { kind: 'preview', seed: '2' });
    expect(a.result.objectIds).not.toEqual(b.result.objectIds);
    expect(canonicalJson('🎲')).toBe('"🎲"');
  });
});
