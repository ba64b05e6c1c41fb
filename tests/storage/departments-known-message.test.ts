/**
 * departments.known: the departments the stored data names, for the options page's 本部门 list; an extension
 * page may ask, a platform page's content script may not (the list is the user's, not the page's).
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

describe('departments.known', () => {
  it('names the departments of the item list, the liaison lists, the templates and the per-department profiles', async () => {
    const db = new DraDb(`departments-${Math.random()}`);
    await send(db, { type: 'settings.set', patch: { profileByDepartment: { 区应急管理局: 'baseline' }, itemList: [{ id: 'SJ-001', name: '食品生产企业监督检查', kind: 'key', subject: '区市场监管局', departmentId: 'SCJG' }, { id: 'X', name: '某事项', kind: 'general', subject: '省、市、县市场监管部门' }] } }, options);
    await send(db, { type: 'liaison.save', source: { kind: 'file', name: 'plans.xlsx' }, records: [{ kind: 'plan', row: 2, values: { id: 'JH-1', name: '联合抽查计划', departments: ['区市场监管局', '区卫生健康委'] } }] }, options);
    await db.templates.put({ id: 't1', name: '模板', department: 'SCJG', items: [] } as never);
    const r = await send(db, { type: 'departments.known' }, options);
    expect(r.ok).toBe(true);
    expect(r.departments.map((d: { value: string; code?: string; from: string[] }) => [d.value, d.code, [...d.from].sort()])).toEqual([
      ['区市场监管局', 'SCJG', ['itemList', 'liaison', 'templates']],
      ['区卫生健康委', undefined, ['liaison']],
      ['区应急管理局', undefined, ['profile']],
    ]);
  });

  it('is refused to a platform page', async () => {
    const db = new DraDb(`departments-${Math.random()}`);
    expect((await send(db, { type: 'departments.known' }, content)).ok).toBe(false);
  });
});
