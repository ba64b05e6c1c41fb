import { html, page } from '../html';
import { platformMatchInspectors } from '../platform-draw';
import type { SandboxStore } from '../store';
import type { SandboxTask } from '../store-types';
import { done, fail, ibox, ok, radios, row, state, type Handler } from './common';

const BASE = '/syn/pub/server/sccheck/entagent';

/** 待选库: active inspectors of the task's departments (失效人员不纳入抽取范围). */
const candidates = (store: SandboxStore, t: SandboxTask) => {
  const depts = new Set(t.participants.map((p) => p.departmentId));
  return store.data.inspectors.filter((i) => i.active && i.departmentId && depts.has(i.departmentId));
};

export const agentPage: Handler = (store, req) => {
  const id = req.query.get('taskId');
  const ready = store.data.tasks.filter((t) => t.draw?.lockedAt);
  if (!id) {
    const rows = ready.map((t, i) => html`<tr><td>${i + 1}</td><td>${t.name}</td><td>${t.draw!.objectIds.length}</td><td>${state(t.draw!.assignments.length ? '实施中' : '待抽取执法人员')}</td><td><a href="${BASE}?taskId=${t.id}">抽取执法人员</a></td></tr>`);
    return ok(page('随机抽取执法人员', html`<div class="wrapper-content">${ibox('随机抽取执法人员', html`<table class="list-table"><thead><tr><th>序号</th><th>抽查任务名称</th><th>检查对象户数</th><th>状态</th><th>操作</th></tr></thead><tbody>${rows}</tbody></table>`)}</div>`));
  }
  const t = store.task(id);
  if (!t) return { status: 404, body: page('未找到', html`<div class="wrapper-content">任务不存在</div>`) };
  const pool = candidates(store, t);
  const byId = new Map(store.data.inspectors.map((i) => [i.id, i]));
  const assigned = t.draw?.assignments ?? [];
  const form = html`<form id="agentForm" action="${BASE}/random?taskId=${t.id}" method="post">
<div class="tip">失效人员不纳入检查执法人员抽取范围。待选库中检查人员 <b id="poolSize">${pool.length}</b> 名。</div>
<table class="form-table">
${row('抽查任务名称', false, html`<span>${t.name}</span>`)}
${row('建库方式', true, radios('libMode', [{ value: 'group', label: '按检查小组建库' }, { value: 'person', label: '按检查人员建库' }], 'person', '请选择建库方式'))}
${row('每户检查对象配置检查人员', true, html`<input class="ipt-txt" name="perObject" style="width:60px" value="${t.strategy?.inspectorsPerObject ?? ''}" data-required data-msg="请输入每户检查对象配置检查人员数"> 个`)}
</table></form>
<div class="btn-bar"><button type="button" class="btn btn-warning" id="btnAgentRandom" data-action="${BASE}/random?taskId=${t.id}" data-form="#agentForm"${t.draw?.lockedAt ? '' : ' disabled'}>随机抽取执法人员</button></div>`;
  // 需回避人员: the task's inspectors who declared a conflict of interest with the object (执法检查人员名录库). The
  // platform's matching does not look at it (platformMatchInspectors): it is only shown.
  // Each person also by 人员编码 (the registry's id), in the order of the names: two inspectors may share a name.
  const recused = (objectId: string) => pool.filter((i) => i.conflicts.includes(objectId));
  const list = html`<table class="list-table" id="agentTable"><thead><tr><th>序号</th><th>检查对象</th><th>检查人员</th><th>人员编码</th><th>需回避人员</th><th>需回避人员编码</th></tr></thead><tbody>${assigned.map(
    (a, i) =>
      html`<tr><td>${i + 1}</td><td class="agent-object">${store.data.objects.find((o) => o.id === a.objectId)?.name ?? a.objectId}</td><td class="agent-names">${a.inspectorIds.map((x) => byId.get(x)?.name ?? x).join('、')}</td><td class="agent-ids">${a.inspectorIds.join('、')}</td><td class="agent-recused">${recused(a.objectId)
        .map((x) => x.name ?? x.id)
        .join('、')}</td><td class="agent-recused-ids">${recused(a.objectId)
        .map((x) => x.id)
        .join('、')}</td></tr>`,
  )}</tbody></table>`;
  return ok(page('随机抽取执法人员', html`<div class="wrapper-content">${ibox(`随机抽取执法人员：${t.name}`, form, state(t.status))}${ibox('抽取结果', list)}</div>`));
};

export const agentRandom: Handler = (store, req) => {
  const t = store.task(req.query.get('taskId') ?? undefined);
  if (!t?.draw?.lockedAt) return fail('请先锁定检查对象名单');
  const raw = req.form.get('perObject')?.trim();
  if (!raw) return fail('请输入每户检查对象配置检查人员数');
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) return fail('每户检查对象配置检查人员数应为正整数');
  const pool = candidates(store, t);
  if (n > pool.length) return fail('设置的检查人员总数不能大于待选库中检查人员总数');
  t.strategy = { ...(t.strategy ?? { entries: [] }), inspectorsPerObject: n };
  t.draw.assignments = platformMatchInspectors(t.draw.objectIds, pool, n);
  t.inspectorIds = [...new Set(t.draw.assignments.flatMap((a) => a.inspectorIds))];
  t.status = '实施中';
  store.save();
  return done('执法人员抽取完成');
};
