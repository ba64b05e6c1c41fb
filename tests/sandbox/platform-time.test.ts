/** The sandbox shows times as a platform does: Beijing time to the second; a re-run in the same second gets the next. */
import { describe, expect, it } from 'vitest';
import { drawStamp, platformTime } from '../../src/sandbox/pages/common';

describe('the sandbox platform’s 抽取时间', () => {
  it('is Beijing time to the second, no milliseconds', () => {
    expect(platformTime('2026-12-01T18:31:11.984Z')).toBe('2026-12-02 02:31:11');
    expect(platformTime(undefined)).toBe('');
  });
  it('gives each run a second of its own', () => {
    const now = Date.parse('2026-12-01T18:31:11.984Z');
    expect(drawStamp(undefined, now)).toBe('2026-12-01T18:31:11.000Z');
    expect(drawStamp('2026-12-01T18:31:11.000Z', now + 10)).toBe('2026-12-01T18:31:12.000Z');
    expect(drawStamp('2026-12-01T18:31:11.500Z', now + 3000)).toBe('2026-12-01T18:31:14.000Z');
    // A run stored before this change (with milliseconds) still counts as its own second.
    expect(drawStamp('2026-12-01T18:31:11.984Z', now)).toBe('2026-12-01T18:31:12.000Z');
  });
});
