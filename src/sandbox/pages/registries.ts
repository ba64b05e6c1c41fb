import { html, page, raw } from '../html';
import { ibox, json, ok, state, type Handler } from './common';

const DT_LANG = "{ search: '搜索：', lengthMenu: '每页 _MENU_ 条', info: '第 _START_ 至 _END_ 条，共 _TOTAL_ 条', infoEmpty: '共 0 条', infoFiltered: '（从 _MAX_ 条中筛选）', paginate: { previous: '上一页', next: '下一页' }, zeroRecords: '没有数据', processing: '加载中…' }";

function dataTable(id: string, url: string, columns: string[]): string {
  return `$(function(){ $('#${id}').DataTable({ serverSide: true, processing: true, ajax: '${url}', searching: true, ordering: false, language: ${DT_LANG}, columns: ${JSON.stringify(columns.map((c) => ({ data: c })))} }); });`;
}

export const itemList: Handler = (store) => {
  const rows = store.data.items.map(
    (i) => html`<tr><td>${i.id}</td><td>${i.name}</td><td>${i.subItem ?? ''}</td><td>${i.legalBasis ?? ''}</td><td>${i.subject ?? ''}</td><td>${i.objectType ?? ''}</td><td>${i.kind === 'key' ? '重点检查事项' : '一般检查事项'}</td><td>${i.method ?? ''}</td></tr>`,
  );
  return ok(page('随机抽查事项清单', html`<div class="wrapper-content">${ibox('随机抽查事项清单', html`<table class="list-table"><thead><tr><th>编号</th><th>抽查事项名称</th><th>抽查子项</th><th>抽查依据</th><th>抽查主体</th><th>抽查对象</th><th>事项类别</th><th>抽查方式</th></tr></thead><tbody>${rows}</tbody></table>`)}</div>`));
};

const OBJ_COLS = ['uscc', 'name', 'personInCharge', 'address', 'contact', 'type', 'registrationOffice', 'industry', 'creditClass', 'abnormal', 'checked'];
export const objectLib: Handler = () =>
  ok(page('检查对象名录库', html`<div class="wrapper-content">${ibox('检查对象名录库', html`<table class="list-table" id="entTable"><thead><tr><th>统一社会信用代码/注册号</th><th>企业名称</th><th>法定代表人</th><th>住所</th><th>联系电话</th><th>企业类型</th><th>登记机关</th><th>行业</th><th>信用风险分类</th><th>是否进入异常名录</th><th>一年内是否被抽查</th></tr></thead></table>`)}</div>`, { script: raw(dataTable('entTable', '/syn/sccheck/entlib/data', OBJ_COLS)) }));

const AGENT_COLS = ['name', 'gender', 'licenceNumber', 'unit', 'position', 'kind', 'expert', 'expertise', 'state'];
export const agentLib: Handler = () =>
  ok(page('执法检查人员名录库', html`<div class="wrapper-content">${ibox('执法检查人员名录库', html`<div class="tip">失效人员不纳入检查执法人员抽取范围</div><table class="list-table" id="agentLibTable"><thead><tr><th>姓名</th><th>性别</th><th>执法证号</th><th>工作单位</th><th>担任职务</th><th>人员类别</th><th>是否专家</th><th>业务专长</th><th>状态</th></tr></thead></table>`)}</div>`, { script: raw(dataTable('agentLibTable', '/syn/sccheck/agentlib/data', AGENT_COLS)) }));

/** DataTables server-side protocol (draw, start, length, search[value]); DataTables renders cells as HTML, so values are escaped here. */
function page_<T>(rows: T[], q: URLSearchParams, text: (r: T) => string) {
  const search = (q.get('search[value]') ?? '').trim();
  const filtered = search ? rows.filter((r) => text(r).includes(search)) : rows;
  const start = Math.max(0, Number(q.get('start') ?? 0));
  const length = Math.min(100, Math.max(1, Number(q.get('length') ?? 10)));
  return { draw: Number(q.get('draw') ?? 1), recordsTotal: rows.length, recordsFiltered: filtered.length, slice: filtered.slice(start, start + length) };
}

const escCell = (v: unknown) => String(v ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const KIND: Record<string, string> = { 'civil-servant': '行政执法类公务员', qualified: '具备行政执法资格人员', supervisory: '日常从事监管工作人员' };

export const objectLibData: Handler = (store, req) => {
  const p = page_(store.data.objects, req.query, (o) => `${o.uscc} ${o.name} ${o.industry} ${o.personInCharge}`);
  return json({ draw: p.draw, recordsTotal: p.recordsTotal, recordsFiltered: p.recordsFiltered, data: p.slice.map((o) => Object.fromEntries(Object.entries({ uscc: o.uscc, name: o.name, personInCharge: o.personInCharge, address: o.address, contact: o.contact, type: o.type, registrationOffice: o.registrationOffice, industry: o.industry, creditClass: o.creditClass, abnormal: o.flags.abnormal ? '是' : '否', checked: o.checksThisYear ? '是' : '否' }).map(([k, v]) => [k, escCell(v)]))) });
};

export const agentLibData: Handler = (store, req) => {
  const p = page_(store.data.inspectors, req.query, (i) => `${i.name} ${i.unit} ${i.licenceNumber}`);
  return json({ draw: p.draw, recordsTotal: p.recordsTotal, recordsFiltered: p.recordsFiltered, data: p.slice.map((i) => Object.fromEntries(Object.entries({ name: i.name, gender: i.gender, licenceNumber: i.licenceNumber, unit: store.department(i.unit)?.name ?? i.unit, position: i.position, kind: KIND[i.registryKind ?? ''] ?? '', expert: i.expert ? '是' : '否', expertise: i.expertise.join('、'), state: i.active ? '有效' : '失效' }).map(([k, v]) => [k, escCell(v)]))) });
};

export const publicPage: Handler = (store) => {
  const rows = store.data.tasks.flatMap((t) => {
    const plan = store.plan(t.planId);
    return t.results
      .filter((r) => r.publishedOn)
      .map((r) => html`<tr><td>${plan?.documentNumber ?? plan?.id ?? ''}</td><td>${plan?.name ?? ''}</td><td>${t.number ?? t.id}</td><td>${t.name}</td><td>${t.directed ? '定向' : '不定向'}</td><td>${t.participants.find((p) => p.role === 'lead')?.name ?? ''}</td><td>${r.objectName ?? r.objectId}</td><td>${r.checkedOn ?? ''}</td><td>${r.category ?? ''}</td></tr>`);
  });
  return ok(page('抽查结果公示', html`<div class="pub-header">国家企业信用信息公示系统 · 抽查检查结果公示（培训沙盒）</div><div class="wrapper-content">${ibox('抽查检查结果', html`<table class="list-table"><thead><tr><th>抽查计划编号</th><th>抽查计划名称</th><th>抽查任务编号</th><th>抽查任务名称</th><th>抽查类型</th><th>抽查机关</th><th>被抽查对象</th><th>抽查完成日期</th><th>抽查结果</th></tr></thead><tbody>${rows}</tbody></table>`, state('已公示'))}</div>`));
};
