import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DraDb } from '../../src/storage/db';
import { route, type Sender } from '../../src/messaging/router';
import { Request } from '../../src/messaging/messages';

const ID = 'extension-id';
const BASE = `chrome-extension://${ID}/`;

/** A database that counts every write (add, put, delete, clear) below Dexie's API. */
function countingDb() {
  const db = new DraDb(`fuzz-${Math.random()}`);
  const counter = { writes: 0 };
  db.use({
    stack: 'dbcore',
    name: 'count-writes',
    create: (down) => ({
      ...down,
      table: (name) => {
        const t = down.table(name);
        return {
          ...t,
          mutate: (req) => {
            counter.writes++;
            return t.mutate(req);
          },
        };
      },
    }),
  });
  return { db, counter };
}

type Kind = 'content' | 'page' | 'page-in-tab' | 'foreign' | 'no-context' | 'other-extension-page';
const SENDERS: Record<Kind, fc.Arbitrary<Sender>> = {
  content: fc.record({ id: fc.constant(ID), tab: fc.record({ id: fc.nat(1000) }), frameId: fc.nat(5), url: fc.constantFrom('http://127.0.0.1:8765/syn/sccheck/pubscworkplan/edit', 'https://sjzt.example.gov.cn/x') }),
  page: fc.record({ id: fc.constant(ID), url: fc.constantFrom(`${BASE}popup.html`, `${BASE}evidence.html#3`) }),
  'page-in-tab': fc.record({ id: fc.constant(ID), tab: fc.record({ id: fc.nat(1000) }), url: fc.constant(`${BASE}evidence.html#1`) }),
  foreign: fc.record({ id: fc.constantFrom('another-extension', '', 'EXTENSION-ID'), tab: fc.record({ id: fc.nat(10) }), url: fc.constant('https://evil.example/') }),
  'no-context': fc.constant({ id: ID }),
  'other-extension-page': fc.record({ id: fc.constant(ID), url: fc.constant('chrome-extension://someone-else/page.html') }),
};
const sender = fc.constantFrom(...(Object.keys(SENDERS) as Kind[])).chain((k) => SENDERS[k].map((s) => ({ kind: k, s })));

/** Who may send what, written out here (not read from the router) so the test checks the rule. */
const CONTENT_MAY = ['audit.append', 'audit.verify', 'draw.seen', 'panel.settings', 'itemList.match', 'profile.active', 'templates.list', 'templates.save', 'adapters.list', 'verdict.report', 'verdict.clear', 'evidence.save'];
const PAGE_MAY_NOT = ['verdict.report', 'verdict.clear'];
const allowed = (kind: Kind, type: string) =>
  kind === 'content' ? CONTENT_MAY.includes(type) : kind === 'page' || kind === 'page-in-tab' ? !PAGE_MAY_NOT.includes(type) : false;

const anything = fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true, maxDepth: 3 });
const key = fc.string({ minLength: 1, maxLength: 30 });
const json = fc.jsonValue({ maxDepth: 3 });
const record = fc.dictionary(fc.string({ maxLength: 8 }), json, { maxKeys: 4 });

/** Well-formed messages of every type (the router may still refuse their content). */
const valid: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  fc.record({ type: fc.constant('audit.append'), kind: fc.constantFrom('submit-with-findings', 'draw-rerun', 'draw-preview', 'template-fill', 'template-undo'), data: record }),
  fc.constant({ type: 'audit.verify' }),
  fc.record({ type: fc.constant('audit.list'), limit: fc.integer({ min: 1, max: 1000 }) }),
  fc.record({ type: fc.constant('draw.seen'), key, drawnAt: fc.string({ minLength: 1, maxLength: 30 }), url: fc.webUrl() }),
  fc.constant({ type: 'settings.get' }),
  fc.constant({ type: 'panel.settings' }),
  fc.record({ type: fc.constant('itemList.match'), refs: fc.array(fc.record({ id: fc.string({ maxLength: 20 }), name: fc.string({ maxLength: 20 }) }, { requiredKeys: [] }), { maxLength: 5 }) }),
  fc.record({ type: fc.constant('settings.set'), patch: fc.oneof(record, fc.constant({ department: '市场监管局' }), fc.constant({ profileId: 'baseline' })) }),
  fc.record({ type: fc.constant('templates.list'), department: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }) }, { requiredKeys: ['type'] }),
  fc.record({ type: fc.constant('templates.save'), template: json }),
  fc.record({ type: fc.constant('templates.delete'), id: key }),
  fc.record({ type: fc.constant('profiles.list') }),
  fc.record({ type: fc.constant('profiles.save'), bundle: json }),
  fc.record({ type: fc.constant('profiles.delete'), id: key }),
  fc.record({ type: fc.constant('profile.active') }),
  fc.constant({ type: 'adapters.list' }),
  fc.record({ type: fc.constant('adapters.save'), adapter: json }),
  fc.record({ type: fc.constant('adapters.delete'), id: key }),
  fc.record({ type: fc.constant('preview.save'), key, url: fc.webUrl(), record: json }),
  fc.record({ type: fc.constant('preview.list'), key: fc.option(key, { nil: undefined }) }, { requiredKeys: ['type'] }),
  fc.record({ type: fc.constant('verdict.report'), url: fc.webUrl(), kind: fc.string({ maxLength: 20 }), profileId: fc.string({ maxLength: 20 }), counts: fc.record({ error: fc.nat(9), warn: fc.nat(9), info: fc.nat(9), incomplete: fc.nat(9) }) }),
  fc.constant({ type: 'verdict.clear' }),
  fc.record({ type: fc.constant('verdict.get'), tabId: fc.integer() }),
  fc.record({ type: fc.constant('evidence.save'), evidence: json, open: fc.boolean() }),
  fc.record({ type: fc.constant('evidence.get'), id: fc.integer() }),
  fc.constant({ type: 'data.export' }),
  fc.constant({ type: 'data.erase', confirm: 'erase' }),
  fc.record({ type: fc.constant('archive.file'), taskId: key, what: fc.constantFrom('preview', 'evidence', 'audit-head'), id: fc.nat(5) }),
  fc.record({ type: fc.constant('archive.list'), taskId: fc.option(key, { nil: undefined }) }, { requiredKeys: ['type'] }),
  fc.record({ type: fc.constant('archive.get'), taskId: key, file: fc.string({ minLength: 1, maxLength: 40 }) }),
);

/** Near misses: a valid message with one thing wrong, and values no JSON message can hold. */
const mutated = fc.oneof(
  fc.tuple(valid, fc.string({ minLength: 1, maxLength: 8 }), anything).map(([m, k, v]) => ({ ...m, [k === 'type' ? 'x' : k]: v })),
  fc.tuple(valid, anything).map(([m, v]) => {
    const keys = Object.keys(m).filter((k) => k !== 'type');
    return keys.length ? { ...m, [keys[0]]: v } : { ...m, extra: v };
  }),
  fc.tuple(valid, fc.string({ maxLength: 20 })).map(([m, t]) => ({ ...m, type: t })),
  fc.tuple(valid, anything).map(([m, v]) => ({ ...m, type: v })),
  valid.map((m) => {
    const { type, ...rest } = m;
    const first = Object.keys(rest)[0];
    if (first) delete rest[first];
    return { type, ...rest, ...(first ? {} : { nope: true }) };
  }),
  // Valid shape, hostile values inside the free-form parts (Firefox's structured clone carries these).
  fc.tuple(anything, fc.constantFrom(NaN, Infinity, -Infinity, 10n, new Date(0), new Map([[1, 2]]), Symbol.iterator as unknown, () => 1)).map(([a, bad]) => ({ type: 'audit.append', kind: 'draw-rerun', data: { a, bad } })),
  fc.constantFrom<unknown>({ type: 'settings.set', patch: JSON.parse('{"__proto__": {"polluted": true}}') }, { type: 'audit.append', kind: 'draw-rerun', data: JSON.parse('{"__proto__": {"polluted": true}}') }),
);
const payload = fc.oneof({ arbitrary: anything, weight: 3 }, { arbitrary: mutated, weight: 4 }, { arbitrary: valid, weight: 3 });

describe('message router under 10,000 random payloads and senders', () => {
  it('takes 0 actions on invalid payloads and on valid ones from the wrong context, and never throws', { timeout: 300_000 }, async () => {
    const { db, counter } = countingDb();
    const stats = { invalid: 0, wrongContext: 0, allowed: 0, actedOnRefused: 0, thrown: 0, refusedAllowed: 0 };
    await fc.assert(
      fc.asyncProperty(payload, sender, async (message, { kind, s }) => {
        const before = counter.writes;
        let opened = 0;
        let reply: { ok: boolean };
        try {
          reply = await route(db, message, s, ID, { openTab: () => opened++ });
        } catch (e) {
          stats.thrown++;
          throw new Error(`router threw on ${kind}: ${String(e)}`);
        }
        const acted = counter.writes - before + opened;
        const parsed = Request.safeParse(message);
        if (!parsed.success) {
          stats.invalid++;
          expect(reply.ok).toBe(false);
          if (acted) stats.actedOnRefused++;
          expect(acted).toBe(0);
        } else if (!allowed(kind, parsed.data.type)) {
          stats.wrongContext++;
          expect(reply).toMatchObject({ ok: false });
          if (acted) stats.actedOnRefused++;
          expect(acted).toBe(0);
        } else {
          stats.allowed++;
          // Allowed and well formed: whatever it did was written as JSON-safe data.
          if (!reply.ok) stats.refusedAllowed++;
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 10_000, seed: 20261123 },
    );
    // Everything the router wrote can be read back and exported as JSON.
    const dump = await route(db, { type: 'data.export' }, { id: ID, url: `${BASE}popup.html` }, ID);
    expect(dump.ok).toBe(true);
    expect(() => JSON.stringify(dump)).not.toThrow();
    expect(await route(db, { type: 'audit.verify' }, { id: ID, url: `${BASE}popup.html` }, ID)).toMatchObject({ ok: true, chain: { ok: true } });
    expect(stats.actedOnRefused).toBe(0);
    expect(stats.invalid).toBeGreaterThan(3000);
    expect(stats.wrongContext).toBeGreaterThan(500);
    console.log(
      `router fuzz: 10000 payloads, ${stats.invalid} invalid + ${stats.wrongContext} valid from the wrong sender refused with ${stats.actedOnRefused} actions taken; ${stats.allowed} valid and allowed (${stats.refusedAllowed} of them refused by content checks); ${stats.thrown} throws; ${counter.writes} writes in all`,
    );
  });

  // The table behind the rule: each message from each context, allowed or refused.
  const examples: Record<string, Record<string, unknown>> = {
    'settings.set': { type: 'settings.set', patch: { department: '市场监管局' } },
    'data.erase': { type: 'data.erase', confirm: 'erase' },
    'data.export': { type: 'data.export' },
    'adapters.save': { type: 'adapters.save', adapter: {} },
    'adapters.delete': { type: 'adapters.delete', id: 'x' },
    'templates.delete': { type: 'templates.delete', id: 'x' },
    'evidence.get': { type: 'evidence.get', id: 1 },
    'audit.list': { type: 'audit.list' },
    'verdict.get': { type: 'verdict.get', tabId: 1 },
    'preview.list': { type: 'preview.list' },
    'verdict.report': { type: 'verdict.report', url: 'http://127.0.0.1/', kind: 'plan', profileId: 'baseline', counts: { error: 0, warn: 0, info: 0, incomplete: 0 } },
    'verdict.clear': { type: 'verdict.clear' },
    'audit.append': { type: 'audit.append', kind: 'draw-rerun', data: {} },
    'settings.get': { type: 'settings.get' },
    'panel.settings': { type: 'panel.settings' },
    'itemList.match': { type: 'itemList.match', refs: [{ id: 'x' }] },
    'archive.file': { type: 'archive.file', taskId: 'RW-1', what: 'audit-head' },
    'archive.list': { type: 'archive.list' },
    'archive.get': { type: 'archive.get', taskId: 'RW-1', file: 'x.json' },
  };
  const table: Array<[string, Kind, boolean]> = [
    ...['settings.set', 'data.erase', 'data.export', 'adapters.delete', 'templates.delete', 'evidence.get', 'audit.list', 'verdict.get', 'preview.list', 'archive.file', 'archive.list', 'archive.get'].flatMap((t): Array<[string, Kind, boolean]> => [
      [t, 'content', false],
      [t, 'page', true],
    ]),
    // The panel's adapter maker saves from a platform page: allowed here, limited to the page's own origin (below).
    ['adapters.save', 'content', true],
    ['adapters.save', 'page', true],
    ['verdict.report', 'content', true],
    ['verdict.report', 'page-in-tab', false],
    ['verdict.clear', 'page', false],
    ['audit.append', 'content', true],
    ['audit.append', 'page', true],
    // A platform page gets the panel's share of the settings, never all of them (issue 16).
    ['settings.get', 'content', false],
    ['settings.get', 'page', true],
    ['panel.settings', 'content', true],
    ['itemList.match', 'content', true],
    ['settings.get', 'no-context', false],
    ['settings.get', 'other-extension-page', false],
    ['data.export', 'foreign', false],
  ];
  const fixed: Record<Kind, Sender> = {
    content: { id: ID, tab: { id: 4 }, frameId: 0, url: 'http://127.0.0.1:8765/x' },
    page: { id: ID, url: `${BASE}popup.html` },
    'page-in-tab': { id: ID, tab: { id: 4 }, url: `${BASE}evidence.html` },
    foreign: { id: 'another', url: 'https://evil.example/' },
    'no-context': { id: ID },
    'other-extension-page': { id: ID, url: 'chrome-extension://someone-else/x.html' },
  };
  it.each(table)('%s from %s: allowed %s', async (type, kind, ok) => {
    const { db } = countingDb();
    const r = await route(db, examples[type], fixed[kind], ID);
    if (ok) expect((r as { error?: string }).error ?? '').not.toMatch(/may not be sent|neither|not this extension/);
    else expect(r).toMatchObject({ ok: false });
  });

  const made = (origins: string[], id = 'user-127-0-0-1') => ({ type: 'adapters.save', adapter: { format: 2, id, name: 'x', origins, pages: [{ kind: 'plan', url: '/p', fields: [{ field: 'plan.end', widget: 'text', selector: '#e' }] }] } });
  it('a platform page saves an adapter for its own origin only, and never over one for another origin', async () => {
    const { db } = countingDb();
    expect(await route(db, made(['http://127.0.0.1:8765']), fixed.content, ID)).toMatchObject({ ok: true });
    const other = await route(db, made(['https://evil.example']), fixed.content, ID);
    expect(other).toMatchObject({ ok: false, problems: [expect.objectContaining({ path: 'origins' })] });
    await route(db, made(['https://sjzt.example.gov.cn'], 'user-sjzt'), fixed.page, ID);
    expect(await route(db, made(['http://127.0.0.1:8765'], 'user-sjzt'), fixed.content, ID)).toMatchObject({ ok: false });
  });
});
