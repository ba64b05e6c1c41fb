import { CREDIT_CLASSES } from '../../core/model';
import { html, page, raw } from '../html';
import type { SandboxStore } from '../store';
import type { SandboxTask } from '../store-types';
import { drawStrategy, filteredObjects, libraryPool, strategyTotals } from '../strategy-pool';
import { deptName, done, drawStamp, fail, ibox, ME, ok, options, platformTime, radios, row, state, type Handler, type Req } from './common';

const BASE = '/syn/pub/server/sccheck/entback';
export const LOCK_CONFIRM = '锁定名单后将分派检查任务到各相关检查部门，您确定要继续吗？';

const isLead = (t: SandboxTask) => t.participants.find((p) => p.role === 'lead')?.departmentId === ME;
const NOT_LEAD = '只有发起部门可以添加策略';

/** The tasks the user's department takes part in; only the lead (发起部门) adds the strategy and draws. */
export const drawTaskList: Handler = (store) => {
  const mine = store.data.tasks.filter((t) => t.participants.some((p) => p.departmentId === ME));
  const action = (t: SandboxTask) => {
    if (t.draw?.lockedAt) return html`<a href="${BASE}/look?taskId=${t.id}">查看名单</a>`;
    return isLead(t) ? html`<a href="${BASE}/randompage?taskId=${t.id}">添加策略 / 抽取</a>` : html`<span class="muted">等待牵头部门抽取</span>`;
  };
  const rows = mine.map(
    (t, i) => html`<tr><td>${i + 1}</td><td>${t.number ?? ''}</td><td>${t.name}</td><td>${t.scope === 'joint' ? '跨部门' : '本部门'}</td><td>${deptName(store, t.participants.find((p) => p.role === 'lead')?.departmentId)}</td><td>${state(t.status)}</td><td>${action(t)}</td></tr>`,
  );
  return ok(page('抽查检查对象名单抽取', html`<div class="wrapper-content">${ibox('抽查检查对象名单抽取', html`<table class="list-table"><thead><tr><th>序号</th><th>任务编号</th><th>抽查任务名称</th><th>任务类型</th><th>任务组织部门</th><th>任务状态</th><th>操作</th></tr></thead><tbody>${rows}</tbody></table>`)}</div>`));
};

const distinct = (xs: Array<string | undefined>) => [...new Set(xs.filter(Boolean) as string[])].sort().map((v) => ({ value: v, label: v }));

export const randomPage: Handler = (store, req) => {
  const t = store.task(req.query.get('taskId') ?? undefined);
  if (!t) return { status: 404, body: page('未找到', html`<div class="wrapper-content">任务不存在</div>`) };
  const s = t.strategy;
  const filtered = filteredObjects(store.data, t);
  const totals = strategyTotals(store.data, t);
  const objs = store.data.objects;
  // Locked lists, and tasks led by another department, are read-only here.
  const readOnly = !!t.draw?.lockedAt || !isLead(t);
  const entryRows = t.items.map((it, i) => {
    const e = s?.entries.find((x) => x.itemId === it.itemId);
    const item = store.item(it.itemId);
    const libraryId = e?.libraryId ?? item?.libraryId ?? 'LIB-ALL';
    // Each library option carries its size under the saved filters, so the size cell follows the choice.
    const libs = store.data.libraries.map((l) => html`<option value="${l.id}" data-size="${libraryPool(store.data, filtered, l.id).length}"${l.id === libraryId ? raw(' selected') : ''}>${l.name}</option>`);
    return html`<tr><td>${item?.name ?? it.itemId}（${item?.kind === 'key' ? '重点' : '一般'}）<input type="hidden" name="entryItem" value="${it.itemId}"></td>
<td><select class="ipt-txt" name="entryLibrary" style="width:220px">${libs}</select></td>
<td class="library-size">${libraryPool(store.data, filtered, libraryId).length}</td>
<td><select class="ipt-txt" name="entryMode" style="width:110px">${options([{ value: 'ratio', label: '全部比例' }, { value: 'fixed', label: '全部固定' }], e?.quantityMode ?? 'ratio', false)}</select></td>
<td><input class="ipt-txt" name="entryTarget" value="${e?.target ?? it.ratePercent ?? ''}" style="width:90px" data-required data-msg="请填写第${i + 1}个事项的抽取目标"></td></tr>`;
  });
  const rates = s?.creditClassRates ?? {};
  const form = html`<form id="strategyForm" action="${BASE}/savestrategy?taskId=${t.id}" method="post">
<div class="tip">抽取数量均按照四舍五入取整数。只有发起部门可以添加策略。</div>
<table class="form-table">
${row('抽取模式', true, radios('mode', [{ value: 'special-library', label: '按专项库抽取' }, { value: 'selected-list', label: '按选取名单抽取' }], s?.mode ?? 'special-library', '请选择抽取模式'))}
${row('抽查类型', false, radios('directed', [{ value: '1', label: '定向' }, { value: '0', label: '不定向' }], (s?.directed ?? t.directed) ? '1' : '0'))}
${row('行业', false, html`<select class="select2" name="industries" multiple>${options(distinct(objs.map((o) => o.industry)), s?.filters?.industries, false)}</select>`)}
${row('区域', false, html`<select class="select2" name="regions" multiple>${options(distinct(objs.map((o) => o.region)), s?.filters?.regions, false)}</select>`)}
${row('企业类型', false, html`<select class="select2" name="types" multiple>${options(distinct(objs.map((o) => o.type)), s?.filters?.types, false)}</select>`)}
${row('登记机关', false, html`<select class="select2" name="registrationOffices" multiple>${options(distinct(objs.map((o) => o.registrationOffice)), s?.filters?.registrationOffices, false)}</select>`)}
${row('信用风险分类', false, html`<select class="select2" name="creditClasses" multiple>${options(CREDIT_CLASSES.map((c) => ({ value: c, label: `${c}类` })), s?.filters?.creditClasses, false)}</select>`)}
${row('是否异常名录', false, html`<select class="ipt-txt" name="abnormal" style="width:120px">${options([{ value: '', label: '不限' }, { value: '1', label: '是' }, { value: '0', label: '否' }], s?.filters?.flags?.abnormal === undefined ? '' : s.filters.flags.abnormal ? '1' : '0', false)}</select>`)}
${row('按信用风险分类抽取比例（%）', false, html`${CREDIT_CLASSES.map((c) => html`${c}类 <input class="ipt-txt" name="rate${c}" value="${rates[c] ?? ''}" style="width:70px;margin-right:12px">`)}`)}
</table>
<table class="list-table" style="margin-top:12px"><thead><tr><th>任务涉及的检查事项</th><th>对应的检查对象抽取库</th><th>抽取库主体户数</th><th>抽取数量方式</th><th>抽取目标户数 / 比例（%）</th></tr></thead><tbody>${entryRows}</tbody></table>
<div class="draw-stats"><span>检查对象抽取库总户数：<b id="poolTotal">${totals.poolTotal}</b></span><span>抽取目标总户数：<b id="targetTotal">${totals.targetTotal}</b></span><span>总抽取比例：<b>${totals.poolTotal ? ((totals.targetTotal / totals.poolTotal) * 100).toFixed(2) : '0.00'}%</b></span></div>
</form>`;
  const drawn = t.draw?.objectIds ?? [];
  const list = drawn.length
    ? html`<div class="draw-stats"><span>应抽取数：<b id="targetCount">${totals.targetTotal}</b></span><span>实抽取数：<b id="drawnCount">${drawn.length}</b></span><span>抽取时间：<b id="drawnAt">${platformTime(t.draw?.drawnAt)}</b></span><span>已抽取 ${1 + (t.draw?.reruns.length ?? 0)} 次</span></div>
<table class="list-table" id="drawnTable"><thead><tr><th>序号</th><th>统一社会信用代码</th><th>企业名称</th><th>信用风险分类</th><th>登记机关</th></tr></thead><tbody>${drawn.map((id, i) => {
        const o = store.data.objects.find((x) => x.id === id);
        return html`<tr><td>${i + 1}</td><td>${o?.uscc ?? ''}</td><td>${o?.name ?? id}</td><td>${o?.creditClass ?? ''}</td><td>${o?.registrationOffice ?? ''}</td></tr>`;
      })}</tbody></table>`
    : html`<p>尚未抽取。</p>`;
  const buttons = html`<div class="btn-bar">
<button type="button" class="btn btn-primary" id="btnSaveStrategy" data-submit="#strategyForm"${readOnly ? ' disabled' : ''}>保存策略</button>
<button type="button" class="btn btn-warning" id="btnRandom" data-action="${BASE}/random?taskId=${t.id}" data-form="#strategyForm"${readOnly ? ' disabled' : ''}>随机抽取</button>
<button type="button" class="btn btn-danger" id="btnLock" data-action="${BASE}/lock?taskId=${t.id}" data-confirm="${LOCK_CONFIRM}"${readOnly || !drawn.length ? ' disabled' : ''}>锁定名单</button></div>`;
  return ok(page('抽查检查对象名单抽取', html`<div class="wrapper-content">${ibox(`添加策略：${t.name}`, html`${form}${buttons}`, state(t.status))}${ibox('抽取结果', list)}</div>`));
};

function readStrategy(store: SandboxStore, t: SandboxTask, req: Req): string | undefined {
  const f = req.form;
  const targets = f.getAll('entryTarget');
  const modes = f.getAll('entryMode');
  if (targets.some((x) => !x.trim())) return '请填写抽取目标户数或比例';
  for (const [i, x] of targets.entries()) {
    const n = Number(x);
    if (!Number.isFinite(n) || n < 0) return `第${i + 1}个事项的抽取目标应为非负数`;
    if (modes[i] === 'ratio' && n > 100) return `第${i + 1}个事项的抽取比例不能超过100%`;
  }
  const rates: Record<string, number> = {};
  for (const c of CREDIT_CLASSES) {
    const v = f.get(`rate${c}`)?.trim();
    if (!v) continue;
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0 || n > 100) return `${c}类抽取比例应在0到100之间`;
    rates[c] = n;
  }
  const list = (k: string) => f.getAll(k).filter(Boolean);
  const abnormal = f.get('abnormal');
  t.strategy = {
    addedBy: t.participants.find((p) => p.role === 'lead')?.departmentId,
    mode: f.get('mode') === 'selected-list' ? 'selected-list' : 'special-library',
    directed: f.get('directed') === '1',
    marketEntities: t.items.some((i) => store.item(i.itemId)?.marketEntities),
    creditClassRates: Object.keys(rates).length ? rates : undefined,
    filters: { industries: list('industries'), regions: list('regions'), types: list('types'), registrationOffices: list('registrationOffices'), creditClasses: list('creditClasses') as never, flags: abnormal ? { abnormal: abnormal === '1' } : undefined },
    entries: f.getAll('entryItem').map((itemId, i) => ({ itemId, libraryId: f.getAll('entryLibrary')[i], quantityMode: modes[i] === 'fixed' ? 'fixed' : 'ratio', target: Number(targets[i]) })),
  };
  // The library sizes as the page showed them when the strategy was saved (抽取库主体户数).
  const sizes = strategyTotals(store.data, t).perEntry;
  t.strategy.entries.forEach((e, i) => (e.librarySize = sizes[i].librarySize));
  return undefined;
}

export const saveStrategy: Handler = (store, req) => {
  const t = store.task(req.query.get('taskId') ?? undefined);
  if (!t) return fail('任务不存在');
  if (!isLead(t)) return fail(NOT_LEAD);
  if (t.draw?.lockedAt) return fail('名单已锁定，不能修改策略');
  const err = readStrategy(store, t, req);
  if (err) return fail(err);
  store.save();
  return done('策略保存成功');
};

/** 随机抽取: the platform's unseeded draw, which can be run again until the list is locked. */
export const randomDraw: Handler = (store, req) => {
  const t = store.task(req.query.get('taskId') ?? undefined);
  if (!t) return fail('任务不存在');
  if (!isLead(t)) return fail(NOT_LEAD);
  if (t.draw?.lockedAt) return fail('名单已锁定，不能重新抽取');
  const err = readStrategy(store, t, req);
  if (err) return fail(err);
  const totals = strategyTotals(store.data, t);
  if (!totals.poolTotal) return fail('抽取库中没有符合条件的检查对象');
  const objectIds = drawStrategy(store.data, t);
  if (!objectIds.length) return fail('抽取目标户数为0，请调整抽取比例');
  const now = drawStamp(t.draw?.drawnAt);
  const reruns = t.draw ? [...t.draw.reruns, { at: t.draw.drawnAt ?? now }] : [];
  t.draw = { objectIds, assignments: [], replacements: [], exclusions: [], reruns, drawnAt: now };
  store.save();
  return done(`抽取完成，共抽取 ${objectIds.length} 户`);
};

export const lockList: Handler = (store, req) => {
  const t = store.task(req.query.get('taskId') ?? undefined);
  if (!t) return fail('任务不存在');
  if (!isLead(t)) return fail(NOT_LEAD);
  if (!t.draw?.objectIds.length) return fail('请先随机抽取检查对象');
  if (t.draw.lockedAt) return fail('名单已锁定');
  t.draw.lockedAt = new Date().toISOString();
  t.status = '待设置任务计划';
  store.save();
  return done('名单已锁定，检查任务已分派');
};

export const lookList: Handler = (store, req) => {
  const t = store.task(req.query.get('taskId') ?? undefined);
  if (!t) return { status: 404, body: page('未找到', html`<div class="wrapper-content">任务不存在</div>`) };
  const drawn = t.draw?.objectIds ?? [];
  const body = html`<div class="wrapper-content">${ibox(
    `抽取名单：${t.name}`,
    html`<div class="draw-stats"><span>实抽取数：<b>${drawn.length}</b></span><span>抽取时间：<b>${platformTime(t.draw?.drawnAt) || '—'}</b></span><span>锁定时间：<b>${platformTime(t.draw?.lockedAt) || '未锁定'}</b></span></div>
<table class="list-table"><thead><tr><th>序号</th><th>统一社会信用代码</th><th>企业名称</th><th>住所</th><th>信用风险分类</th></tr></thead><tbody>${drawn.map((id, i) => {
      const o = store.data.objects.find((x) => x.id === id);
      return html`<tr><td>${i + 1}</td><td>${o?.uscc ?? ''}</td><td>${o?.name ?? id}</td><td>${o?.address ?? ''}</td><td>${o?.creditClass ?? ''}</td></tr>`;
    })}</tbody></table>`,
    state(t.status),
  )}</div>`;
  return ok(page('查看抽取名单', body));
};
