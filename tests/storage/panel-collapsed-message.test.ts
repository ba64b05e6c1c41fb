/**
 * The panel's collapsed state per kind of page: the one setting a content script writes, and only that kind's
 * entry of it (a platform page's frame cannot reach any other setting through it).
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DraDb } from '../../src/storage/db';
import { route, type Sender } from '../../src/messaging/router';

const ID = 'extension-id';
const options: Sender = { id: ID, url: `chrome-extension://${ID}/options.html` };
const content: Sender = { id: ID, tab: { id: 7 }, frameId: 0, url: 'http://127.0.0.1:8765/syn/pub/server/sccheck/entback/randompage?taskId=RW-1' };
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const send = (db: DraDb, m: unknown, s: Sender) => route(db, m, s, ID) as Promise<{ ok: boolean } & Record<string, any>>;

describe('panel.collapsed', () => {
  it('keeps each kind’s state and changes nothing else', async () => {
    const db = new DraDb(`collapsed-${Math.random()}`);
    await send(db, { type: 'settings.set', patch: { department: '区市场监管局' } }, options);
    expect((await send(db, { type: 'panel.collapsed', kind: 'strategy', collapsed: true }, content)).ok).toBe(true);
    expect((await send(db, { type: 'panel.collapsed', kind: 'list', collapsed: false }, content)).ok).toBe(true);
    const { settings } = await send(db, { type: 'panel.settings' }, content);
    expect(settings.panelCollapsed).toEqual({ strategy: true, list: false });
    expect(settings.department).toBe('区市场监管局');
    await send(db, { type: 'panel.collapsed', kind: 'strategy', collapsed: false }, content);
    expect((await send(db, { type: 'panel.settings' }, content)).settings.panelCollapsed).toEqual({ strategy: false, list: false });
  });

  it.each([
    ['an unknown kind', { type: 'panel.collapsed', kind: 'department', collapsed: true }],
    ['a setting smuggled in', { type: 'panel.collapsed', kind: 'plan', collapsed: true, department: '别的部门' }],
    ['not a boolean', { type: 'panel.collapsed', kind: 'plan', collapsed: 'yes' }],
  ])('%s: refused, nothing written', async (_, m) => {
    const db = new DraDb(`collapsed-${Math.random()}`);
    expect((await send(db, m, content)).ok).toBe(false);
    const { settings } = await send(db, { type: 'panel.settings' }, content);
    expect(settings.panelCollapsed).toEqual({});
    expect(settings.department).toBeUndefined();
  });

  it('a content script still cannot write settings at large', async () => {
    const db = new DraDb(`collapsed-${Math.random()}`);
    expect((await send(db, { type: 'settings.set', patch: { panelCollapsed: { plan: true } } }, content)).ok).toBe(false);
  });
});
