import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { esc, html, jsonForScript } from '../../src/sandbox/html';
import { route, startSandbox } from '../../src/sandbox/server';
import type { SandboxStore } from '../../src/sandbox/store';

describe('html', () => {
  it('escapes every interpolated value; only its own templates pass as markup', () => {
    const evil = '<img src=x onerror=alert(1)>"\'&';
    expect(html`<td>${evil}</td>`.html).toBe('<td>&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;</td>');
    expect(html`<b>${html`<i>${evil}</i>`}</b>`.html).toBe(`<b><i>${esc(evil)}</i></b>`);
    expect(html`<a title="${evil}">`.html).not.toContain('"\'');
    expect(jsonForScript({ a: '</script><script>alert(1)</script>' }).html).not.toContain('</script>');
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
  const get = (path: string) => fetch(url + path.replace(/^\//, ''));
  const post = (path: string, body: Record<string, string | string[]>) => {
    const form = new URLSearchParams();
    for (const [k, v] of Object.entries(body)) for (const x of [v].flat()) form.append(k, x);
    return fetch(url + path.replace(/^\//, ''), { method: 'POST', body: form }).then((r) => r.json());
  };

  it('listens on 127.0.0.1 only', () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it.each([
    ['/', 'J_iframe'],
    ['/syn/sccheck/pubscworkplan', '年度抽查工作计划'],
    ['/syn/sccheck/pubscworkplan/edit', '责任单位（牵头处室）'],
    ['/syn/sccheck/scplantask', '牵头任务'],
    ['/syn/sccheck/scplantask?tab=part', '2026年公共场所卫生联合抽查'],
    ['/syn/sccheck/scplantask/edit?id=RW-2026-002', '检查类别'],
    ['/syn/pub/server/sccheck/entback/tasklist', '抽查检查对象名单抽取'],
    ['/syn/pub/server/sccheck/entback/randompage?taskId=RW-2026-001', '抽取数量均按照四舍五入取整数'],
    ['/syn/pub/server/sccheck/entback/randompage?taskId=RW-2026-002', '餐饮服务单位专项库'],
    ['/syn/pub/server/sccheck/entback/look?taskId=RW-2026-005', '锁定时间'],
    ['/syn/pub/server/sccheck/entagent', '待抽取执法人员'],
    ['/syn/pub/server/sccheck/entagent?taskId=RW-2026-003', '失效人员不纳入检查执法人员抽取范围'],
    ['/syn/sccheck/pubscentresult', '检查结果录入'],
    ['/syn/sccheck/pubscentresult?view=review', '审核退回'],
    ['/syn/sccheck/itemlist', '检查人员要求'],
    ['/syn/sccheck/entlib', '是否有风险预警'],
    ['/syn/sccheck/agentlib', '失效人员不纳入检查执法人员抽取范围'],
    ['/pub/gov', '抽查检查结果'],
    ['/reg/sccheck/pubscworkplan', '年度抽查工作计划'],
  ])('GET %s', async (path, text) => {
    const res = await get(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toContain(text);
  });

  it('serves the real widget libraries from node_modules', async () => {
    for (const f of ['jquery/jquery.min.js', 'validate/jquery.validate.min.js', 'select2/js/select2.full.min.js', 'layui/layui.js', 'datatables/jquery.dataTables.min.js', 'datatables/jquery.dataTables.min.css', 'layui/css/layui.css']) {
      const res = await get(`/static/vendor/${f}`);
      expect(res.status, f).toBe(200);
    }
  });

  it('maps /reg/ routes to the same pages', () => {
    expect(route('/reg/sccheck/scplantask/')).toBe('/syn/sccheck/scplantask');
    expect(route('/')).toBe('/');
  });

  it('404s unknown pages, unknown tasks and path traversal out of the vendor folders', async () => {
    expect((await get('nope')).status).toBe(404);
    expect((await get('syn/pub/server/sccheck/entback/randompage?taskId=NOPE')).status).toBe(404);
    expect((await get('static/vendor/jquery/..%2F..%2Fpackage.json')).status).toBe(404);
    expect((await get('static/vendor/jquery/../../../package.json')).status).toBe(404);
  });

  it('renders stored data as text, never as markup, in pages and in list data', async () => {
    const evil = '<script>alert("xss")</script>';
    store.data.plans[0].name = `${evil}计划`;
    store.data.objects[0].name = `${evil}公司`;
    const body = await (await get('syn/sccheck/pubscworkplan')).text();
    expect(body).not.toContain(evil);
    expect(body).toContain('&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;计划');
    const data = await (await get('syn/sccheck/entlib/data?draw=1&start=0&length=1')).json();
    expect(data.recordsTotal).toBe(3000);
    expect(data.data).toHaveLength(1);
    expect(data.data[0].name).toBe('&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;公司');
  });

  it('refuses a save with a required field missing, naming it as the page does', async () => {
    expect(await post('syn/sccheck/pubscworkplan/save', { deptId: 'SCJG' })).toEqual({ success: false, msg: '请填写抽查计划名称' });
    expect(await post('syn/sccheck/scplantask/save', { deptId: 'SCJG', scope: 'own' })).toEqual({ success: false, msg: '请选择任务来源' });
    expect((await post('syn/pub/server/sccheck/entagent/random?taskId=RW-2026-003', { perObject: '999' })).msg).toBe('设置的检查人员总数不能大于待选库中检查人员总数');
    expect((await post('syn/pub/server/sccheck/entagent/random?taskId=RW-2026-003', { perObject: '' })).msg).toBe('请输入每户检查对象配置检查人员数');
    expect((await post('syn/pub/server/sccheck/entback/lock?taskId=RW-2026-001', {})).msg).toBe('请先随机抽取检查对象');
    expect((await post('syn/sccheck/pubscentresult/save?taskId=RW-2026-004&objectId=' + store.task('RW-2026-004')!.draw!.objectIds[11], { method: '实地检查' })).msg).toBe('请选择检查结果');
  });

  it('draws, re-draws and locks as the platform does, then refuses to draw again', async () => {
    const strategy = { mode: 'special-library', directed: '0', entryItem: 'SJ-002', entryLibrary: 'LIB-ALL', entryMode: 'ratio', entryTarget: '1' };
    const path = 'syn/pub/server/sccheck/entback';
    expect(await post(`${path}/random?taskId=RW-2026-001`, strategy)).toMatchObject({ success: true, msg: '抽取完成，共抽取 30 户' });
    await post(`${path}/random?taskId=RW-2026-001`, strategy);
    const t = store.task('RW-2026-001')!;
    expect(t.draw!.reruns).toHaveLength(1);
    expect(t.strategy!.entries[0].librarySize).toBe(3000);
    expect(await post(`${path}/lock?taskId=RW-2026-001`, {})).toMatchObject({ success: true });
    expect(t.status).toBe('待设置任务计划');
    expect((await post(`${path}/random?taskId=RW-2026-001`, strategy)).msg).toBe('名单已锁定，不能重新抽取');
  });

  it('lets only the lead department (发起部门) add a strategy or draw', async () => {
    const path = 'syn/pub/server/sccheck/entback';
    expect((await post(`${path}/random?taskId=RW-2026-007`, { entryItem: 'JY-001', entryTarget: '10' })).msg).toBe('只有发起部门可以添加策略');
    const list = await (await get(`${path}/tasklist`)).text();
    expect(list).toContain('等待牵头部门抽取');
    expect(list).not.toContain('2026年重点排污单位排污许可执行情况抽查'); // 区生态环境局's own task
  });

  it('takes a result through review to the public page', async () => {
    const t = store.task('RW-2026-004')!;
    const objectId = t.draw!.objectIds[10];
    const saved = await post(`syn/sccheck/pubscentresult/save?taskId=RW-2026-004&objectId=${objectId}`, { method: '实地检查', category: '未发现问题', measures: '无', execDept: 'SCJG', inspectorIds: ['ZF0001', 'ZF0007'], checkedOn: '2026-11-20' });
    expect(saved).toMatchObject({ success: true });
    expect(t.results.find((r) => r.objectId === objectId)?.state).toBe('待审核');
    expect(await post(`syn/sccheck/pubscentresult/review?taskId=RW-2026-004&objectId=${objectId}&pass=1`, {})).toMatchObject({ success: true, msg: '审核通过，已公示' });
    const name = store.data.objects.find((o) => o.id === objectId)!.name!;
    expect(await (await get('pub/gov')).text()).toContain(name);
  });
});
