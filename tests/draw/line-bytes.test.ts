/**
 * The byte encoder (line-bytes.ts) must write exactly UTF-8(canonicalRow(row)), the reference encoder of
 * docs/draw-spec.md §2.2, and refuse exactly what it refuses with the same message: every registry hash
 * depends on these bytes.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Inspector, ObjectRecord } from '../../src/core/model';
import { defaultListHasher, objectLine, prepareInputs, rowsHash, ROWS_PER_CHUNK } from '../../src/core/draw';
import { LineBuffer, streamRowBytesHash, streamRowBytesHashAsync, writeRow } from '../../src/core/draw/line-bytes';
import { writeObjectRow } from '../../src/core/draw/object-row-bytes';
import { canonicalRow } from '../../src/core/draw/rows';
import { nodeListHasher } from '../../src/helper/node-hash';
import { generateInspectors, generateObjects } from '../../src/sandbox/generate-registries';

const OBJECT_KEYS = Object.keys(ObjectRecord.shape).sort();
const decode = (w: LineBuffer) => new TextDecoder('utf-8', { fatal: true }).decode(w.buf.subarray(0, w.len));
const utf8 = (s: string) => Buffer.from(s, 'utf8');

/** Each way of writing a row: the reference line as UTF-8, or the error it throws. */
function outcomes(row: Record<string, unknown>) {
  const run = (f: () => Uint8Array | string): string => {
    try {
      const r = f();
      return typeof r === 'string' ? r : Buffer.from(r).toString('hex');
    } catch (e) {
      return `${(e as Error).name}: ${(e as Error).message} / ${(e as { zh?: string }).zh}`;
    }
  };
  const bytes = (write: (w: LineBuffer) => void) => () => {
    const w = new LineBuffer(8); // small: the buffer must grow mid-row and keep what it holds
    w.byte(0x41);
    write(w);
    return w.buf.slice(1, w.len);
  };
  return {
    reference: run(() => utf8(canonicalRow(row, OBJECT_KEYS))),
    named: run(bytes((w) => writeObjectRow(w, row as unknown as ObjectRecord))),
    keyed: run(bytes((w) => writeRow(w, row, OBJECT_KEYS))),
  };
}

// Code units of every kind: ASCII, the escaped ones, controls, DEL, U+2028, BMP, both surrogate halves.
const unit = fc.oneof(
  fc.integer({ min: 0, max: 0x7f }),
  fc.constantFrom(0x08, 0x09, 0x0a, 0x0c, 0x0d, 0x22, 0x5c, 0x1f, 0x7f, 0x2028, 0xfeff),
  fc.integer({ min: 0x80, max: 0xffff }),
  fc.integer({ min: 0xd800, max: 0xdfff }),
).map((c) => String.fromCharCode(c));
const oddText = fc.oneof(fc.string({ unit }), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.constantFrom('双"随机"\n', '𠮷野家\\', 'a\ud800', '\udc00b', '\u0000'));
const anyValue = fc.oneof(oddText, fc.boolean(), fc.integer(), fc.double(), fc.constant(-0), fc.constant(null), fc.constant(undefined), fc.array(fc.oneof(fc.integer(), oddText), { maxLength: 3 }));
const flags = fc.oneof(
  fc.record({ seriousViolation: fc.boolean(), abnormal: fc.boolean(), dishonest: fc.boolean(), complaint: fc.oneof(fc.boolean(), fc.constant(undefined)) }, { requiredKeys: [] }),
  fc.record({ abnormal: anyValue, other: anyValue }, { requiredKeys: [] }),
  anyValue,
);
const row = fc.record(
  Object.fromEntries(OBJECT_KEYS.map((k) => [k, k === 'flags' ? flags : k === 'checksThisYear' ? fc.oneof(fc.nat(), fc.constant(Number.MAX_SAFE_INTEGER), fc.integer({ min: -99, max: -1 }), anyValue) : fc.oneof(oddText, oddText, anyValue)])),
  { requiredKeys: [] },
);

describe('line-bytes: the canonical row written as bytes', () => {
  it('on generated registries: byte for byte the reference line', () => {
    for (const o of generateObjects(3000, 21)) {
      const r = ObjectRecord.parse(o) as unknown as Record<string, unknown>;
      const { reference, named, keyed } = outcomes(r);
      expect(named).toBe(utf8(canonicalRow(r, OBJECT_KEYS)).toString('hex'));
      expect(keyed).toBe(reference);
    }
  });

  it('on random rows with odd characters and odd values: the same bytes, or the same error', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(row, (r) => {
        const { reference, named, keyed } = outcomes(r);
        expect(named).toBe(reference);
        expect(keyed).toBe(reference);
      }),
      { numRuns: 4000 },
    );
  });

  // One buffer for many rows, values from a small pool: the remembered members of repeating fields
  // (object-row-bytes.ts) are copied into later rows, as the first member or not, beside odd rows.
  const pooled = fc.constantFrom('A', 'B', '食品生产', '餐饮服务', '北湖街道', '"引号"', 'a\\b', '\u2028', '𠮷', '', 'x\ud800');
  const pooledRow = fc.record(
    { creditClass: pooled, industry: fc.oneof(pooled, anyValue), region: pooled, registrationOffice: pooled, scale: pooled, type: pooled, id: fc.constantFrom('O1', 'O2'), checksThisYear: fc.oneof(fc.nat(), fc.constant(undefined)), flags, address: fc.oneof(pooled, fc.constant(undefined)) },
    { requiredKeys: [] },
  );
  it('rows written one after another into one buffer: each the reference line, repeated values copied right', () => {
    fc.assert(
      fc.property(fc.array(pooledRow, { maxLength: 30 }), (rows) => {
        const w = new LineBuffer(16);
        const want: string[] = [];
        for (const r of rows) {
          const before = w.len;
          let ref: string;
          try {
            ref = Buffer.from(utf8(canonicalRow(r, OBJECT_KEYS))).toString('hex');
          } catch (e) {
            expect(() => writeObjectRow(w, r as unknown as ObjectRecord)).toThrow((e as Error).message);
            w.len = before;
            continue;
          }
          writeObjectRow(w, r as unknown as ObjectRecord);
          w.byte(10);
          want.push(`${ref}0a`);
        }
        expect(Buffer.from(w.buf.subarray(0, w.len)).toString('hex')).toBe(want.join(''));
      }),
      { numRuns: 1500 },
    );
  });

  it('refuses a lone surrogate naming the field, as the reference does; a pair is written', () => {
    const w = new LineBuffer();
    expect(() => writeObjectRow(w, { id: 'O1', name: '甲\ud800', flags: {}, checksThisYear: 0 })).toThrow(/field name holds a lone surrogate/);
    const out = outcomes({ id: 'O1', address: '\udc00' });
    expect(out.named).toMatch(/^CanonicalError: field address holds a lone surrogate .* \/ 字段 address 含有孤立的代理项/);
    const ok = new LineBuffer();
    writeObjectRow(ok, { id: 'O1', name: '🎲"\u0001', flags: { abnormal: true }, checksThisYear: 12 });
    expect(decode(ok)).toBe('{"checksThisYear":12,"flags":{"abnormal":true},"id":"O1","name":"🎲\\"\\u0001"}');
  });
});

describe('streamRowBytesHash: the rows hash (§2.2) from bytes', () => {
  const nodeDigest = (b: Uint8Array) => createHash('sha256').update(b).digest();
  for (const n of [0, 1, ROWS_PER_CHUNK - 1, ROWS_PER_CHUNK, ROWS_PER_CHUNK + 1, 2 * ROWS_PER_CHUNK + 7])
    it(`equals rowsHash of the reference lines for ${n} rows, pure and node:crypto`, () => {
      const objs = generateObjects(n, 5).map((o) => ObjectRecord.parse(o));
      const want = rowsHash(objs.map(objectLine));
      expect(streamRowBytesHash(objs, writeObjectRow, nodeDigest)).toBe(want);
      if (n <= ROWS_PER_CHUNK + 1) expect(streamRowBytesHash(objs, writeObjectRow)).toBe(want);
    });

  it('the same hash with WebCrypto, chunks digested while the next is written (few or many in flight)', async () => {
    const objs = generateObjects(3 * ROWS_PER_CHUNK + 5, 6).map((o) => ObjectRecord.parse(o));
    const want = rowsHash(objs.map(objectLine));
    const subtle = (b: Uint8Array<ArrayBuffer>) => crypto.subtle.digest('SHA-256', b);
    for (const inFlight of [1, 2, 8]) expect(await streamRowBytesHashAsync(objs, writeObjectRow, subtle, inFlight)).toBe(want);
    expect(await streamRowBytesHashAsync([], writeObjectRow, subtle)).toBe(rowsHash([]));
  });

  it('prepareInputs gives the reference hashes with every hasher (bytes, lines, list)', () => {
    const objects = generateObjects(ROWS_PER_CHUNK + 3, 8);
    const inspectors = generateInspectors(40, ['SCJG', 'WSJK'], 3, 100);
    const request = { taskId: 'T', year: 2026, departments: ['SCJG'], rate: 5, inspectorsPerObject: 2 };
    const objs = objects.map((o) => ObjectRecord.parse(o));
    const insp = inspectors.map((i) => Inspector.parse(i)).sort((a, b) => (a.id < b.id ? -1 : 1));
    const want = { objectsHash: rowsHash(objs.map(objectLine)), inspectorsHash: rowsHash(insp.map((i) => canonicalRow(i as unknown as Record<string, unknown>, Object.keys(Inspector.shape).sort()))) };
    const listOnly = Object.assign((lines: string[]) => rowsHash(lines), {});
    for (const h of [nodeListHasher, defaultListHasher, listOnly]) expect(prepareInputs(objects, inspectors, request, h).hashes).toMatchObject(want);
  });
});
