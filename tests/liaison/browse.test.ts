import 'fake-indexeddb/auto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { startSandbox } from '../../src/sandbox/server';
import { recognisePage } from '../../src/platform/recognise';
import { readListTable } from '../../src/platform/read-list';
import { captureLists } from '../../src/platform/capture-lists';
import { Adapter } from '../../src/platform/adapter-schema';
import { assembleDossier, liaisonView, sheetsFromRecords } from '../../src/core/liaison';
import { loadProfile } from '../../src/core/profiles';
import { DraDb } from '../../src/storage/db';
import { route } from '../../src/messaging/router';
import type { Reply } from '../../src/messaging/messages';

const LISTS = ['syn/sccheck/pubscworkplan', 'syn/sccheck/scplantask?tab=lead', 'syn/sccheck/scplantask?tab=part', 'syn/sccheck/pubscentresult'];
const ID = 'extension-id';
/** The content script in the platform's tab (which saves rows) and the liaison page (which reads and clears them). */
const me = { id: ID, tab: { id: 1 } };
const page = { id: ID, url: `chrome-extension://${ID}/liaison.html` };

let url = '';
let close: () => void;
beforeAll(async () => {
  const s = await startSandbox({ port: 0, dataDir: mkdtempSync(join(tmpdir(), 'dra-liaison-')), reset: true });
  url = s.url;
  close = () => s.server.close();
  // The content script runs in a page; here jsdom's window gives it the page's MutationObserver.
  (globalThis as { MutationObserver?: unknown }).MutationObserver = new JSDOM('').window.MutationObserver;
});
afterAll(() => close());

async function pageDoc(path: string) {
  return new JSDOM(await (await fetch(url + path)).text(), { url: url + path }).window.document;
}

describe('reading the sandbox’s lists as staff browse them', () => {
  it('the adapter knows a list table on each list page, and each reads as its list', async () => {
    for (const path of LISTS) {
      const page = recognisePage(url + path);
      expect(page?.spec.lists?.length, path).toBeGreaterThan(0);
      const doc = await pageDoc(path);
      const sheets = page!.spec.lists!.map((l) => readListTable(doc, l, url + path)).filter(Boolean);
      expect(sheets.length, path).toBe(1);
      expect(sheets[0]!.account.read).toBeGreaterThan(0);
    }
  });

  it('a result row not yet entered (no 检查日期) is refused by row, not kept', async () => {
    const doc = await pageDoc('syn/sccheck/pubscentresult');
    const sheet = readListTable(doc, recognisePage(url + 'syn/sccheck/pubscentresult')!.spec.lists![0], url)!;
    expect(sheet.account.refused.length).toBeGreaterThan(0);
    expect(sheet.account.refused.every((r) => /检查日期：必填项为空/.test(r.reason))).toBe(true);
    expect(sheet.account.kept + sheet.account.refused.length).toBe(sheet.account.read);
  });

  it('stored through the background and judged: the sandbox year shows its known breaches per department', async () => {
    const db = new DraDb(`t-${Math.random()}`);
    const replies: Array<Promise<unknown>> = [];
    for (const path of LISTS) {
      const doc = await pageDoc(path);
      // The content script in the list page's frame: it speaks for that page's origin.
      const stop = captureLists(doc, recognisePage(url + path)!.spec, url + path, (m) => {
        const r = route(db, m, { ...me, url: url + path }, ID);
        replies.push(r);
        return r;
      });
      stop();
    }
    // Every save answered (not a wait of some milliseconds), each stored.
    for (const r of await Promise.all(replies)) expect(r).toMatchObject({ ok: true });
    const listed = (await route(db, { type: 'liaison.list' }, page, ID)) as Reply<'liaison.list'>;
    if (!listed.ok) throw new Error(listed.error);
    expect(new Set(listed.records.map((r) => r.kind))).toEqual(new Set(['plan', 'task', 'result']));
    expect(listed.records.every((r) => r.source.kind === 'page' && r.source.name.startsWith(url) && r.readAt)).toBe(true);
    const { dossier } = assembleDossier(sheetsFromRecords(listed.records), { year: 2026, asOf: '2026-11-23' });
    const m = liaisonView(dossier, loadProfile('baseline'), { asOf: '2026-11-23' }).matrix;
    const red = (rule: string) => m.departments.filter((d) => m.cells[d.id][rule].colour === 'red').map((d) => d.id).sort();
    expect(red('annual.joint-per-department')).toEqual(['区商务局', '区应急管理局']);
    expect(red('result.unpublished-is-undone')).toEqual(['区市场监管局']);
    expect(m.cells['区市场监管局']['plan.schedule.end-by'].subjects.filter((s) => s.status === 'fail').map((s) => s.subject.id).sort()).toEqual(['2026年食品安全跨部门联合抽查计划', '丰市监抽查〔2026〕2号']);
  });

  it('reads again when the list changes (DataTables paging) and sends only what is new', async () => {
    const path = 'syn/sccheck/pubscworkplan';
    const dom = new JSDOM(await (await fetch(url + path)).text(), { url: url + path });
    const doc = dom.window.document;
    const sent: unknown[] = [];
    const stop = captureLists(doc, recognisePage(url + path)!.spec, url + path, async (m) => void sent.push(m));
    expect(sent).toHaveLength(1);
    const tbody = doc.querySelector('#planTable tbody')!;
    tbody.removeChild(tbody.lastElementChild!);
    await new Promise((r) => setTimeout(r, 400));
    expect(sent).toHaveLength(2);
    tbody.appendChild(doc.createTextNode(' ')); // a change that reads the same rows
    await new Promise((r) => setTimeout(r, 400));
    expect(sent).toHaveLength(2);
    stop();
  });

  it('the adapter schema refuses a list table of an unknown kind', () => {
    const r = Adapter.safeParse({ id: 'x', name: 'x', origins: ['http://x'], pages: [{ kind: 'list', url: '/', lists: [{ list: 'people', table: '#t' }] }] });
    expect(r.success).toBe(false);
  });
});

describe('liaison messages', () => {
  it('keeps the latest read of a record, refuses one with nothing to key it by, and clears on request', async () => {
    const db = new DraDb(`t-${Math.random()}`);
    // Files are imported on the extension's liaison page.
    const save = (name: string, values: Record<string, unknown>) => route(db, { type: 'liaison.save', source: { kind: 'file', name }, records: [{ kind: 'task', row: 3, values }] }, page, ID);
    expect(await save('a.xlsx', { id: 'T1', name: '任务' })).toMatchObject({ ok: true, saved: 1, refused: [] });
    expect(await save('b.xlsx', { id: 'T1', name: '任务（改）' })).toMatchObject({ ok: true, saved: 1 });
    expect(await save('c.xlsx', { name: ' ' })).toMatchObject({ ok: true, saved: 0, refused: [{ row: 3 }] });
    const l = (await route(db, { type: 'liaison.list' }, page, ID)) as Reply<'liaison.list'>;
    expect(l.ok && l.records.map((r) => [r.key, r.values.name, r.source.name])).toEqual([['task:T1', '任务（改）', 'b.xlsx']]);
    expect(await route(db, { type: 'liaison.save', source: { kind: 'page', name: 'x' }, records: [{ kind: 'people', row: 1, values: {} }] }, me, ID)).toMatchObject({ ok: false });
    // Read in pages, in key order (a province's year in one reply would pass the browser's message size).
    await save('d.xlsx', { id: 'T0', name: '任务0' });
    await save('d.xlsx', { id: 'T2', name: '任务2' });
    const keys = async (m: { after?: string; limit?: number }) => {
      const r = (await route(db, { type: 'liaison.list', ...m }, page, ID)) as Reply<'liaison.list'>;
      return r.ok ? r.records.map((x) => x.key) : r.error;
    };
    expect(await keys({ limit: 2 })).toEqual(['task:T0', 'task:T1']);
    expect(await keys({ limit: 2, after: 'task:T1' })).toEqual(['task:T2']);
    expect(await keys({})).toEqual(['task:T0', 'task:T1', 'task:T2']);
    expect(await route(db, { type: 'liaison.list', limit: 20_001 }, page, ID)).toMatchObject({ ok: false });
    expect(await route(db, { type: 'liaison.clear', confirm: 'clear' }, page, ID)).toEqual({ ok: true, cleared: 3 });
    expect(await route(db, { type: 'liaison.list' }, { id: 'other' }, ID)).toMatchObject({ ok: false });
    // A platform page's content script reports rows but never reads them back or clears them.
    expect(await route(db, { type: 'liaison.list' }, me, ID)).toMatchObject({ ok: false });
    expect(await route(db, { type: 'liaison.clear', confirm: 'clear' }, me, ID)).toMatchObject({ ok: false });
  });
});

describe('a province whose list says it differently', () => {
  it('the adapter names a header’s model field, and the row reads as the export’s column', () => {
    const doc = new JSDOM(`<table id="t"><thead><tr><th>年度</th><th>计划名称</th><th>发起部门</th><th>起止日期</th></tr></thead>
      <tbody><tr><td>2026</td><td>某省计划</td><td>省市场监管局</td><td>2026-03-01 至 2026-11-30</td></tr><tr><td colspan="4">没有数据</td></tr></tbody></table>`).window.document;
    const spec = { list: 'plan' as const, table: '#t', columns: { 年度: 'year', 计划名称: 'name', 发起部门: 'departments', 起止日期: 'period' } };
    const sheet = readListTable(doc, spec, 'https://sjzt.example.gov.cn/plan')!;
    expect(sheet.account).toMatchObject({ kind: 'plan', read: 1, kept: 1 });
    expect(sheet.records[0].values).toMatchObject({ year: 2026, name: '某省计划', departments: ['省市场监管局'], period: { start: '2026-03-01', end: '2026-11-30' } });
    expect(readListTable(doc, { ...spec, columns: {} }, 'x')).toBeUndefined(); // unmapped, it is not a plan list
  });
});
