/**
 * Zero configuration first: labels gathered from real platforms (the sandbox, Zhejiang's pages, and the
 * wording of the policy texts) for the fields a page most often shows. On a page no adapter covers, the
 * labels found say which field each control is, with a confidence: 高 for a label of the lexicon exactly,
 * 中 for a label that contains one. What is found can be kept as an adapter (src/platform/maker.ts).
 */
import type { FieldSpec, PageKind, Widget } from './adapter-schema';

type Part = 'plan' | 'task';
const BOTH = (suffix: string): Record<Part, string> => ({ plan: `plan.${suffix}`, task: `task.${suffix}` });

export const LEXICON: Array<{ labels: string[]; field: Record<Part, string> | string }> = [
  { labels: ['抽查计划部门', '计划制定部门', '发起部门', '牵头部门', '任务设置部门', '任务组织部门', '任务发起部门'], field: BOTH('lead') },
  { labels: ['配合部门', '参与部门', '任务参与部门', '联合抽查部门', '联合部门', '响应部门'], field: BOTH('departments') },
  { labels: ['抽查计划名称', '计划名称'], field: 'plan.name' },
  { labels: ['抽查任务名称', '任务名称'], field: 'task.name' },
  { labels: ['抽查计划年度', '计划年度', '年度'], field: 'plan.year' },
  { labels: ['抽查计划类型', '任务类型', '抽查方式', '计划类型'], field: BOTH('scope') },
  { labels: ['抽查类型'], field: BOTH('directed') },
  { labels: ['任务编号'], field: 'task.number' },
  { labels: ['发文文号', '文号'], field: 'plan.documentNumber' },
  { labels: ['责任单位（牵头处室）', '责任单位', '牵头处室'], field: 'plan.responsibleUnit' },
];
/** Date ranges: one label, start and end as the first and second control. */
const RANGES: Array<{ labels: string[]; part: Part | 'auto' }> = [
  { labels: ['计划活动期限', '计划期限'], part: 'plan' },
  { labels: ['任务期限', '任务起止时间'], part: 'task' },
  { labels: ['抽查检查起止时间', '起止时间', '检查期限'], part: 'auto' },
];
const END_ONLY: Array<{ labels: string[]; part: Part | 'auto' }> = [{ labels: ['截止日期', '完成时限', '结束日期', '结束时间', '计划完成时间'], part: 'auto' }];
/** Forms that give the start and the end a label each (element-ui's el-form-item: 开始时间 / 结束时间). */
const START_ONLY: Array<{ labels: string[]; part: Part | 'auto' }> = [{ labels: ['开始日期', '开始时间'], part: 'auto' }];

export interface Recognised {
  spec: FieldSpec;
  confidence: 'high' | 'medium';
  /** The label as the page shows it. */
  label: string;
}

const clean = (s: string | null | undefined) => (s ?? '').replace(/[\s*：:]/g, '');

/** The widget a control is, as read-form reads it. */
export function widgetOf(el: Element): Widget {
  if (el instanceof HTMLSelectElement) return el.multiple ? 'select2-multiple' : el.nextElementSibling?.classList.contains('select2') ? 'select2' : 'select';
  if (el instanceof HTMLTextAreaElement) return 'textarea';
  if (el instanceof HTMLInputElement) {
    if (el.type === 'radio') return 'radio';
    if (el.type === 'checkbox') return 'checkbox-group';
    if (el.type === 'hidden') return 'hidden';
    if (el.hasAttribute('lay-key') || /date|time/i.test(`${el.id} ${el.name}`)) return 'laydate';
    return 'text';
  }
  return 'display';
}

/** The controls of a label's cell (hidden inputs only when nothing else is there: codes behind names). */
function controlsIn(cell: Element): Element[] {
  const visible = [...cell.querySelectorAll('select, textarea, input:not([type=hidden]):not([type=button]):not([type=file]):not([type=submit])')];
  const hidden = [...cell.querySelectorAll('input[type=hidden]')];
  // A readonly text of names beside a hidden input of codes (a picker dialog's result): the codes are the value.
  if (hidden.length && visible.length === 1 && (visible[0] as HTMLInputElement).readOnly) return [hidden[0]];
  return visible.length ? visible : hidden;
}

const partOf = (kind: PageKind): Part => (kind === 'task' || kind === 'strategy' ? 'task' : 'plan');

/** What the lexicon recognises on a page of the given kind: label cells of two-column form tables. */
export function recogniseByLabels(doc: Document, kind: PageKind): Recognised[] {
  const out: Recognised[] = [];
  const taken = new Set<string>();
  const part = partOf(kind);
  for (const cell of doc.querySelectorAll('td, th, label, dt, .item-name')) {
    const text = clean(cell.textContent);
    const next = cell.nextElementSibling;
    if (!text || text.length > 20 || !next) continue;
    const controls = controlsIn(next);
    if (!controls.length) continue;
    const hit = (labels: string[]) => (labels.includes(text) ? 'high' : labels.some((l) => l.length >= 4 && text.includes(l)) ? 'medium' : undefined);
    const add = (field: string, confidence: 'high' | 'medium', index?: number) => {
      if (taken.has(field)) return;
      taken.add(field);
      const el = controls[index ?? 0];
      const widget = widgetOf(el);
      out.push({ label: text, confidence, spec: { field, label: text, widget, ...(index !== undefined && widget !== 'radio' && widget !== 'checkbox-group' ? { index } : {}), ...(widget === 'hidden' ? { split: ',，、;；' } : {}) } as FieldSpec });
    };
    for (const r of RANGES) {
      const c = hit(r.labels);
      if (!c || controls.length < 2) continue;
      const p = r.part === 'auto' ? part : r.part;
      add(`${p}.start`, c, 0);
      add(`${p}.end`, c, 1);
    }
    for (const r of END_ONLY) {
      const c = hit(r.labels);
      if (c) add(`${r.part === 'auto' ? part : r.part}.end`, c);
    }
    for (const r of START_ONLY) {
      const c = hit(r.labels);
      if (c) add(`${r.part === 'auto' ? part : r.part}.start`, c);
    }
    for (const l of LEXICON) {
      const c = hit(l.labels);
      if (!c) continue;
      add(typeof l.field === 'string' ? l.field : l.field[part], c);
    }
  }
  return out;
}

/** A page kind from its headings and URL (计划 → plan, 任务 → task, 抽取/策略 → strategy), or undefined. */
export function guessKind(doc: Document, href: string): PageKind | undefined {
  const text = [...doc.querySelectorAll('h1, h2, h3, h4, h5, legend, .title, title')].map((e) => e.textContent ?? '').join(' ') + ' ' + decodeURIComponent(href);
  if (/抽取|策略|random|entback/i.test(text)) return 'strategy';
  if (/任务|task/i.test(text)) return 'task';
  if (/计划|plan/i.test(text)) return 'plan';
  return undefined;
}
