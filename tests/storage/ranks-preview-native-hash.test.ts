/**
 * The imported registry's 专项库 drawn from its rows (indexed-preview.ts, the ranks path) hashes those rows
 * with WebCrypto: no buffer the pure SHA-256 is given during the preview holds a row line (`"name":"企业…`).
 * The control: a synchronous draw on rows of the same shape does give it one.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { guessMapping } from '../../src/core/registry-import';
import { completeUscc } from '../../src/core/model/identifiers';
import { draw, type DrawParams, type RegistryBundle } from '../../src/core/draw';
import type { Strategy } from '../../src/core/model';
import { RegistryDb } from '../../src/storage/registry-db';
import { importFileIntoDb } from '../../src/storage/registry-import-job';
import { indexedPreview } from '../../src/background/indexed-preview';

const hashed = vi.hoisted(() => ({ texts: [] as string[] }));
vi.mock('../../src/core/draw/sha256', async (original) => {
  const m = await original<typeof import('../../src/core/draw/sha256')>();
  return { ...m, sha256Bytes: (b: Uint8Array) => (hashed.texts.push(Buffer.from(b).toString('utf8')), m.sha256Bytes(b)) };
});

const HEAD = ['统一社会信用代码', '企业名称', '行业', '所属区域', '信用风险分类', '一年内被抽查次数'];
const uscc = (i: number) => completeUscc(`91110106${String(i).padStart(9, '0')}`);
const csv = (rows: string[][], name: string) => new File([rows.map((r) => r.join(',')).join('\r\n')], name, { lastModified: 1 });
const PARAMS: DrawParams = { minInspectorsPerObject: 2, maxJointInspectors: 10, maxChecksPerYear: 2, specialIndustries: ['食品'], allowedKinds: ['civil-servant'], highRatePercent: 50 };
const INSPECTORS = Array.from({ length: 4 }, (_, i) => ({ id: `I${i}`, name: `检查员${i}`, departmentId: 'SCJG', registryKind: 'civil-servant' as const, expert: false, thirdParty: false, expertise: [], conflicts: [], active: true }));
const rowLine = (t: string) => t.includes('"name":"企业');

describe('the 专项库 preview over imported rows hashes them natively', { timeout: 120_000 }, () => {
  beforeEach(() => void (hashed.texts.length = 0));

  it('hands no row of the 专项库 to the pure SHA-256; the synchronous draw does (the control)', async () => {
    const db = new RegistryDb('ranks-native-hash');
    const rows = Array.from({ length: 300 }, (_, i) => [uscc(i + 1), `企业${i + 1}`, '餐饮服务', '东城街道', 'ABCD'[i % 4], '0']);
    const r = await importFileIntoDb(db, { kind: 'objects', file: csv([HEAD, ...rows], 'o.csv'), mapping: guessMapping('objects', HEAD) });
    expect(r.ok).toBe(true);
    const served: RegistryBundle = { source: 's', objects: [1, 2, 3, 4].map((i) => ({ id: `P${i}`, uscc: uscc(i), name: `企业${i}`, flags: {}, checksThisYear: 0 })), inspectors: INSPECTORS, libraries: [{ id: 'L-two', name: '两户', objectIds: ['P1', 'P3'] }], departments: ['SCJG'] };
    const s = { entries: [{ itemId: 'D', quantityMode: 'fixed', target: 1, libraryId: 'L-two' }], directed: false } as Strategy;
    const o = { seed: 'bg', taskId: 'RW-1', year: 2026, departments: ['SCJG'], inspectorsPerObject: 2, now: () => new Date('2026-03-01T00:00:00Z') };
    hashed.texts.length = 0;
    const p = (await indexedPreview(db, served, s, PARAMS, o))!;
    const record = p.preview.items[0].record!;
    expect(record.inputs.objectCount).toBe(2);
    expect(hashed.texts.length).toBeGreaterThan(0); // the spy is live (the record's own hashes)
    expect(hashed.texts.filter(rowLine)).toEqual([]);
    // The control: rows of the same shape drawn synchronously do reach the pure SHA-256, and the matcher sees them.
    hashed.texts.length = 0;
    draw(served.objects.slice(0, 2), INSPECTORS, record.request, PARAMS, { kind: 'preview', seed: 'x' });
    expect(hashed.texts.filter(rowLine).length).toBeGreaterThanOrEqual(1);
  });
});
