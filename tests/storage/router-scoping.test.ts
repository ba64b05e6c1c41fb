/**
 * Least data to the page, at the router: what a content script (in a platform page of some origin) can read
 * and replace. Templates: only the user's department's, under ids the background mints. Liaison records: a
 * page's origin replaces only its own. Evidence: the hash is the background's, the size capped.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DraDb } from '../../src/storage/db';
import { route, type Sender } from '../../src/messaging/router';
import { buildEvidence } from '../../src/core/risk/evidence';
import { canonicalJson } from '../../src/core/draw/canonical';
import { sha256 } from '../../src/core/draw/sha256';

const ID = 'extension-id';
const options: Sender = { id: ID, url: `chrome-extension://${ID}/options.html` };
const content = (origin: string): Sender => ({ id: ID, tab: { id: 7 }, frameId: 0, url: `${origin}/syn/sccheck/pubscworkplan` });
const A = 'https://sjzt.example.gov.cn';
const B = 'http://127.0.0.1:9000';
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Reply = { ok: boolean; error?: string } & Record<string, any>;
/** The router's reply, loosely typed (the tests read the fields each type answers). */
const send = (db: DraDb, m: unknown, s: Sender) => route(db, m, s, ID) as Promise<Reply>;
const fresh = () => new DraDb(`scope-${Math.random()}`);
const tpl = (name: string, department: string, id?: string) => ({ name, department, creditClassRates: { A: 3, B: 5, C: 10, D: 20 }, ...(id ? { id } : {}) });

describe('templates from a platform page', () => {
  it('lists only the user’s department, whatever department the message names', async () => {
    const db = fresh();
    await send(db, { type: 'settings.set', patch: { department: '区市场监管局' } }, options);
    await send(db, { type: 'templates.save', template: tpl('本部门模板', '区市场监管局') }, options);
    await send(db, { type: 'templates.save', template: tpl('卫健委模板', '区卫生健康委', 'tpl-wsj') }, options);
    for (const department of [undefined, '区卫生健康委', '区市场监管局']) {
      const r = await send(db, { type: 'templates.list', ...(department ? { department } : {}) }, content(A));
      expect(r.ok && r.templates.map((t: { name: string }) => t.name)).toEqual(['本部门模板']);
    }
    // The options page (the user's own) still sees every department's.
    const all = await send(db, { type: 'templates.list' }, options);
    expect(all.ok && all.templates.length).toBe(2);
  });

  it('with no department set, a page that names none lists none', async () => {
    const db = fresh();
    await send(db, { type: 'templates.save', template: tpl('卫健委模板', '区卫生健康委') }, options);
    const r = await send(db, { type: 'templates.list' }, content(A));
    expect(r.ok && r.templates).toEqual([]);
  });

  it('cannot overwrite another template by sending its id, nor save into another department', async () => {
    const db = fresh();
    await send(db, { type: 'settings.set', patch: { department: '区市场监管局' } }, options);
    await send(db, { type: 'templates.save', template: tpl('卫健委模板', '区卫生健康委', 'tpl-wsj') }, options);
    const r = await send(db, { type: 'templates.save', template: tpl('页面伪造', '区卫生健康委', 'tpl-wsj') }, content(A));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.template.id).not.toBe('tpl-wsj');
    expect(r.template.department).toBe('区市场监管局');
    expect((await db.templates.get('tpl-wsj'))?.name).toBe('卫健委模板');
    expect(await db.templates.count()).toBe(2);
  });
});

describe('liaison records from a platform page', () => {
  const plan = (name: string) => ({ kind: 'plan' as const, row: 1, values: { id: 'JH-2026-001', name } });

  it('a page of another origin cannot replace a record read on the first; the same origin can', async () => {
    const db = fresh();
    expect(await send(db, { type: 'liaison.save', source: { kind: 'page', name: `${A}/syn/sccheck/pubscworkplan` }, records: [plan('真实计划')] }, content(A))).toMatchObject({ ok: true, saved: 1 });
    const other = await send(db, { type: 'liaison.save', source: { kind: 'page', name: `${B}/list` }, records: [plan('伪造计划')] }, content(B));
    expect(other).toMatchObject({ ok: true, saved: 0 });
    expect(other.ok && other.refused[0].reason).toContain(A);
    expect((await db.liaisonRecords.toArray()).map((r) => r.values.name)).toEqual(['真实计划']);
    expect(await send(db, { type: 'liaison.save', source: { kind: 'page', name: `${A}/syn/sccheck/pubscworkplan?page=2` }, records: [plan('真实计划（改）')] }, content(A))).toMatchObject({ ok: true, saved: 1 });
    expect((await db.liaisonRecords.toArray()).map((r) => [r.values.name, r.origin])).toEqual([['真实计划（改）', A]]);
  });

  it('a page cannot claim another origin (or a file) as the source of what it sends', async () => {
    const db = fresh();
    for (const source of [{ kind: 'page' as const, name: `${A}/list` }, { kind: 'file' as const, name: '计划.xlsx' }]) {
      const r = await send(db, { type: 'liaison.save', source, records: [plan('伪造')] }, content(B));
      expect(r).toMatchObject({ ok: false, error: 'liaison refused' });
    }
    expect(await db.liaisonRecords.count()).toBe(0);
  });

  it('a record larger than 8 KB is refused by its row; the others are kept', async () => {
    const db = fresh();
    const big = { kind: 'plan' as const, row: 2, values: { id: 'JH-BIG', name: 'x'.repeat(9000) } };
    const r = await send(db, { type: 'liaison.save', source: { kind: 'page', name: `${A}/list` }, records: [plan('计划'), big] }, content(A));
    expect(r).toMatchObject({ ok: true, saved: 1 });
    expect(r.ok && r.refused).toEqual([{ row: 2, reason: expect.stringContaining('8192') }]);
  });
});

describe('evidence from a platform page', () => {
  const evidence = () => buildEvidence({ url: `${A}/syn/pub/server/sccheck/entback/randompage?taskId=RW-1`, kind: 'strategy', profile: 'baseline', findings: [], rulesPassed: 4, now: new Date('2026-05-06T01:00:00Z') });

  it('the stored hash is the background’s: a body without one is hashed there, a hash the sender put in is dropped', async () => {
    const db = fresh();
    const { hash, ...body } = evidence();
    const none = await send(db, { type: 'evidence.save', evidence: body, open: false }, content(A));
    expect(none).toMatchObject({ ok: true, hash: sha256(canonicalJson(body)) });
    const forged = await send(db, { type: 'evidence.save', evidence: { ...body, hash: 'f'.repeat(64) }, open: false }, content(A));
    expect(forged).toMatchObject({ ok: true, hash });
    const rows = await db.evidence.toArray();
    expect(rows.map((r) => r.evidence.hash)).toEqual([hash, hash]);
    const log = await db.audit.toArray();
    expect(log.map((e) => e.data.hash)).toEqual([hash, hash]);
  });

  it('an evidence file over 1 MB is refused, nothing written', async () => {
    const db = fresh();
    const { hash: _h, ...body } = evidence();
    const huge = { ...body, page: { ...body.page, title: '证'.repeat(1_100_000) } };
    // From an extension page (no content-script message cap): the handler's own cap.
    const r = await send(db, { type: 'evidence.save', evidence: huge, open: false }, options);
    expect(r).toMatchObject({ ok: false, problems: [{ path: 'evidence', en: expect.stringContaining('too large') }] });
    expect(await db.evidence.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
  });
});
