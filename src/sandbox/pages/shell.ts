import { html, page } from '../html';
import type { Handler } from './common';
import { ok } from './common';

/** The admin shell: left menu, tab strip, each page in its own iframe (H+ style). */
export const MENU: Array<[string, Array<[string, string]>]> = [
  ['随机抽查事项', [['随机抽查事项清单', '/syn/sccheck/itemlist']]],
  ['两库管理', [['检查对象名录库', '/syn/sccheck/entlib'], ['执法检查人员名录库', '/syn/sccheck/agentlib']]],
  ['抽查计划', [['年度抽查工作计划', '/syn/sccheck/pubscworkplan']]],
  ['抽查任务', [['抽查检查任务设置', '/syn/sccheck/scplantask'], ['抽查检查对象名单抽取', '/syn/pub/server/sccheck/entback/tasklist'], ['随机抽取执法人员', '/syn/pub/server/sccheck/entagent']]],
  ['抽查结果', [['检查结果录入', '/syn/sccheck/pubscentresult'], ['结果审核公示', '/syn/sccheck/pubscentresult?view=review']]],
  ['信息公开', [['抽查结果公示', '/pub/gov']]],
];

export const shell: Handler = (store, req) => {
  const open = req.query.get('open') ?? '/syn/sccheck/pubscworkplan';
  // The tab is named after the menu entry the page belongs to: exact, then by path prefix, then by folder.
  const entries = MENU.flatMap(([, items]) => items);
  const path = open.split('?')[0];
  const openName =
    entries.find(([, url]) => url === open)?.[0] ??
    entries.find(([, url]) => path.startsWith(url.split('?')[0]))?.[0] ??
    entries.find(([, url]) => url.split('/').length > 4 && path.startsWith(url.slice(0, url.lastIndexOf('/') + 1)))?.[0] ??
    '页面';
  const body = html`<div id="wrapper">
  <nav class="navbar-static-side"><div class="nav-header"><div class="logo">“双随机、一公开”监管平台</div><div class="user">培训沙盒 · ${store.data.departments[0].name}</div></div>
  <ul class="metismenu">${MENU.map(([group, items]) => html`<li><span>${group}</span></li>${items.map(([name, url]) => html`<li><a class="J_menuItem${url === open ? ' active' : ''}" href="${url}">${name}</a></li>`)}`)}</ul></nav>
  <div id="page-wrapper">
    <div class="border-bottom"><span class="title">互联网+监管 · 双随机抽查系统</span><span class="right">培训环境（沙盒） · 当前日期 ${store.data.today}</span></div>
    <div class="content-tabs"><a class="J_menuTab active" data-id="${open}">${openName}<i class="J_closeTab" title="关闭">×</i></a></div>
    <div class="J_mainContent"><iframe class="J_iframe active" name="iframe1" frameborder="0" data-id="${open}" src="${open}"></iframe></div>
  </div></div>`;
  return ok(page('“双随机、一公开”监管平台', body, { bodyClass: 'fixed-sidebar' }));
};
