import 'fake-indexeddb/auto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DraDb } from '../../src/storage/db';
import { loadLibrary, RegistryDb } from '../../src/storage/registry-db';
import { route } from '../../src/messaging/router';
import { previewInBackground, type PreviewAsk } from '../../src/background/draw-preview';
import { guessMapping, withImported } from '../../src/core/registry-import';
import { importFileIntoDb } from '../../src/storage/registry-import-job';
import { verifyRecord } from '../../src/core/draw';
import { sha256Text } from '../../src/core/draw/result-json';
import { previewRecord } from '../../src/storage/preview-rows';
import type { RegistryBundle } from '../../src/core/draw/bundle';
import type { Reply } from '../../src/messaging/messages';
import { writeObjectCsv } from '../../bench/registry-csv';

const ID = 'extension-id';
const content = { id: ID, tab: { id: 3 }, frameId: 0, url: 'http://127.0.0.1:8765/syn/pub/server/sccheck/entback/randompage?taskId=RW-1' };
const page = { id: ID, url: `chrome-extension://${ID}/registry.html` };
const ask = (strategy: unknown, extra: Record<string, unknown> = {}) => ({ type: 'draw.preview', key: 'http://127.0.0.1:8765/randompage#RW-1', url: content.url, seed: 'unit-seed', taskId: 'RW-1', strategy, ...extra });
const strategy = { entries: [{ itemId: 'SJ-001', quantityMode: 'ratio', target: 5 }], directed: false };
const INSPECTORS = ['姓名,执法证号,工作单位,业务部门,人员类别,是否专家,状态', ...Array.from({ length: 8 }, (_, i) => `检查员${i},执11000${i},区市场监管局,SCJG,行政执法类公务员,否,有效`)].join('\r\n');

const tmp = mkdtempSync(join(tmpdir(), 'dra-preview-'));
let objectsCsv: Uint8Array;
beforeAll(async () => {
  await writeObjectCsv(join(tmp, 'objects.csv'), 2000);
  objectsCsv = readFileSync(join(tmp, 'objects.csv'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function imported() {
  const db = new DraDb(`m-${Math.random()}`);
  const registries = new RegistryDb(`mr-${Math.random()}`);
  await db.settings.put({ key: 'department', value: 'SCJG' });
  const head = (text: string) => text.replace(/^\uFEFF/, '').split('\r\n')[0].split(',');
  await importFileIntoDb(registries, { kind: 'objects', file: new File([objectsCsv as Uint8Array<ArrayBuffer>], 'objects.csv'), mapping: guessMapping('objects', head(new TextDecoder().decode(objectsCsv.subarray(0, 4000)))) });
  await importFileIntoDb(registries, { kind: 'inspectors', file: new File([INSPECTORS], 'inspectors.csv'), mapping: guessMapping('inspectors', head(INSPECTORS)) });
  return { db, registries };
}

describe('draw.preview: the draw runs in the background, the page gets counts only', { timeout: 120_000 }, () => {
  it('no content script can read registry rows: registries.get is gone for every sender, and the reply of a preview holds none', async () => {
    const { db, registries } = await imported();
    for (const sender of [content, page]) expect(await route(db, { type: 'registries.get' }, sender, ID, { registries })).toMatchObject({ ok: false, error: expect.stringMatching(/invalid message/) });
    const r = await route(db, ask(strategy), content, ID, { registries });
    expect(r).toMatchObject({ ok: true, preview: { items: [{ itemId: 'SJ-001', library: 2000, drawn: 100 }] } });
    // Not one code, name, person or inspector of the registries is in what the page receives.
    const lib = (await loadLibrary(registries))!;
    const sent = JSON.stringify(r);
    const leaked = [...lib.objects.flatMap((o) => [o.id, o.name!, o.personInCharge!, o.address!]), ...lib.inspectors.flatMap((i) => [i.id, i.name!])].filter((v) => v && sent.includes(v));
    expect(leaked).toEqual([]);
  });

  it('keeps each item’s record with its audit entry; the record verifies against the imported registries', async () => {
    const { db, registries } = await imported();
    const r = (await route(db, ask(strategy), content, ID, { registries })) as Reply<'draw.preview'>;
    if (!r.ok) throw new Error(r.error);
    // Answered before the records are written; the page asks what was kept with the id the answer gave, once.
    expect(r.preview).toMatchObject({ saved: [], keeping: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    const kept = (await route(db, { type: 'draw.preview.kept', keeping: r.preview.keeping }, content, ID, { registries })) as Reply<'draw.preview.kept'>;
    if (!kept.ok) throw new Error(kept.error);
    const rows = await db.previews.toArray();
    expect(rows.map((x) => x.id)).toEqual(kept.saved);
    expect(kept.saved).toHaveLength(1);
    expect(await route(db, { type: 'draw.preview.kept', keeping: r.preview.keeping }, content, ID, { registries })).toMatchObject({ ok: false, problems: [{ path: 'keeping', zh: expect.stringMatching(/找不到这次预览的保存情况/) }] });
    expect(rows[0].record.kind).toBe('preview');
    expect(rows[0].record.resultHash).toBe(r.preview.items[0].resultHash);
    // The result kept as the canonical bytes its hash was taken over (no text made, not thousands of objects to clone),
    // just those bytes (not the buffer they were written in, with its room around them).
    expect([rows[0].resultBytes instanceof Uint8Array, rows[0].resultText, 'result' in rows[0].record]).toEqual([true, undefined, false]);
    expect(rows[0].resultBytes!.byteLength).toBe(rows[0].resultBytes!.buffer.byteLength);
    expect(await sha256Text(new TextDecoder().decode(rows[0].resultBytes!))).toBe(rows[0].record.resultHash);
    const listed = (await route(db, { type: 'preview.list' }, page, ID)) as Reply<'preview.list'>;
    expect(listed.ok && listed.previews[0].record).toEqual(previewRecord(rows[0]));
    expect((await db.audit.toArray()).map((e) => e.kind)).toEqual(['draw-preview']);
    const lib = (await loadLibrary(registries))!;
    expect(verifyRecord(previewRecord(rows[0]), lib.objects, lib.inspectors)).toMatchObject({ verified: true, differences: [] });
    // The same seed on the same registries gives the same draw.
    const again = (await route(db, ask(strategy), content, ID, { registries })) as Reply<'draw.preview'>;
    expect(again.ok && again.preview.items[0].resultHash).toBe(r.preview.items[0].resultHash);
  });

  it('a directed strategy is narrowed through the posting lists before any block is read, and says so', async () => {
    const { db, registries } = await imported();
    const directed = { ...strategy, directed: true, filters: { creditClasses: ['D'] } };
    const r = (await route(db, ask(directed), content, ID, { registries })) as Reply<'draw.preview'>;
    if (!r.ok) throw new Error(r.error);
    const d = (await loadLibrary(registries, { filters: { creditClasses: ['D'] } }))!.objects.length;
    // The item's library is the whole registry; its pool (plus the frequency exclusions) is what the conditions keep.
    const item = r.preview.items[0];
    expect(item.library).toBe(2000);
    expect(item.classes.reduce((n, c) => n + c.pool, 0) + (item.excluded.frequency ?? 0)).toBe(d);
    expect(r.preview.source).toMatch(/按定向条件预筛/);
  });

  it('answers before its records are written; a second preview asked at once waits for them, so records and audit entries keep the order drawn', async () => {
    const { db, registries } = await imported();
    // The answer is out before anything is written (the record's clone comes in a later task): seen by the store's
    // own hook, read in the answer's continuation, where no task can have run.
    let written = 0;
    db.previews.hook('creating', () => void written++);
    const direct = await previewInBackground(db, registries, { ...ask(strategy, { seed: 'direct' }), strategy } as PreviewAsk);
    expect([direct.ok, written]).toEqual([true, 0]);
    if (direct.ok) expect(await direct.kept).toMatchObject({ saved: [expect.any(Number)] });
    expect(written).toBe(1);
    await db.previews.clear();
    await db.audit.clear();
    const first = (await route(db, ask(strategy, { seed: 'first' }), content, ID, { registries })) as Reply<'draw.preview'>;
    if (!first.ok) throw new Error(first.error);
    const second = (await route(db, ask(strategy, { seed: 'second' }), content, ID, { registries })) as Reply<'draw.preview'>;
    if (!second.ok) throw new Error(second.error);
    const keptOf = async (r: typeof first) => (await route(db, { type: 'draw.preview.kept', keeping: r.ok ? r.preview.keeping : '' }, content, ID, { registries })) as Reply<'draw.preview.kept'>;
    const [k2, k1] = [await keptOf(second), await keptOf(first)];
    if (!k1.ok || !k2.ok) throw new Error('not kept');
    expect(k1.saved[0]).toBeLessThan(k2.saved[0]);
    const rows = await db.previews.toArray();
    expect(rows.map((x) => x.record.randomness)).toEqual([{ previewSeed: 'first:SJ-001' }, { previewSeed: 'second:SJ-001' }]);
    expect((await db.audit.toArray()).map((e) => (e.data as { seed: string }).seed)).toEqual(rows.map((x) => x.record.seed));
  });

  it('refuses a strategy the model refuses, naming the field; with nothing imported and nothing served, says so', async () => {
    const { db, registries } = await imported();
    const bad = await route(db, ask({ entries: [{ itemId: '', target: -1 }] }), content, ID, { registries });
    expect(bad).toMatchObject({ ok: false, error: 'strategy refused' });
    expect(bad.ok || bad.problems?.[0].path).toMatch(/^strategy\.entries\[0\]/);
    const empty = new RegistryDb(`mr-${Math.random()}`);
    expect(await route(db, ask(strategy), content, ID, { registries: empty })).toMatchObject({ ok: false, error: 'no registries' });
    expect(await route(db, ask(strategy), { id: 'other', tab: { id: 1 } }, ID, { registries })).toMatchObject({ ok: false });
  });

  it('nothing imported: the page’s served registries are drawn in the background', async () => {
    const db = new DraDb(`m-${Math.random()}`);
    const served: RegistryBundle = {
      source: 'sandbox',
      objects: Array.from({ length: 40 }, (_, i) => ({ id: `O${String(i).padStart(3, '0')}`, flags: {}, checksThisYear: 0 })),
      inspectors: Array.from({ length: 4 }, (_, i) => ({ id: `I${i}`, departmentId: 'SCJG', registryKind: 'civil-servant' as const, expert: false, thirdParty: false, expertise: [], conflicts: [], active: true })),
      libraries: [],
      departments: ['SCJG'],
    };
    const r = await route(db, ask(strategy, { served }), content, ID, { registries: new RegistryDb(`mr-${Math.random()}`) });
    expect(r).toMatchObject({ ok: true, preview: { source: expect.stringMatching(/未导入名录库/), items: [{ library: 40, drawn: 2 }] } });
  });
});

describe('withImported', () => {
  const served: RegistryBundle = {
    source: 'sandbox',
    objects: [{ id: 'O1', uscc: 'U1', flags: {}, checksThisYear: 0 }, { id: 'O2', uscc: 'U2', flags: {}, checksThisYear: 0 }],
    inspectors: [{ id: 'I1', expert: false, thirdParty: false, expertise: [], conflicts: [], active: true }],
    libraries: [{ id: 'L', name: '餐饮', objectIds: ['O1', 'O2'] }],
    departments: ['SCJG'],
  };
  it('imported objects replace the served ones; libraries re-keyed by code; departments kept', () => {
    const b = withImported(served, { hasObjects: true, hasInspectors: false, objects: [{ id: 'U2', flags: {}, checksThisYear: 0 }], inspectors: [] }, 'imported');
    expect(b).toMatchObject({ source: 'imported', libraries: [{ id: 'L', objectIds: ['U2'] }], departments: ['SCJG'] });
    expect(b.inspectors.map((i) => i.id)).toEqual(['I1']);
  });
  it('a library of every served object is the whole registry: it becomes every imported object', () => {
    const all = { ...served, libraries: [...served.libraries, { id: 'ALL', name: '全部', objectIds: ['O1', 'O2'] }, { id: 'ONE', name: '一户', objectIds: ['O1'] }] };
    all.libraries.shift();
    const b = withImported(all, { hasObjects: true, hasInspectors: false, objects: ['U7', 'U8', 'U9'].map((id) => ({ id, flags: {}, checksThisYear: 0 })), inspectors: [] }, 'imported');
    expect(b.libraries.map((l) => [l.id, l.objectIds])).toEqual([['ALL', ['U7', 'U8', 'U9']], ['ONE', []]]);
  });
  it('imported inspectors only: the served objects and libraries stay', () => {
    const b = withImported(served, { hasObjects: false, hasInspectors: true, objects: [], inspectors: [] }, 'imported');
    expect(b.objects).toHaveLength(2);
    expect(b.libraries[0].objectIds).toEqual(['O1', 'O2']);
    expect(b.inspectors).toEqual([]);
  });
});
