/**
 * The scenarios marked "fixed on the platform" can be fixed with the sandbox platform's own forms: the
 * form posts a trainee would make, sent to the sandbox's handlers, turn the scenario's check to pass.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../src/sandbox/server';
import { builtinScenarios } from '../../src/trainer/scenarios';

let url = '';
let close: () => void;
beforeAll(async () => {
  const s = await startSandbox({ port: 0, dataDir: mkdtempSync(join(tmpdir(), 'dra-fixes-')), reset: true });
  url = s.url;
  close = () => s.server.close();
});
afterAll(() => close());

const post = async (path: string, form: Array<[string, string]>) => {
  const res = await fetch(url + path.replace(/^\//, ''), { method: 'POST', body: new URLSearchParams(form), headers: { 'content-type': 'application/x-www-form-urlencoded' }, redirect: 'manual' });
  return res.headers.get('content-type')?.includes('json') ? ((await res.json()) as { success: boolean; msg: string }) : undefined;
};
const verdict = async (id: string) => ((await (await fetch(`${url}dra/scenario/check.json?id=${id}`)).json()) as { verdict: string }).verdict;

/** The form each scenario's fix is made with, as the platform's page posts it. */
const FIXES: Record<string, { path: string; form: Array<[string, string]> }> = {
  'joint-too-many-departments': {
    path: '/syn/sccheck/pubscworkplan/save',
    form: [['id', 'JH-2026-002'], ['deptId', 'SCJG'], ['scope', 'joint'], ...['WSJK', 'JY', 'STHJ', 'YJGL'].map((d): [string, string] => ['participants', d]), ['year', '2026'], ['name', '2026年食品安全跨部门联合抽查计划'], ['directed', '1'], ['start', '2026-05-06'], ['end', '2026-11-30'], ['responsibleUnit', '食品经营监管科'], ['scopeText', '餐饮服务、食品生产单位']],
  },
  'general-item-25-percent': {
    path: '/syn/pub/server/sccheck/entback/savestrategy?taskId=RW-2026-002',
    form: [['mode', 'special-library'], ['directed', '0'], ['entryItem', 'SJ-005'], ['entryLibrary', 'LIB-SPJY'], ['entryMode', 'ratio'], ['entryTarget', '5'], ['entryItem', 'WS-001'], ['entryLibrary', 'LIB-GGCS'], ['entryMode', 'ratio'], ['entryTarget', '5']],
  },
  'task-ends-december-5': {
    path: '/syn/sccheck/scplantask/save',
    form: [['id', 'RW-2026-002'], ['deptId', 'SCJG'], ['leadDept', 'SCJG'], ['scope', 'joint'], ['source', 'annual-plan'], ['planId', 'JH-2026-002'], ['name', '2026年餐饮服务食品安全联合抽查'], ['directed', '1'], ['start', '2026-06-01'], ['end', '2026-11-30'], ['participants', 'SCJG'], ['participants', 'WSJK'], ['participants', 'JY'], ['itemIds', 'SJ-005'], ['itemIds', 'WS-001'], ['publicise', '1']],
  },
  'inspector-outside-registry': { path: '/syn/pub/server/sccheck/entagent/random?taskId=RW-2026-106', form: [['libMode', 'person'], ['perObject', '2']] },
  'department-without-joint-check': {
    path: '/syn/sccheck/scplantask/save',
    form: [['deptId', 'SCJG'], ['leadDept', 'SCJG'], ['scope', 'joint'], ['source', 'annual-plan'], ['planId', 'JH-2026-001'], ['name', '2026年单用途商业预付卡联合抽查'], ['directed', '0'], ['start', '2026-11-02'], ['end', '2026-11-30'], ['participants', 'SCJG'], ['participants', 'SW'], ['itemIds', 'SW-001'], ['publicise', '1']],
  },
};

describe('scenarios fixed with the platform’s own forms', () => {
  const platform = builtinScenarios().scenarios.filter((s) => s.fixOn === 'platform');

  it('every scenario fixed on the platform except the conflict (the platform’s matching is random) has its form here', () => {
    expect(platform.map((s) => s.id).filter((id) => id !== 'inspector-conflict').sort()).toEqual(Object.keys(FIXES).sort());
  });

  it.each(Object.entries(FIXES))('%s', async (id, fix) => {
    await post('/dra/scenario/start', [['id', id]]);
    expect(await verdict(id)).toBe('fail');
    const reply = await post(fix.path, fix.form);
    expect(reply?.success, reply?.msg).toBe(true);
    expect(await verdict(id)).toBe('pass');
  });
});
