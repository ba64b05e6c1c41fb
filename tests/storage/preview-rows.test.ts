import { describe, expect, it } from 'vitest';
import { packedPreview, previewRecord, previewRowOut } from '../../src/storage/preview-rows';
import type { DrawRecord } from '../../src/core/draw/record-schema';

// A record as a preview keeps it; only the result's packing matters here.
const result = { objectIds: ['91440300MA5F000001', '91440300MA5F000002'], exclusions: [{ objectId: '91440300MA5F000003', reason: '本年度已被抽查 2 次' }] };
const record = { kind: 'preview', resultHash: 'h', result } as unknown as DrawRecord;
const row = { key: 'k', url: 'https://example.gov.cn/', savedAt: '2026-12-04T00:00:00.000Z' };
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('preview rows as stored', () => {
  it('keeps the result as exactly its bytes (a copy, not the buffer they were written in) and reads it back', () => {
    const text = JSON.stringify(result);
    // Written with room around it, as resultBytes leaves it for the record's hash.
    const buffer = new Uint8Array(64 + utf8(text).length + 64);
    buffer.set(utf8(text), 64);
    const view = buffer.subarray(64, 64 + utf8(text).length);
    const stored = packedPreview(row, record, view);
    expect('result' in stored.record).toBe(false);
    expect(stored.resultText).toBeUndefined();
    expect(stored.resultBytes!.buffer.byteLength).toBe(view.length);
    buffer.fill(0);
    expect(previewRecord(stored)).toEqual(record);
    const out = previewRowOut(stored);
    expect([out.resultBytes, out.resultText, out.record]).toEqual([undefined, undefined, record]);
  });

  it('reads a row kept before, with its result as text', () => {
    const { result: _r, ...rest } = record;
    const old = { ...row, record: rest, resultText: JSON.stringify(result) };
    expect(previewRecord(old)).toEqual(record);
    expect(previewRowOut(old)).toEqual({ ...row, record });
  });

  it('keeps a small record whole when no bytes are given', () => {
    const stored = packedPreview(row, record, undefined);
    expect(stored).toEqual({ ...row, record });
    expect(previewRowOut(stored)).toBe(stored);
  });
});
