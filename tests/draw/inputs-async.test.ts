/**
 * prepareInputsAsync (WebCrypto, or any asynchronous digest) must prepare exactly what prepareInputs does:
 * the same rows in the same order, the same columns, the same hashes, or the same refusal; and a draw or an
 * announcement on inputs prepared ahead must be the one made on the registries themselves.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { announce, draw, drawPrepared, prepareInputs, prepareInputsAsync, ROWS_PER_CHUNK, type AsyncDigest } from '../../src/core/draw';
import { generateInspectors, generateObjects } from '../../src/sandbox/generate-registries';
import { baselineParams } from './fixtures';

const nodeAsync: AsyncDigest = async (b) => {
  const d = createHash('sha256').update(b).digest(); // read now: the caller reuses the buffer
  return d.buffer.slice(d.byteOffset, d.byteOffset + 32) as ArrayBuffer;
};
const subtle: AsyncDigest = (b) => crypto.subtle.digest('SHA-256', b);

/** What a preparation gives, or the error it throws (class, code, both wordings). */
async function outcome(f: () => unknown) {
  try {
    const p = (await f()) as ReturnType<typeof prepareInputs>;
    return { objects: p.objects, columns: p.columns, inspectors: p.inspectors, request: p.request, hashes: p.hashes };
  } catch (e) {
    return { error: `${(e as Error).name} ${(e as { code?: string }).code} ${(e as Error).message} / ${(e as { zh?: string }).zh}` };
  }
}

const request = { taskId: 'T-1', year: 2026, departments: ['SCJG'], rate: 10, inspectorsPerObject: 2 };
const INSPECTORS = generateInspectors(30, ['SCJG', 'WSJK'], 3, 100);

// Odd text: controls, quotes, backslashes, U+2028, astral characters, and now and then a lone surrogate.
const oddText = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('双"随机"\n', '𠮷野家\\', '\u2028\u0000\u001f', 'a\ud800', '\udc00b', ''),
);
const FIELDS = ['name', 'address', 'industry', 'region', 'creditClass', 'registrationOffice'] as const;
/** A generated registry, shuffled, some fields replaced by odd text, sometimes a duplicate id. */
const registry = fc
  .record({
    n: fc.integer({ min: 1, max: 60 }),
    seed: fc.nat(1000),
    edits: fc.array(fc.record({ at: fc.nat(), field: fc.constantFrom(...FIELDS), text: oddText }), { maxLength: 8 }),
    order: fc.array(fc.nat(), { maxLength: 60 }),
    duplicate: fc.boolean(),
  })
  .map(({ n, seed, edits, order, duplicate }) => {
    const rows: Record<string, unknown>[] = generateObjects(n, seed).map((o) => ({ ...o }));
    for (const e of edits) rows[e.at % n][e.field] = e.text;
    for (let i = 0; i < order.length && i < n; i++) {
      const j = order[i] % n;
      [rows[i], rows[j]] = [rows[j], rows[i]];
    }
    if (duplicate && n > 1) rows[n - 1] = { ...rows[n - 1], id: rows[0].id };
    return rows;
  });

describe('prepareInputsAsync: the same preparation with a native digest', () => {
  it('random registries with odd characters: the same rows, order, columns and hashes, or the same refusal', { timeout: 120_000 }, async () => {
    const seen = { prepared: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(registry, fc.boolean(), async (objects, directed) => {
        const req = directed ? { ...request, directed: true, filters: { industries: ['餐饮服务'] } } : request;
        const want = await outcome(() => prepareInputs(objects, INSPECTORS, req));
        seen['error' in want ? 'refused' : 'prepared']++;
        expect(await outcome(() => prepareInputsAsync(objects, INSPECTORS, req, nodeAsync))).toEqual(want);
        expect(await outcome(() => prepareInputsAsync(objects, INSPECTORS, req, subtle))).toEqual(want);
      }),
      { numRuns: 300 },
    );
    // Both sides of the property were exercised: registries prepared and registries refused.
    expect(seen.prepared).toBeGreaterThan(30);
    expect(seen.refused).toBeGreaterThan(30);
  });

  it('over several chunks of 4,096 rows (WebCrypto by default), and with an empty inspectors registry', async () => {
    const objects = generateObjects(2 * ROWS_PER_CHUNK + 7, 9);
    for (const insp of [INSPECTORS, []]) expect(await outcome(() => prepareInputsAsync(objects, insp, request))).toEqual(await outcome(() => prepareInputs(objects, insp, request)));
  });

  it('refuses a lone surrogate naming the field, as prepareInputs does', async () => {
    const objects = generateObjects(5, 3).map((o, i) => (i === 3 ? { ...o, address: '北湖\ud83c街道' } : o));
    await expect(prepareInputsAsync(objects, INSPECTORS, request)).rejects.toMatchObject({ code: 'not-unicode', message: expect.stringContaining('field address holds a lone surrogate'), zh: expect.stringContaining('字段 address') });
    expect(() => prepareInputs(objects, INSPECTORS, request)).toThrow('field address holds a lone surrogate');
  });
});

describe('draws and announcements on inputs prepared ahead', () => {
  const objects = generateObjects(500, 4);
  const now = () => new Date('2026-12-02T00:00:00Z');
  const randomness = { publicValues: [{ id: 'p', source: '骰子', availableAfter: '2026-12-01', format: '数字' }], contributions: [] };
  const profile = { id: 'baseline', params: baselineParams };

  it('a preview is the record drawn on the registries themselves', async () => {
    const p = await prepareInputsAsync(objects, INSPECTORS, request);
    const opts = { kind: 'preview' as const, seed: 's', now };
    expect(drawPrepared(p, request, baselineParams, opts)).toEqual(draw(objects, INSPECTORS, request, baselineParams, opts));
  });

  it('an announcement and its official draw are those made on the registries; the draw still checks them against the announcement', async () => {
    const p = await prepareInputsAsync(objects, INSPECTORS, request);
    const a = announce(undefined, undefined, request, { prepared: p, profile, randomness, now });
    expect(a).toEqual(announce(objects, INSPECTORS, request, { profile, randomness, now }));
    const official = { kind: 'official' as const, announcement: a, publicValues: { p: '1 2 3' }, contributions: {}, now };
    expect(drawPrepared(p, undefined, undefined, official)).toEqual(draw(objects, INSPECTORS, undefined, undefined, official));
    // Inputs prepared from a changed registry, for the announced request: refused as the registries would be.
    const changed = await prepareInputsAsync(objects.map((o, i) => (i === 7 ? { ...o, name: `${o.name}（变更）` } : o)), INSPECTORS, request);
    expect(() => drawPrepared(changed, undefined, undefined, official)).toThrow(expect.objectContaining({ code: 'inputs-changed', message: expect.stringContaining('inputs.objectsHash') }));
  });

  it('refuses inputs prepared for another request, and registries given beside prepared inputs', async () => {
    const p = await prepareInputsAsync(objects, INSPECTORS, request);
    const other = { ...request, rate: 20 };
    expect(() => drawPrepared(p, other, baselineParams, { kind: 'preview', seed: 's' })).toThrow(expect.objectContaining({ code: 'prepared-for-another-request' }));
    expect(() => announce(undefined, undefined, other, { prepared: p, profile, randomness })).toThrow(expect.objectContaining({ code: 'prepared-for-another-request' }));
    const a = announce(undefined, undefined, other, { profile, randomness, hashList: undefined, prepared: await prepareInputsAsync(objects, INSPECTORS, other) });
    expect(() => drawPrepared(p, undefined, undefined, { kind: 'official', announcement: a, publicValues: { p: '1' }, contributions: {} })).toThrow(expect.objectContaining({ code: 'prepared-for-another-request' }));
    expect(() => draw(objects, INSPECTORS, request, baselineParams, { kind: 'preview', seed: 's', prepared: p })).toThrow(TypeError);
    expect(() => announce(objects, INSPECTORS, request, { prepared: p, profile, randomness })).toThrow(TypeError);
  });
});
