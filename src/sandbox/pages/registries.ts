import { html, page, raw } from '../html';
import { ibox, json, ok, state, type Handler } from './common';

const DT_LANG = "{ search: '搜索：', lengthMenu: '每页 _MENU_ 条', info: '第 _START_ 至 _END_ 条，共 _TOTAL_ 条', infoEmpty: '共 0 条', infoFiltered: '（从 _MAX_ 条中筛选）', paginate: { previous: '上一页', next: '下一页' }, zeroRecords: '没有数据', processing: '加载中…' }";

function dataTable(id: string, url: string, columns: string[]): string {
  // scrollX: the registries are wider than the page, as on the platform.
  return `$(function(){ $('#${id}').DataTable({ serverSide: true, processing: true, ajax: '${url}', searching: true, ordering: false, scrollX: true, language: ${DT_LANG}, columns: ${JSON.stringify(columns.map((c) => ({ data: c })))} }); });`;
}

const th = (labels: string[]) => html`<thead><tr>${labels.map((l) => html`<th>${l}</th>`)}</tr></thead>`;

export const itemList: Handler = (store) => {
  const rows = store.data.items.map(
    (i) =>
      html`<tr><td>${i.id}</td><td>${i.name}</td><td>${i.subItem ?? ''}</td><td>${i.legalBasis ?? ''}</td><td>${i.subject ?? ''}</td><td>${i.objectType ?? ''}</td><td>${i.ratio ?? ''}</td><td>${i.frequency ?? ''}</td><td>${i.method ?? ''}</td><td>${i.staffRequirement ?? ''}</td><td>${i.kind === 'key' ? '重点检查事项' : '一般检查事项'}</td><td>${i.remark ?? ''}</td></tr>`,
  );
  const head = th(['编号', '抽查事项名称', '抽查子项', '抽查依据', '抽查主体', '抽查对象', '抽查比例', '抽查频次', '抽查方式', '检查人员要求', '事项类别', '备注']);
  return ok(page('随机抽查事项清单', html`<div class="wrapper-content">${ibox('随机抽查事项清单', html`<table class="list-table" id="itemTable">${head}<tbody>${rows}</tbody></table>`)}</div>`));
};

const OBJ_COLUMNS: Array<[string, string]> = [
  ['uscc', '统一社会信用代码/注册号'], ['name', '企业名称'], ['personInCharge', '法定代表人'], ['address', '住所'], ['contact', '联系电话'], ['liaison', '联络员'],
  ['establishedOn', '成立日期'], ['type', '企业类型'], ['registrationOffice', '登记机关'], ['jurisdiction', '管辖单位'], ['industry', '行业'], ['registeredCapital', '注册资本'],
  ['creditClass', '信用风险分类'], ['abnormal', '是否进入异常名录'], ['riskWarning', '是否有风险预警'], ['checked', '一年内是否被抽查'],
];
export const objectLib: Handler = () =>
  ok(page('检查对象名录库', html`<div class="wrapper-content">${ibox('检查对象名录库', html`<table class="list-table nowrap" id="entTable">${th(OBJ_COLUMNS.map(([, l]) => l))}</table>`, html`<a class="btn btn-primary btn-export" href="/syn/sccheck/entlib/export">导出</a>`)}</div>`, { script: raw(dataTable('entTable', '/syn/sccheck/entlib/data', OBJ_COLUMNS.map(([k]) => k))) }));

const AGENT_COLUMNS: Array<[string, string]> = [
  ['name', '姓名'], ['gender', '性别'], ['idNumber', '身份证号'], ['licence', '执法证号'], ['unit', '工作单位'], ['department', '业务部门'], ['level', '单位层级'], ['position', '担任职务'],
  ['postCategory', '从事岗位大类'], ['itemScope', '检查事项范围'], ['kind', '人员类别'], ['expert', '是否专家'], ['expertise', '业务专长'], ['mobile', '手机号'], ['state', '状态'],
];
export const agentLib: Handler = () =>
  ok(page('执法检查人员名录库', html`<div class="wrapper-content">${ibox('执法检查人员名录库', html`<div class="tip">失效人员不纳入检查执法人员抽取范围</div><table class="list-table nowrap" id="agentLibTable">${th(AGENT_COLUMNS.map(([, l]) => l))}</table>`, html`<a class="btn btn-primary btn-export" href="/syn/sccheck/agentlib/export">导出</a>`)}</div>`, { script: raw(dataTable('agentLibTable', '/syn/sccheck/agentlib/data', AGENT_COLUMNS.map(([k]) => k))) }));

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

const yesNo = (b: unknown) => (b ? '是' : '否');
/** Personal numbers are shown masked, as registries show them to other departments. */
const mask = (v: string | undefined, head: number, tail: number) => (v ? v.slice(0, head) + '*'.repeat(Math.max(0, v.length - head - tail)) + v.slice(v.length - tail) : '');
const escRow = (r: Record<string, unknown>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, escCell(v)]));

export const objectLibData: Handler = (store, req) => {
  const p = page_(store.data.objects, req.query, (o) => `${o.uscc} ${o.name} ${o.industry} ${o.personInCharge} ${o.registrationOffice}`);
  const data = p.slice.map((o) =>
    escRow({
      uscc: o.uscc, name: o.name, personInCharge: o.personInCharge, address: o.address, contact: o.contact, liaison: o.liaison, establishedOn: o.establishedOn, type: o.type,
      registrationOffice: o.registrationOffice, jurisdiction: o.jurisdiction, industry: o.industry, registeredCapital: o.registeredCapital, creditClass: o.creditClass,
      abnormal: yesNo(o.flags.abnormal), riskWarning: yesNo(o.riskWarning), checked: yesNo(o.checksThisYear),
    }),
  );
  return json({ draw: p.draw, recordsTotal: p.recordsTotal, recordsFiltered: p.recordsFiltered, data });
};

export const agentLibData: Handler = (store, req) => {
  const p = page_(store.data.inspectors, req.query, (i) => `${i.name} ${store.department(i.departmentId)?.name ?? ''} ${i.licenceNumber} ${i.expertise.join(' ')}`);
  const data = p.slice.map((i) =>
    escRow({
      name: i.name, gender: i.gender, idNumber: mask(i.idNumber, 6, 4), licence: i.licenceKind === '无' ? '无' : i.licenceNumber, unit: store.department(i.unit)?.name ?? i.unit,
      department: store.department(i.departmentId)?.name ?? '', level: i.level, position: i.position, postCategory: i.postCategory,
      itemScope: (i.itemScope ?? []).map((id) => store.item(id)?.name ?? id).join('、'), kind: KIND[i.registryKind ?? ''] ?? '', expert: yesNo(i.expert),
      expertise: i.expertise.join('、'), mobile: mask(i.mobile, 3, 4), state: i.active ? '有效' : '失效',
    }),
  );
  return json({ draw: p.draw, recordsTotal: p.recordsTotal, recordsFiltered: p.recordsFiltered, data });
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
