import { html, page, raw } from '../html';
import type { SandboxTask } from '../store-types';
import { deptName, deptOptions, done, fail, ibox, ME, ok, options, radios, row, state, type Handler } from './common';

const BASE = '/syn/sccheck/scplantask';

/** Only the lead department draws the objects; a participant draws its inspectors once the list is locked. */
const leadAction = (t: SandboxTask) =>
  t.status === '待抽取对象'
    ? html`<a href="/syn/pub/server/sccheck/entback/randompage?taskId=${t.id}" data-tab="抽查检查对象名单抽取">抽取对象</a>`
    : html`<a href="/syn/pub/server/sccheck/entback/look?taskId=${t.id}">查看名单</a>`;
const partAction = (t: SandboxTask) =>
  !t.draw?.lockedAt
    ? html`<span class="muted">等待牵头部门抽取</span>`
    : t.status === '待设置任务计划'
      ? html`<a href="/syn/pub/server/sccheck/entagent?taskId=${t.id}" data-tab="随机抽取执法人员">抽取执法人员</a>`
      : html`<a href="/syn/pub/server/sccheck/entback/look?taskId=${t.id}">查看名单</a>`;

export const taskList: Handler = (store, req) => {
  const tab = req.query.get('tab') ?? 'lead';
  const lead = (t: SandboxTask) => t.participants.find((p) => p.role === 'lead')?.departmentId;
  // The sandbox user works for 区市场监管局: 牵头任务 are the tasks it sets up, 参与任务 the joint tasks it joins.
  const list = store.data.tasks.filter((t) => (tab === 'lead' ? lead(t) === ME : t.scope === 'joint' && lead(t) !== ME && t.participants.some((p) => p.departmentId === ME)));
  const partState = (t: SandboxTask) => (t.status === '待抽取对象' || t.status === '待设置任务计划' ? '待抽取执法人员' : t.status);
  const rows = list.map(
    (t, i) => html`<tr><td>${i + 1}</td><td>${t.number ?? ''}</td><td><a href="${BASE}/edit?id=${t.id}">${t.name}</a></td><td>${t.scope === 'joint' ? '跨部门双随机抽查' : '本部门双随机抽查'}</td>
<td>${deptName(store, lead(t))}</td><td>${t.participants.filter((p) => p.role === 'responding').map((p) => deptName(store, p.departmentId)).join('、')}</td><td>${t.start ?? ''} 至 ${t.end ?? ''}</td><td>${state(tab === 'lead' ? t.status : partState(t))}</td>
<td>${tab === 'lead' ? leadAction(t) : partAction(t)}</td></tr>`,
  );
  const body = html`<div class="wrapper-content">${ibox(
    '抽查检查任务设置',
    html`<div class="sub-tabs"><a href="${BASE}?tab=lead" class="${tab === 'lead' ? 'active' : ''}">牵头任务</a><a href="${BASE}?tab=part" class="${tab === 'part' ? 'active' : ''}">参与任务</a></div>
<table class="list-table" id="taskTable"><thead><tr><th>序号</th><th>任务编号</th><th>抽查任务名称</th><th>任务类型</th><th>任务组织部门</th><th>任务参与部门</th><th>任务期限</th><th>任务状态</th><th>操作</th></tr></thead><tbody>${rows}</tbody></table>`,
    html`<a class="btn btn-primary" href="${BASE}/edit">新增任务</a>`,
  )}</div>`;
  return ok(page('抽查检查任务设置', body));
};

export const taskEdit: Handler = (store, req) => {
  const t: Partial<SandboxTask> = store.task(req.query.get('id') ?? undefined) ?? { scope: 'own', participants: [], items: [], source: 'annual-plan', publicise: true };
  const leadId = t.participants?.find((p) => p.role === 'lead')?.departmentId ?? ME;
  const responders = (t.participants ?? []).filter((p) => p.role === 'responding').map((p) => p.departmentId);
  const chosen = new Set((t.items ?? []).map((i) => i.itemId));
  const kindLabel = (k: string) => (k === 'key' ? '重点检查事项' : '一般检查事项');
  // Options carry what the 检查类别 / 检查事项 / 说明 sub-table shows, so it follows the picker.
  const items = store.data.items.map((i) => html`<option value="${i.id}" data-kind="${kindLabel(i.kind)}" data-content="${i.content ?? ''}"${chosen.has(i.id) ? raw(' selected') : ''}>${i.name}（${kindLabel(i.kind)}）</option>`);
  const itemRows = store.data.items.filter((i) => chosen.has(i.id)).map((i) => html`<tr><td>${kindLabel(i.kind)}</td><td>${i.name}</td><td>${i.content ?? ''}</td></tr>`);
  const form = html`<form id="taskForm" action="${BASE}/save" method="post"><input type="hidden" name="id" value="${t.id ?? ''}">
<table class="form-table">
${row('任务设置部门', true, html`<select class="select2" name="deptId" data-required data-msg="请选择任务设置部门">${options(deptOptions(store), leadId)}</select>`)}
${row('任务类型', true, radios('scope', [{ value: 'own', label: '本部门双随机抽查' }, { value: 'joint', label: '跨部门双随机抽查' }], t.scope, '请选择任务类型'))}
${row('任务组织部门', false, html`<select class="select2" name="leadDept">${options(deptOptions(store), leadId)}</select>`)}
${row('任务编号', false, html`<input class="ipt-txt" name="number" value="${t.number ?? ''}" placeholder="机关简称+抽查+〔年度〕+序号号，如 深市监抽查〔2025〕3号">`)}
${row('任务来源', true, radios('source', [{ value: 'annual-plan', label: '年度抽查工作计划' }, { value: 'temporary', label: '临时任务' }], t.source, '请选择任务来源'))}
${row('所属计划', false, html`<select class="select2" name="planId" data-width="520px">${options(store.data.plans.map((p) => ({ value: p.id, label: p.name })), t.planId)}</select>`)}
${row('抽查任务名称', true, html`<input class="ipt-txt" name="name" value="${t.name ?? ''}" data-required data-msg="请填写抽查任务名称" style="width:520px">`)}
${row('抽查类型', true, radios('directed', [{ value: '1', label: '定向' }, { value: '0', label: '不定向' }], t.directed === undefined ? undefined : t.directed ? '1' : '0', '请选择抽查类型'))}
${row('任务期限', true, html`<input class="ipt-txt laydate-icon" name="start" value="${t.start ?? ''}" readonly data-required data-msg="请选择任务期限"> 至 <input class="ipt-txt laydate-icon" name="end" value="${t.end ?? ''}" readonly data-required data-msg="请选择任务期限">`)}
${row('任务参与部门', true, html`<select class="select2" name="participants" multiple data-required data-msg="请选择任务参与部门">${options(deptOptions(store), [leadId, ...responders], false)}</select>`)}
${row('检查事项', true, html`<select class="select2" name="itemIds" multiple data-width="520px" data-required data-msg="请添加检查事项" data-subtable="#itemTable">${items}</select>
<table class="list-table sub-table" id="itemTable"><thead><tr><th style="width:120px">检查类别</th><th>检查事项</th><th>说明</th></tr></thead><tbody>${itemRows}</tbody></table>`)}
${row('任务说明（2000字以内）', false, html`<textarea class="ipt-txt" name="description" maxlength="2000">${t.description ?? ''}</textarea>`)}
${row('抽取对象是否公示', true, radios('publicise', [{ value: '1', label: '是' }, { value: '0', label: '否' }], t.publicise === undefined ? undefined : t.publicise ? '1' : '0', '请选择抽取对象是否公示'))}
</table>
<div class="btn-bar"><button type="button" class="btn btn-primary" data-submit="#taskForm">保存</button><a class="btn btn-default" href="${BASE}">关闭</a></div></form>`;
  return ok(page('抽查检查任务设置', html`<div class="wrapper-content">${ibox(t.id ? '修改抽查检查任务' : '新增抽查检查任务', form)}</div>`));
};

const REQUIRED_TASK: Array<[string, string]> = [
  ['deptId', '请选择任务设置部门'], ['scope', '请选择任务类型'], ['source', '请选择任务来源'], ['name', '请填写抽查任务名称'],
  ['directed', '请选择抽查类型'], ['start', '请选择任务期限'], ['end', '请选择任务期限'], ['participants', '请选择任务参与部门'], ['itemIds', '请添加检查事项'], ['publicise', '请选择抽取对象是否公示'],
];

export const taskSave: Handler = (store, req) => {
  const f = req.form;
  for (const [k, msg] of REQUIRED_TASK) if (!f.getAll(k).some((v) => v.trim())) return fail(msg);
  if ((f.get('description') ?? '').length > 2000) return fail('任务说明不能超过2000字');
  const id = f.get('id') || `RW-2026-${String(store.data.tasks.length + 1).padStart(3, '0')}`;
  const existing = store.task(id);
  const lead = f.get('leadDept') || f.get('deptId')!;
  const scope = f.get('scope') === 'joint' ? 'joint' : 'own';
  const others = f.getAll('participants').filter((d) => d !== lead);
  if (scope === 'joint' && !others.length) return fail('跨部门双随机抽查任务至少需要一个参与部门');
  const task: SandboxTask = {
    ...(existing ?? { inspectorIds: [], results: [], status: '待抽取对象' }),
    id,
    planId: f.get('planId') ?? '',
    number: f.get('number')?.trim() || undefined,
    name: f.get('name')!.trim(),
    scope,
    source: f.get('source') === 'temporary' ? 'temporary' : 'annual-plan',
    participants: [
      { departmentId: lead, name: store.department(lead)?.name, role: 'lead' },
      ...(scope === 'joint' ? others : []).map((d) => ({ departmentId: d, name: store.department(d)?.name, role: 'responding' as const })),
    ],
    directed: f.get('directed') === '1',
    start: f.get('start')!,
    end: f.get('end')!,
    items: f.getAll('itemIds').map((itemId) => existing?.items.find((i) => i.itemId === itemId) ?? { itemId }),
    description: f.get('description') ?? '',
    publicise: f.get('publicise') === '1',
  } as SandboxTask;
  if (existing) Object.assign(existing, task);
  else store.data.tasks.push(task);
  store.save();
  return done('保存成功', BASE);
};
