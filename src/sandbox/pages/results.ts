import { RESULT_CATEGORY_LABELS } from '../../core/model';
import { html, page } from '../html';
import type { SandboxTask } from '../store-types';
import { deptName, deptOptions, done, fail, ibox, ok, options, radios, row, state, type Handler } from './common';

const BASE = '/syn/sccheck/pubscentresult';
const METHODS = ['实地检查', '书面检查', '行政部门检查结果或专业意见', '检验检测', '网络监测', '委托专业机构辅助'];
/** The model's codes for the 核查方式, in the same order. */
const METHOD_CODES = ['on-site', 'documents', 'other-department', 'testing', 'online', 'commissioned'] as const;
const CATEGORIES = Object.values(RESULT_CATEGORY_LABELS);

type Row = SandboxTask['results'][number];
const stateOf = (r: Row | undefined) => r?.state ?? (r?.publishedOn ? '已公示' : r?.category ? '待审核' : '待录入');

export const resultList: Handler = (store, req) => {
  const review = req.query.get('view') === 'review';
  const rows = store.data.tasks
    .filter((t) => t.draw?.lockedAt)
    .flatMap((t) =>
      t.draw!.objectIds.map((objectId) => {
        const r = t.results.find((x) => x.objectId === objectId);
        const o = store.data.objects.find((x) => x.id === objectId);
        const s = stateOf(r);
        const action = review
          ? s === '待审核'
            ? html`<a href="${BASE}/reviewpage?taskId=${t.id}&objectId=${objectId}">审核</a> | <a href="javascript:;" data-action="${BASE}/review?taskId=${t.id}&objectId=${objectId}&pass=1">审核通过</a> | <a href="javascript:;" data-action="${BASE}/review?taskId=${t.id}&objectId=${objectId}&pass=0">审核退回</a>`
            : ''
          : html`<a href="${BASE}/edit?taskId=${t.id}&objectId=${objectId}">${s === '待录入' || s === '审核退回' ? '录入' : '查看'}</a>`;
        return html`<tr><td>${t.name}</td><td>${o?.name ?? objectId}</td><td>${o?.uscc ?? ''}</td><td>${r?.category ?? ''}</td><td>${r?.checkedOn ?? ''}</td><td>${r?.uploadedOn ?? ''}</td><td>${r?.publishedOn ?? ''}</td><td>${state(s)}</td><td>${action}</td></tr>`;
      }),
    );
  const body = html`<div class="wrapper-content">${ibox(review ? '结果审核公示' : '检查结果录入', html`<table class="list-table" id="resultTable"><thead><tr><th>抽查任务名称</th><th>被检查对象</th><th>统一社会信用代码</th><th>检查结果</th><th>检查日期</th><th>录入日期</th><th>公示日期</th><th>状态</th><th>操作</th></tr></thead><tbody>${rows}</tbody></table>`)}</div>`;
  return ok(page(review ? '结果审核公示' : '检查结果录入', body));
};

export const resultEdit: Handler = (store, req) => {
  const t = store.task(req.query.get('taskId') ?? undefined);
  const objectId = req.query.get('objectId') ?? '';
  if (!t || !t.draw?.objectIds.includes(objectId)) return { status: 404, body: page('未找到', html`<div class="wrapper-content">检查对象不在该任务名单中</div>`) };
  const o = store.data.objects.find((x) => x.id === objectId);
  const r = t.results.find((x) => x.objectId === objectId);
  const methodLabel = r?.method ? (METHODS[METHOD_CODES.indexOf(r.method as (typeof METHOD_CODES)[number])] ?? '') : '';
  const inspectors = store.data.inspectors.filter((i) => t.participants.some((p) => p.departmentId === i.departmentId));
  const assigned = t.draw.assignments.find((a) => a.objectId === objectId)?.inspectorIds ?? [];
  const form = html`<form id="resultForm" action="${BASE}/save?taskId=${t.id}&objectId=${objectId}" method="post">
<div class="tip">市场监管领域随机抽查情况记录表</div>
<table class="form-table">
${row('被检查对象', false, html`<span>${o?.name ?? objectId}</span>`)}
${row('统一社会信用代码', false, html`<span>${o?.uscc ?? ''}</span>`)}
${row('抽查任务名称', false, html`<span>${t.name}</span>`)}
${row('检查事项', false, html`<table class="list-table"><thead><tr><th>检查事项</th><th>是否检查</th><th>发现问题情况</th><th>处置情况</th></tr></thead><tbody>${t.items.map((it) => html`<tr><td>${store.item(it.itemId)?.name ?? it.itemId}</td><td><select name="checked_${it.itemId}">${options([{ value: '1', label: '是' }, { value: '0', label: '否' }], '1', false)}</select></td><td><input class="ipt-txt" style="width:160px" name="found_${it.itemId}"></td><td><input class="ipt-txt" style="width:160px" name="handled_${it.itemId}"></td></tr>`)}</tbody></table>`)}
${row('核查方式', true, html`<select class="select2" name="method" data-required data-msg="请选择核查方式">${options(METHODS.map((m) => ({ value: m, label: m })), methodLabel)}</select>`)}
${row('检查结果', true, html`<select class="select2" name="category" data-required data-msg="请选择检查结果" data-width="420px">${options(CATEGORIES.map((c) => ({ value: c, label: c })), r?.category)}</select>`)}
${row('后续处置措施', true, html`<input class="ipt-txt" name="measures" value="${r?.measures ?? ''}" data-required data-msg="请填写后续处置措施">`)}
${row('检查执行部门', true, html`<select class="select2" name="execDept" data-required data-msg="请选择检查执行部门">${options(deptOptions(store), t.participants[0]?.departmentId)}</select>`)}
${row('检查人员', true, html`<select class="select2" name="inspectorIds" multiple data-required data-msg="请选择检查人员">${options(inspectors.map((i) => ({ value: i.id, label: `${i.name}（${deptName(store, i.departmentId)}）` })), r?.inspectorIds.length ? r.inspectorIds : assigned, false)}</select>`)}
${row('检查日期', true, html`<input class="ipt-txt laydate-icon" name="checkedOn" value="${r?.checkedOn ?? ''}" readonly data-required data-msg="请选择检查日期">`)}
${row('录入日期', false, html`<span id="uploadedOn">${r?.uploadedOn ?? store.data.today}</span>`)}
${row('未当日录入原因', false, html`<input class="ipt-txt" name="uploadDelayReason" value="${r?.uploadDelayReason ?? ''}" placeholder="检查结束当日未录入的，说明特殊情况">`)}
${row('公示日期', false, html`<span id="publishedOn">${r?.publishedOn ?? ''}</span>`)}
</table>
<div class="btn-bar"><button type="button" class="btn btn-primary" data-submit="#resultForm">保存</button><a class="btn btn-default" href="${BASE}">关闭</a></div></form>`;
  return ok(page('检查结果录入', html`<div class="wrapper-content">${ibox('检查结果录入', form, state(stateOf(r)))}</div>`));
};

export const resultSave: Handler = (store, req) => {
  const t = store.task(req.query.get('taskId') ?? undefined);
  const objectId = req.query.get('objectId') ?? '';
  if (!t || !t.draw?.objectIds.includes(objectId)) return fail('检查对象不在该任务名单中');
  const f = req.form;
  for (const [k, msg] of [['method', '请选择核查方式'], ['category', '请选择检查结果'], ['measures', '请填写后续处置措施'], ['execDept', '请选择检查执行部门'], ['inspectorIds', '请选择检查人员'], ['checkedOn', '请选择检查日期']] as const)
    if (!f.getAll(k).some((v) => v.trim())) return fail(msg);
  if (!CATEGORIES.includes(f.get('category') as never)) return fail('检查结果不在规定的类别内');
  const method = METHOD_CODES[METHODS.indexOf(f.get('method')!)];
  const prev = t.results.find((x) => x.objectId === objectId);
  const r: Row = {
    ...(prev ?? {}),
    objectId,
    objectName: store.data.objects.find((o) => o.id === objectId)?.name,
    category: f.get('category')!,
    method,
    inspectorIds: f.getAll('inspectorIds'),
    checkedOn: f.get('checkedOn')!,
    uploadedOn: store.data.today,
    uploadDelayReason: f.get('uploadDelayReason')?.trim() || undefined,
    measures: f.get('measures')!,
    state: '待审核',
  };
  t.results = [...t.results.filter((x) => x.objectId !== objectId), r];
  store.save();
  return done('保存成功', BASE);
};

/**
 * 结果审核公示 of one result: what was entered, shown read-only, and the reviewer's 审核结果 with the 审核日期 (today):
 * a result that passes review is published that day.
 */
export const resultReviewPage: Handler = (store, req) => {
  const t = store.task(req.query.get('taskId') ?? undefined);
  const objectId = req.query.get('objectId') ?? '';
  const r = t?.results.find((x) => x.objectId === objectId);
  if (!t || !r) return { status: 404, body: page('未找到', html`<div class="wrapper-content">检查结果不存在</div>`) };
  const o = store.data.objects.find((x) => x.id === objectId);
  const open = stateOf(r) === '待审核';
  const form = html`<form id="reviewForm" action="${BASE}/review?taskId=${t.id}&objectId=${objectId}" method="post">
<div class="tip">审核通过的结果当日公示；退回的结果由录入人员修改后重新提交。</div>
<table class="form-table">
${row('被检查对象', false, html`<span>${o?.name ?? objectId}</span>`)}
${row('抽查任务名称', false, html`<span>${t.name}</span>`)}
${row('检查结果', false, html`<span id="category">${r.category ?? ''}</span>`)}
${row('检查日期', false, html`<span id="checkedOn">${r.checkedOn ?? ''}</span>`)}
${row('录入日期', false, html`<span id="uploadedOn">${r.uploadedOn ?? ''}</span>`)}
${row('未当日录入原因', false, html`<span id="uploadDelayReason">${r.uploadDelayReason ?? ''}</span>`)}
${row('审核结果', true, radios('pass', [{ value: '1', label: '通过并公示' }, { value: '0', label: '退回' }], undefined, '请选择审核结果'))}
${row('审核日期', false, html`<span id="reviewedOn">${r.publishedOn ?? store.data.today}</span>`)}
</table>
<div class="btn-bar">${open ? html`<button type="button" class="btn btn-primary" data-submit="#reviewForm">提交</button>` : ''}<a class="btn btn-default" href="${BASE}?view=review">关闭</a></div></form>`;
  return ok(page('结果审核公示', html`<div class="wrapper-content">${ibox('结果审核公示', form, state(stateOf(r)))}</div>`));
};

export const resultReview: Handler = (store, req) => {
  const t = store.task(req.query.get('taskId') ?? undefined);
  const r = t?.results.find((x) => x.objectId === req.query.get('objectId'));
  if (!t || !r) return fail('检查结果不存在');
  if (stateOf(r) !== '待审核') return fail('该结果不在待审核状态');
  const pass = req.query.get('pass') ?? req.form.get('pass');
  if (!pass) return fail('请选择审核结果');
  if (pass === '1') {
    r.state = '已公示';
    r.publishedOn = store.data.today;
  } else r.state = '审核退回';
  if (t.draw?.objectIds.every((id) => t.results.find((x) => x.objectId === id)?.state === '已公示')) t.status = '已完成';
  store.save();
  return done(r.state === '已公示' ? '审核通过，已公示' : '已退回');
};
