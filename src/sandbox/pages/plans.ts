import { html, page, raw } from '../html';
import type { SandboxPlan } from '../store-types';
import { deptName, deptOptions, done, fail, ibox, ok, options, radios, row, state, type Handler } from './common';

const BASE = '/syn/sccheck/pubscworkplan';

export const planList: Handler = (store) => {
  const rows = store.data.plans.map(
    (p, i) => html`<tr><td>${i + 1}</td><td>${p.year}</td><td><a href="${BASE}/edit?id=${p.id}">${p.name}</a></td><td>${deptName(store, p.participants.find((x) => x.role === 'lead')?.departmentId)}</td>
<td>${p.scope === 'joint' ? '跨部门' : '本部门'}</td><td>${p.kind === 'temporary' ? '临时' : '年度'}</td><td>${p.directed ? '定向' : '不定向'}</td><td>${p.start} 至 ${p.end}</td><td>${state(p.status)}</td><td>${state(p.notice)}</td>
<td><a href="${BASE}/edit?id=${p.id}">修改</a></td></tr>`,
  );
  const body = html`<div class="wrapper-content">${ibox(
    '年度抽查工作计划',
    html`<table class="list-table" id="planTable"><thead><tr><th>序号</th><th>抽查计划年度</th><th style="width:24%">抽查计划名称</th><th>抽查计划部门</th><th>抽查计划类型</th><th>计划类别</th><th>抽查类型</th><th>计划活动期限</th><th>计划状态</th><th>公告状态</th><th>操作</th></tr></thead><tbody>${rows}</tbody></table>`,
    html`<a class="btn btn-primary" href="${BASE}/edit">新增计划</a>`,
  )}</div>`;
  return ok(page('年度抽查工作计划', body, { script: raw(`$(function(){ $('#planTable').DataTable({ autoWidth: false, language: { search: '搜索：', lengthMenu: '每页 _MENU_ 条', info: '共 _TOTAL_ 条', paginate: { previous: '上一页', next: '下一页' }, zeroRecords: '没有数据' } }); });`) }));
};

export const planEdit: Handler = (store, req) => {
  const p: Partial<SandboxPlan> = store.plan(req.query.get('id') ?? undefined) ?? { year: 2026, scope: 'own', participants: [] };
  const leadId = p.participants?.find((x) => x.role === 'lead')?.departmentId;
  const responders = (p.participants ?? []).filter((x) => x.role === 'responding').map((x) => x.departmentId);
  const form = html`<form id="planForm" action="${BASE}/save" method="post"><input type="hidden" name="id" value="${p.id ?? ''}">
<table class="form-table">
${row('抽查计划部门', true, html`<select class="select2" name="deptId" data-required data-msg="请选择抽查计划部门">${options(deptOptions(store), leadId)}</select>`)}
${row('抽查计划类型', false, radios('scope', [{ value: 'own', label: '本部门' }, { value: 'joint', label: '跨部门' }], p.scope))}
${row('联合抽查部门', false, html`<select class="select2" name="participants" multiple data-placeholder="跨部门计划选择响应部门">${options(deptOptions(store), responders, false)}</select>`)}
${row('抽查计划年度', false, html`<select class="ipt-txt" name="year">${options([2025, 2026, 2027].map((y) => ({ value: String(y), label: `${y}年` })), String(p.year), false)}</select>`)}
${row('抽查计划名称', true, html`<input class="ipt-txt" name="name" value="${p.name ?? ''}" data-required data-msg="请填写抽查计划名称" style="width:520px">`)}
${row('抽查类型', true, radios('directed', [{ value: '1', label: '定向' }, { value: '0', label: '不定向' }], p.directed === undefined ? undefined : p.directed ? '1' : '0', '请选择抽查类型'))}
${row('计划活动期限', true, html`<input class="ipt-txt laydate-icon" name="start" value="${p.start ?? ''}" readonly data-required data-msg="请选择计划活动期限"> 至 <input class="ipt-txt laydate-icon" name="end" value="${p.end ?? ''}" readonly data-required data-msg="请选择计划活动期限">`)}
${row('责任单位（牵头处室）', true, html`<input class="ipt-txt" name="responsibleUnit" value="${p.responsibleUnit ?? ''}" data-required data-msg="请填写责任单位（牵头处室）">`)}
${row('抽查范围及数量比例（地区）', true, html`<textarea class="ipt-txt" name="scopeText" data-required data-msg="请填写抽查范围及数量比例">${p.scopeText ?? ''}</textarea>`)}
${row('发文文号', false, html`<input class="ipt-txt" name="documentNumber" value="${p.documentNumber ?? ''}">`)}
${row('附件', false, html`<input type="file" name="attachment">`)}
</table>
<div class="btn-bar"><button type="button" class="btn btn-primary" data-submit="#planForm">保存</button><a class="btn btn-default" href="${BASE}">关闭</a></div></form>`;
  return ok(page(p.id ? '修改年度抽查工作计划' : '新增年度抽查工作计划', html`<div class="wrapper-content">${ibox(p.id ? '修改年度抽查工作计划' : '新增年度抽查工作计划', form)}</div>`));
};

const REQUIRED_PLAN: Array<[string, string]> = [
  ['deptId', '请选择抽查计划部门'], ['name', '请填写抽查计划名称'], ['directed', '请选择抽查类型'], ['start', '请选择计划活动期限'],
  ['end', '请选择计划活动期限'], ['responsibleUnit', '请填写责任单位（牵头处室）'], ['scopeText', '请填写抽查范围及数量比例'],
];

export const planSave: Handler = (store, req) => {
  const f = req.form;
  for (const [k, msg] of REQUIRED_PLAN) if (!f.get(k)?.trim()) return fail(msg);
  if (f.get('end')! < f.get('start')!) return fail('计划活动期限的结束日期不能早于开始日期');
  const id = f.get('id') || `JH-${f.get('year')}-${String(store.data.plans.length + 1).padStart(3, '0')}`;
  const existing = store.plan(id);
  const lead = f.get('deptId')!;
  const scope = f.get('scope') === 'joint' ? 'joint' : 'own';
  const responders = scope === 'joint' ? f.getAll('participants').filter((d) => d !== lead) : [];
  if (scope === 'joint' && !responders.length) return fail('跨部门抽查计划请选择联合抽查部门');
  const plan: SandboxPlan = {
    ...(existing ?? { kind: 'annual', items: [], tasks: [], randomMode: 'double', status: '待执行', notice: '未公告', filedOn: store.data.today }),
    id,
    name: f.get('name')!.trim(),
    year: Number(f.get('year') ?? 2026),
    scope,
    participants: [
      { departmentId: lead, name: store.department(lead)?.name, role: 'lead' },
      ...responders.map((d) => ({ departmentId: d, name: store.department(d)?.name, role: 'responding' as const })),
    ],
    directed: f.get('directed') === '1',
    start: f.get('start')!,
    end: f.get('end')!,
    responsibleUnit: f.get('responsibleUnit')!.trim(),
    scopeText: f.get('scopeText')!.trim(),
    documentNumber: f.get('documentNumber')?.trim() || undefined,
  } as SandboxPlan;
  if (existing) Object.assign(existing, plan);
  else store.data.plans.push(plan);
  store.save();
  return done('保存成功', BASE);
};
