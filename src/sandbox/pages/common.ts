import { html, raw, type Raw } from '../html';
import type { SandboxStore } from '../store';

export interface Req {
  path: string;
  query: URLSearchParams;
  form: URLSearchParams;
  method: string;
}
/** location: a redirect's target; disposition: a download's content-disposition; download: served as an attachment with this file name. */
export type Reply = { status?: number; type?: string; body: string; location?: string; disposition?: string; download?: string };
export type Handler = (store: SandboxStore, req: Req) => Reply | Promise<Reply>;

/** The sandbox user's department (区市场监管局): lists show its tasks, as the platform shows a department its own. */
export const ME = 'SCJG';

export const ok = (body: string): Reply => ({ body });
export const json = (v: unknown): Reply => ({ type: 'application/json; charset=utf-8', body: JSON.stringify(v) });
export const fail = (msg: string) => json({ success: false, msg });
export const done = (msg: string, redirect?: string) => json({ success: true, msg, redirect });

export function ibox(title: string, content: Raw, tools?: Raw): Raw {
  return html`<div class="ibox"><div class="ibox-title"><span>${title}</span><span>${tools ?? ''}</span></div><div class="ibox-content">${content}</div></div>`;
}

/** A form row as the platform lays them out: label cell (red * when required), control cell. */
export function row(label: string, required: boolean, control: Raw): Raw {
  return html`<tr><td class="label-cell">${required ? raw('<span class="required">*</span>') : ''}${label}：</td><td>${control}</td></tr>`;
}

export function options(list: Array<{ value: string; label: string }>, selected: string | string[] | undefined, blank = true): Raw {
  const sel = new Set(Array.isArray(selected) ? selected : selected ? [selected] : []);
  return html`${blank ? raw('<option value=""></option>') : ''}${list.map((o) => html`<option value="${o.value}"${sel.has(o.value) ? raw(' selected') : ''}>${o.label}</option>`)}`;
}

/** A radio group; `requiredMsg` makes it required, with the platform's message for it. */
export function radios(name: string, list: Array<{ value: string; label: string }>, checked: string | undefined, requiredMsg?: string): Raw {
  return html`${list.map(
    (o, i) => html`<label style="margin-right:14px"><input type="radio" name="${name}" value="${o.value}"${checked === o.value ? raw(' checked') : ''}${requiredMsg && i === 0 ? html` data-required data-msg="${requiredMsg}"` : ''}> ${o.label}</label>`,
  )}`;
}

const STATE_CLASS: Record<string, string> = {
  待执行: 'state-wait', 执行中: 'state-doing', 已完成: 'state-done', 已公告: 'state-done', 未公告: 'state-wait',
  待抽取对象: 'state-wait', 待设置任务计划: 'state-wait', 实施中: 'state-doing', 待抽取执法人员: 'state-wait',
  待录入: 'state-wait', 待审核: 'state-doing', 已公示: 'state-done', 审核退回: 'state-back',
};
export const state = (s: string) => html`<span class="state ${STATE_CLASS[s] ?? ''}">${s}</span>`;

export const deptOptions = (store: SandboxStore) => store.data.departments.map((d) => ({ value: d.id, label: d.name }));
export const deptName = (store: SandboxStore, id: string | undefined) => store.department(id)?.name ?? id ?? '';

/** A stored ISO time as the platform shows it: Beijing time, to the second (2026-12-02 10:31:11). */
export function platformTime(iso: string | undefined): string {
  if (!iso) return '';
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return iso;
  return new Date(t.getTime() + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
}

/**
 * The time a new draw is stamped with: now to the second, and never the second of the run before — the page
 * shows seconds only, and a re-run must show a time of its own (the re-draw watch tells runs apart by it).
 */
export function drawStamp(previous: string | undefined, now = Date.now()): string {
  const second = Math.floor(now / 1000) * 1000;
  const before = previous ? Math.floor(new Date(previous).getTime() / 1000) * 1000 : Number.NaN;
  return new Date(Number.isNaN(before) ? second : Math.max(second, before + 1000)).toISOString();
}
