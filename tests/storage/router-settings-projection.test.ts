/**
 * Least data to the page: settings. A content script asked settings.get and got every setting — the item
 * list (20,000 rows at most), every platform the user added, the profile chosen for each other origin and
 * department, the overrides. Now settings.get is an extension page's; a platform page's panel gets its share
 * on its own origin (panel.settings) and the item list entries of the items it names (itemList.match).
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DraDb } from '../../src/storage/db';
import { route, type Sender } from '../../src/messaging/router';

const ID = 'extension-id';
const options: Sender = { id: ID, url: `chrome-extension://${ID}/options.html` };
const A = 'https://sjzt.example.gov.cn';
const B = 'https://sjzt.other.example.gov.cn';
const content = (origin: string): Sender => ({ id: ID, tab: { id: 7 }, frameId: 0, url: `${origin}/syn/sccheck/pubscworkplan` });
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Reply = { ok: boolean; error?: string } & Record<string, any>;
const send = (db: DraDb, m: unknown, s: Sender) => route(db, m, s, ID) as Promise<Reply>;

const ITEMS = Array.from({ length: 30 }, (_, i) => ({ id: `SX-${String(i).padStart(3, '0')}`, name: `第${i}号抽查事项名称`, kind: i % 2 ? 'key' : 'general', legalBasis: `依据${i}` }));

async function userWith() {
  const db = new DraDb(`proj-${Math.random()}`);
  const r = await send(db, { type: 'settings.set', patch: { department: '区市场监管局', origins: [A, B], profileByOrigin: { [B]: 'shenzhen-2018' }, profileByDepartment: { 区卫生健康委: 'shenzhen-2018' }, itemList: ITEMS } }, options);
  expect(r.ok).toBe(true);
  return db;
}

describe('settings as a platform page sees them', () => {
  it('settings.get from a content script is refused: no item list, no other origin or department comes back', async () => {
    const db = await userWith();
    const r = await send(db, { type: 'settings.get' }, content(A));
    expect(r.ok).toBe(false);
    const text = JSON.stringify(r);
    for (const leak of ['SX-000', '依据', B, '区卫生健康委', 'shenzhen-2018']) expect(text).not.toContain(leak);
    // The options page still gets them all.
    const all = await send(db, { type: 'settings.get' }, options);
    expect(all.settings.itemList).toHaveLength(30);
    expect(all.settings.origins).toEqual([A, B]);
  });

  it('panel.settings: the department, the sandbox port and this origin only', async () => {
    const db = await userWith();
    const r = await send(db, { type: 'panel.settings' }, content(A));
    expect(r.ok).toBe(true);
    expect(r.settings).toEqual({ department: '区市场监管局', sandboxPort: expect.any(Number), origins: [A], panelCollapsed: {} });
    // An origin the user did not add learns nothing of the ones added.
    const other = await send(db, { type: 'panel.settings' }, content('https://evil.example'));
    expect(other.settings.origins).toEqual([]);
    expect(JSON.stringify(other)).not.toContain('sjzt');
  });

  it('itemList.match: the entries of the items named, none else; the list’s size so "not listed" is told from "no list"', async () => {
    const db = await userWith();
    const r = await send(db, { type: 'itemList.match', refs: [{ id: 'SX-003' }, { name: '第7号抽查事项名称' }, { id: 'SX-999' }, { name: '第1...' }, { name: '...' }] }, content(A));
    expect(r.ok).toBe(true);
    expect(r.size).toBe(30);
    expect(r.items.map((x: { id: string } | null) => x?.id ?? null)).toEqual(['SX-003', 'SX-007', null, 'SX-001', null]);
    expect(JSON.stringify(r)).not.toContain('SX-002');
    // More than 200 refs in one message is refused by the schema.
    const many = await send(db, { type: 'itemList.match', refs: Array.from({ length: 201 }, (_, i) => ({ id: `SX-${i}` })) }, content(A));
    expect(many.ok).toBe(false);
  });
});
