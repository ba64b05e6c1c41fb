import { describe, expect, it } from 'vitest';
import { Adapter } from '../../src/platform/adapter-schema';
import { BUILTIN_ADAPTERS, recognisePage } from '../../src/platform/recognise';
import { fieldForPath, pageModel } from '../../src/platform/to-model';
import { Dossier } from '../../src/core/model';
import sandbox from '../../src/platform/adapters/sandbox.json';

describe('adapters are data', () => {
  it('the sandbox adapter validates', () => {
    expect(Adapter.parse(sandbox).pages.length).toBeGreaterThan(3);
  });
  it('a malformed adapter is refused, naming the field', () => {
    const r = Adapter.safeParse({ ...sandbox, pages: [{ kind: 'plan', url: '/x', fields: [{ field: 'plan.name', widget: 'slider' }] }] });
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues[0].path)).toBe('["pages",0,"fields",0,"widget"]');
  });
});

describe('recognising pages in any frame', () => {
  it.each([
    ['http://127.0.0.1:8765/syn/sccheck/pubscworkplan/edit?id=JH-1', 'plan'],
    ['http://127.0.0.1:41234/syn/sccheck/pubscworkplan', 'list'],
    ['http://127.0.0.1:8765/syn/sccheck/scplantask/edit', 'task'],
    ['http://127.0.0.1:8765/syn/pub/server/sccheck/entback/randompage?taskId=RW', 'strategy'],
    ['http://127.0.0.1:8765/syn/pub/server/sccheck/entagent?taskId=RW', 'inspectors'],
    ['http://localhost:8765/syn/sccheck/pubscentresult', 'results'],
  ])('%s is a %s page', (url, kind) => {
    expect(recognisePage(url)?.kind).toBe(kind);
  });
  it.each(['http://127.0.0.1:8765/', 'http://127.0.0.1:8765/pub/gov', 'https://example.gov.cn/syn/sccheck/pubscworkplan/edit', 'not a url'])('%s is not a page it knows', (url) => {
    expect(recognisePage(url)).toBeNull();
  });
  it('uses a user adapter for another province’s origin', () => {
    const mine = Adapter.parse({ format: 2, id: 'jl', name: '吉林', origins: ['https://sjzt.jl.gov.cn'], pages: [{ kind: 'plan', url: '/plan/edit', fields: [] }] });
    expect(recognisePage('https://sjzt.jl.gov.cn/plan/edit', [...BUILTIN_ADAPTERS, mine])?.adapter.id).toBe('jl');
  });
});

describe('page values as the model', () => {
  it('a joint plan form becomes a plan the rules can judge', () => {
    const d = Dossier.parse(pageModel({ 'plan.lead': 'SCJG', 'plan.scope': 'joint', 'plan.departments': ['WSJK', 'SCJG', 'STHJ'], 'plan.name': '计划', 'plan.directed': false, 'plan.start': '2026-03-01', 'plan.end': '2026-12-01', 'plan.year': 2026 }, '2026-11-23').dossier);
    const p = d.plans[0];
    expect(p.participants.map((x) => `${x.departmentId}:${x.role}`)).toEqual(['SCJG:lead', 'WSJK:responding', 'STHJ:responding']);
    expect(p.end).toBe('2026-12-01');
    expect(p.directed).toBe(false);
  });
  it('an own-department plan ignores responders left in the widget', () => {
    const m = pageModel({ 'plan.lead': 'SCJG', 'plan.scope': 'own', 'plan.departments': ['WSJK'] }, '2026-11-23');
    expect(Dossier.parse(m.dossier).plans[0].participants).toHaveLength(1);
    // ... and says so: a value read and not used is a line with its reason.
    expect(m.lines).toEqual([expect.objectContaining({ field: 'plan.departments', raw: ['WSJK'], dropped: expect.objectContaining({ zh: expect.stringContaining('本部门') }) })]);
  });
  it('maps finding paths back to page fields', () => {
    expect(fieldForPath('plans[0].participants')).toBe('plan.departments');
    expect(fieldForPath('plans[0].tasks[0].end')).toBe('task.end');
    expect(fieldForPath('plans[0].tasks[0].strategy.entries[2].target')).toBe('entries[2].target');
    expect(fieldForPath('plans[0].items[3].ratePercent')).toBe('planItems[3].ratePercent');
    expect(fieldForPath('dossier.year')).toBeUndefined();
  });
});
