import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkUscc, Dossier } from '../../src/core/model';
import { html, esc, jsonForScript } from '../../src/sandbox/html';
import { seedData } from '../../src/sandbox/seed';
import { SandboxStore } from '../../src/sandbox/store';
import { startSandbox } from '../../src/sandbox/server';
import { platformDrawObjects } from '../../src/sandbox/platform-draw';
import { evaluate } from '../../src/core/rules/evaluate';
import { loadProfile } from '../../src/core/profiles';

describe('seed data', () => {
  const d = seedData();
  it('is deterministic', () => {
    expect(JSON.stringify(seedData())).toBe(JSON.stringify(d));
  });
  it('has a few thousand objects with valid USCCs and every credit class', () => {
    expect(d.objects.length).toBe(3000);
    expect(d.objects.every((o) => checkUscc(o.uscc!) === 'valid')).toBe(true);
    expect(new Set(d.objects.map((o) => o.creditClass))).toEqual(new Set(['A', 'B', 'C', 'D']));
    expect(d.objects.some((o) => o.flags.abnormal)).toBe(true);
  });
  it('has a hundred inspectors of the three kinds, experts, conflicts and some inactive', () => {
    expect(d.inspectors.length).toBe(100);
    expect(new Set(d.inspectors.map((i) => i.registryKind))).toEqual(new Set(['civil-servant', 'qualified', 'supervisory']));
    expect(d.inspectors.some((i) => i.expert)).toBe(true);
    expect(d.inspectors.some((i) => i.conflicts.length)).toBe(true);
    expect(d.inspectors.some((i) => !i.active)).toBe(true);
  });
  it('holds a year of plans, some compliant and some not, by the product’s own rules', () => {
    const dossier = Dossier.parse({ itemList: d.items, plans: d.plans.map((p) => ({ ...p, tasks: d.tasks.filter((t) => t.planId === p.id) })) });
    const report = evaluate(dossier, loadProfile('baseline'), { asOf: d.today });
    const failing = new Set(report.findings.filter((f) => f.status === 'fail').map((f) => f.ruleId));
    for (const id of ['plan.joint.max-departments', 'plan.schedule.end-by', 'plan.rate.general-bounds', 'plan.nonrandom.campaign-label', 'result.publish-deadline'])
      expect(failing, id).toContain(id);
    expect(report.findings.some((f) => f.subject.id === 'JH-2026-001' && f.status === 'fail' && f.severity === 'error')).toBe(false);
    expect(new Set(d.plans.map((p) => p.status))).toEqual(new Set(['待执行', '执行中', '已完成']));
  });
});

describe('store', () => {
  it('persists changes and --reset restores the seed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dra-store-'));
    const a = new SandboxStore(dir);
    a.data.plans[0].name = '改过的计划';
    a.save();
    expect(new SandboxStore(dir).data.plans[0].name).toBe('改过的计划');
    expect(new SandboxStore(dir, { reset: true }).data.plans[0].name).toBe(seedData().plans[0].name);
    expect(JSON.parse(readFileSync(join(dir, 'sandbox.json'), 'utf8')).version).toBe(1);
  });
});

describe('html', () => {
  it('escapes every interpolated value; only its own templates pass as markup', () => {
    const evil = '<img src=x onerror=alert(1)>"\'&';
    expect(html`<td>${evil}</td>`.html).toBe('<td>&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;</td>');
    expect(html`<b>${html`<i>${evil}</i>`}</b>`.html).toBe(`<b><i>${esc(evil)}</i></b>`);
    expect(jsonForScript({ a: '</script><script>alert(1)</script>' }).html).not.toContain('</script>');
  });
});

describe('platform draw (the baseline we imitate)', () => {
  const pool = seedData().objects.slice(0, 200);
  it('draws the target count, and can be re-run to a different list', () => {
    const a = platformDrawObjects(pool, 20);
    expect(new Set(a).size).toBe(20);
    const runs = new Set(Array.from({ length: 5 }, () => platformDrawObjects(pool, 20).join()));
    expect(runs.size).toBeGreaterThan(1); // unseeded: not reproducible
    expect(platformDrawObjects(pool, 150).length).toBe(150); // above 50%: draws the rows left out
  });
});

describe('server', () => {
  let url = '';
  let close: () => void;
  let store: SandboxStore;
  beforeAll(async () => {
    const s = await startSandbox({ port: 0, dataDir: mkdtempSync(join(tmpdir(), 'dra-srv-')), reset: true });
    url = s.url;
    store = s.store;
    close = () => s.server.close();
  });
  afterAll(() => close());

  it('listens on 127.0.0.1 only', () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it.each([
    ['/', '“双随机、一公开”监管平台'],
    ['/syn/sccheck/pubscworkplan', '年度抽查工作计划'],
    ['/syn/sccheck/scplantask?tab=part', '参与任务'],
    ['/syn/pub/server/sccheck/entback/randompage?taskId=RW-2026-001', '抽取数量均按照四舍五入取整数'],
    ['/syn/pub/server/sccheck/entagent?taskId=RW-2026-003', '失效人员不纳入检查执法人员抽取范围'],
    ['/syn/sccheck/pubscentresult', '检查结果录入'],
    ['/syn/sccheck/itemlist', '随机抽查事项清单'],
    ['/syn/sccheck/entlib', '检查对象名录库'],
    ['/syn/sccheck/agentlib', '执法检查人员名录库'],
    ['/pub/gov', '抽查检查结果'],
  ])('GET %s', async (path, text) => {
    const res = await fetch(url + path.slice(1));
    expect(res.status).toBe(200);
    expect(await res.text()).toContain(text);
  });

  it('404s unknown pages and path traversal out of the vendor folders', async () => {
    expect((await fetch(`${url}nope`)).status).toBe(404);
    expect((await fetch(`${url}static/vendor/jquery/..%2F..%2Fpackage.json`)).status).toBe(404);
  });

  it('renders stored data as text, never as markup', async () => {
    store.data.plans[0].name = '<script>alert("xss")</script>计划';
    const body = await (await fetch(`${url}syn/sccheck/pubscworkplan`)).text();
    expect(body).not.toContain('<script>alert("xss")</script>');
    expect(body).toContain('&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;计划');
    const data = await (await fetch(`${url}syn/sccheck/entlib/data?draw=1&start=0&length=1`)).json();
    expect(data.recordsTotal).toBe(3000);
    expect(data.data).toHaveLength(1);
  });

  it('refuses a save with a required field missing, naming it', async () => {
    const post = (path: string, body: Record<string, string>) => fetch(url + path, { method: 'POST', body: new URLSearchParams(body) }).then((r) => r.json());
    expect(await post('syn/sccheck/pubscworkplan/save', { deptId: 'SCJG' })).toEqual({ success: false, msg: '请填写抽查计划名称' });
    expect(await post('syn/sccheck/scplantask/save', { deptId: 'SCJG', scope: 'own' })).toEqual({ success: false, msg: '请选择任务来源' });
    expect((await post('syn/pub/server/sccheck/entagent/random?taskId=RW-2026-003', { perObject: '999' })).msg).toBe('设置的检查人员总数不能大于待选库中检查人员总数');
    expect((await post('syn/pub/server/sccheck/entback/lock?taskId=RW-2026-001', {})).msg).toBe('请先随机抽取检查对象');
  });
});
