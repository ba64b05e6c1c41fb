/**
 * Reading a platform form in the page (DOM only, no page scripts): each field is found by its label
 * text first, then by its selector, read as its widget shows it, then picked out, split, mapped and
 * typed as the adapter says. Every field gives a line of what was read (src/ui/ReadingView.tsx):
 * where it was found, what it said, what is used, or why it was dropped; nothing is guessed.
 */
import type { FieldSpec, PageSpec, TableSpec } from './adapter-schema';
import { coerce, splitList, type Value } from './transforms';
import { VOCAB, rowKey, tableKey } from './vocabulary';

export type Scalar = string | string[] | boolean | number | undefined;
/** A table's rows are records of scalars (the strategy's item rows). */
export type FieldValue = Scalar | Array<Record<string, Scalar>>;

export type Said = { zh: string; en: string };

/** One field as read: the panel's "读取情况" lists these. */
export interface ReadLine {
  /** The vocabulary path, with the row for table cells: `entry.target`, row 1. */
  field: string;
  row?: number;
  /** Where it was found: by label or selector, or not found. */
  where: Said;
  /** What the page holds, before any transform. */
  raw?: string | string[];
  /** The value given to the model (after pattern, split, map and type). */
  used?: Scalar;
  /** Why a value read is not used. */
  dropped?: Said;
  /** The control does not fit the adapter's widget (a clear line, never a console error). */
  error?: Said;
  rules: string[];
}

export interface ReadResult {
  values: Record<string, FieldValue>;
  /** Where each field is, so a finding can focus it. */
  elements: Record<string, Element>;
  missing: string[];
  lines: ReadLine[];
}

const clean = (s: string | null | undefined) => (s ?? '').replace(/[\s*：:]/g, '');

/** The cell that holds the control for a label, in the platform's two-column form tables. */
function cellForLabel(doc: Document, label: string): Element | undefined {
  const want = clean(label);
  for (const cell of doc.querySelectorAll('td, th, label, dt, .item-name')) {
    if (clean(cell.textContent) !== want) continue;
    const next = cell.nextElementSibling;
    if (next) return next;
  }
  return undefined;
}

function controls(scope: ParentNode, widget: FieldSpec['widget']): Element[] {
  switch (widget) {
    case 'textarea':
      return [...scope.querySelectorAll('textarea')];
    case 'select':
    case 'select2':
    case 'select2-multiple':
      return [...scope.querySelectorAll('select')];
    case 'radio':
      return [...scope.querySelectorAll('input[type=radio]')];
    case 'checkbox-group':
      return [...scope.querySelectorAll('input[type=checkbox]')];
    case 'hidden':
      return [...scope.querySelectorAll('input[type=hidden]')];
    case 'display':
      return scope instanceof Element ? [scope] : [];
    default:
      return [...scope.querySelectorAll('input:not([type=radio]):not([type=checkbox]):not([type=hidden]), textarea')];
  }
}

const cssEscape = (s: string) => (typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(s) : s.replace(/[^\w-]/g, (c) => `\\${c}`));

/** A column whose control depends on the row's radio (固定 → #num_x, 比例 → #percent_x). */
function chosen(doc: Document, f: FieldSpec, scope: ParentNode): { els: Element[]; why?: Said } {
  const c = f.choose!;
  const radio = [...scope.querySelectorAll<HTMLInputElement>(c.by)].find((r) => r.checked);
  if (!radio) return { els: [], why: { zh: `未选择（${c.by}）`, en: `nothing chosen (${c.by})` } };
  for (const s of c.sources) {
    const m = new RegExp(s.match).exec(radio.value);
    if (!m) continue;
    const sel = s.selector.replace(/\$(\d)/g, (_, i) => cssEscape(m[Number(i)] ?? ''));
    const el = scope.querySelector(sel) ?? doc.querySelector(sel);
    return el ? { els: [el] } : { els: [], why: { zh: `所选「${radio.value}」对应的控件 ${sel} 不在页面上`, en: `the control ${sel} for "${radio.value}" is not on the page` } };
  }
  return { els: [], why: { zh: `所选「${radio.value}」不符合任何来源`, en: `"${radio.value}" matches no source` } };
}

/** The controls of a field: by label in the document, else by selector inside `scope` (a table row). */
export function locate(doc: Document, f: FieldSpec, scope: ParentNode = doc): Element[] {
  return locateWhere(doc, f, scope).els;
}

function locateWhere(doc: Document, f: FieldSpec, scope: ParentNode): { els: Element[]; where: Said } {
  if (f.choose) {
    const r = chosen(doc, f, scope);
    return { els: r.els, where: r.why ?? { zh: `按所选项 ${f.choose.by}`, en: `by the choice ${f.choose.by}` } };
  }
  if (f.label && scope === doc) {
    const cell = cellForLabel(doc, f.label);
    const found = cell ? controls(cell, f.widget) : [];
    if (found.length) return { els: f.index !== undefined && f.widget !== 'radio' && f.widget !== 'checkbox-group' ? found.slice(f.index, f.index + 1) : found, where: { zh: `标签「${f.label}」`, en: `label "${f.label}"` } };
  }
  if (f.selector) {
    const found = [...scope.querySelectorAll(f.selector)];
    const els = f.index !== undefined && f.widget !== 'radio' && f.widget !== 'checkbox-group' ? found.slice(f.index, f.index + 1) : found;
    if (els.length) return { els, where: { zh: `选择器 ${f.selector}`, en: `selector ${f.selector}` } };
  }
  return { els: [], where: { zh: `未找到（${[f.label && `标签「${f.label}」`, f.selector].filter(Boolean).join('，')}）`, en: `not found (${[f.label && `label "${f.label}"`, f.selector].filter(Boolean).join(', ')})` } };
}

class WidgetMismatch extends Error {
  constructor(public said: Said) {
    super(said.en);
  }
}

const describe = (el: Element) => `<${el.tagName.toLowerCase()}${el.getAttribute('type') ? ` type=${el.getAttribute('type')}` : ''}>`;

function need(el: Element, f: FieldSpec, ok: boolean) {
  if (!ok) throw new WidgetMismatch({ zh: `控件不符：适配器写的是 ${f.widget}，页面上是 ${describe(el)}`, en: `widget mismatch: the adapter says ${f.widget}, the page has ${describe(el)}` });
}

const textOf = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The text a radio or checkbox shows: its <label>, or the text right after it. */
const choiceText = (el: Element) => textOf(el.closest('label') ?? document.createElement('i')) || (el.nextSibling?.textContent ?? '').trim();

function source(el: Element, f: FieldSpec): string {
  if (f.from === 'text') return el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox') ? choiceText(el) : textOf(el);
  if (f.from?.startsWith('attr:')) return el.getAttribute(f.from.slice(5)) ?? '';
  return (el as HTMLInputElement).value ?? '';
}

/** What the page holds, before any transform: one string, or a list for multiple choices. */
export function readRaw(els: Element[], f: FieldSpec): string | string[] | undefined {
  if (f.widget === 'radio') {
    els.forEach((e) => need(e, f, e instanceof HTMLInputElement && e.type === 'radio'));
    const checked = (els as HTMLInputElement[]).find((e) => e.checked);
    return checked ? source(checked, f) : undefined;
  }
  if (f.widget === 'checkbox-group') {
    els.forEach((e) => need(e, f, e instanceof HTMLInputElement && e.type === 'checkbox'));
    return (els as HTMLInputElement[]).filter((e) => e.checked).map((e) => source(e, f));
  }
  const el = els[0];
  if (f.widget === 'display') return f.from && f.from !== 'text' ? source(el, f) : textOf(el);
  if (f.widget === 'select' || f.widget === 'select2' || f.widget === 'select2-multiple') {
    need(el, f, el instanceof HTMLSelectElement);
    const sel = el as HTMLSelectElement;
    const picked = [...sel.selectedOptions].filter((o) => o.value !== '' || f.from === 'text');
    const vals = picked.map((o) => (f.from === 'text' ? textOf(o) : f.from ? source(o, f) : o.value));
    return f.widget === 'select2-multiple' || sel.multiple ? vals : vals[0];
  }
  need(el, f, el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || f.from === 'text' || !!f.from?.startsWith('attr:'));
  return source(el, f).trim();
}

type Step = { ok: true; value: Scalar } | { ok: false; reason: Said };

/** pattern → split → map → type: the adapter's transforms, then the vocabulary's type. */
export function transform(raw: string | string[] | undefined, f: FieldSpec, type = VOCAB.get(f.field)?.type ?? 'text'): Step {
  if (raw === undefined || raw === '' || (Array.isArray(raw) && !raw.length && type !== 'list')) return { ok: true, value: undefined };
  let v: string | string[] = raw;
  if (f.pattern) {
    const re = new RegExp(f.pattern);
    const pick = (s: string) => {
      const m = re.exec(s);
      return m ? (m[1] ?? m[0]).trim() : undefined;
    };
    const picked = Array.isArray(v) ? v.map(pick) : pick(v);
    if (picked === undefined || (Array.isArray(picked) && picked.some((x) => x === undefined)))
      return { ok: false, reason: { zh: `「${String(raw)}」不符合 pattern ${f.pattern}`, en: `"${String(raw)}" does not match the pattern ${f.pattern}` } };
    v = picked as string | string[];
    if (v === '') return { ok: true, value: undefined };
  }
  if (f.split && typeof v === 'string') v = splitList(v, f.split);
  const mapOne = (s: string): Value => {
    if (f.map && s in f.map) return f.map[s];
    const hit = f.mapPatterns?.find((p) => new RegExp(p.match).test(s));
    return hit ? hit.to : s;
  };
  const mapped: Value = Array.isArray(v) ? (v.map(mapOne) as string[]) : mapOne(v);
  const c = coerce(type, mapped);
  return c.ok ? { ok: true, value: c.value } : c;
}

/** The model value of a field's controls (undefined when empty or not readable). */
export function readValue(els: Element[], f: FieldSpec): Scalar {
  try {
    const t = transform(readRaw(els, f), f);
    return t.ok ? t.value : undefined;
  } catch {
    return undefined;
  }
}

/** Read one field into a line of what was read; `els` and the value for the caller. */
export function readField(doc: Document, f: FieldSpec, scope: ParentNode = doc, row?: number): { line: ReadLine; els: Element[]; value: Scalar } {
  const rules = VOCAB.get(f.field)?.rules ?? [];
  const { els, where } = locateWhere(doc, f, scope);
  const line: ReadLine = { field: f.field, row, where, rules };
  if (!els.length) return { line, els, value: undefined };
  try {
    line.raw = readRaw(els, f);
  } catch (e) {
    if (!(e instanceof WidgetMismatch)) throw e;
    line.error = e.said;
    return { line, els, value: undefined };
  }
  const t = transform(line.raw, f);
  if (!t.ok) {
    line.dropped = t.reason;
    return { line, els, value: undefined };
  }
  line.used = t.value;
  return { line, els, value: t.value };
}

/** What the user sees of a control: select2 hides the <select> behind its own box. */
export const shownElement = (el: Element): Element => (el.nextElementSibling?.classList.contains('select2') ? el.nextElementSibling : el);

/** A table's rows: each row's key and columns; a column missing in a row is reported with its row. */
function readTable(doc: Document, t: TableSpec, into: ReadResult) {
  const rows = [...doc.querySelectorAll(t.rows)];
  // No inspectors drawn yet is a state of the page, not a field it lacks: an empty list, and a line saying so.
  if (!rows.length && t.feeds === 'assignments') {
    into.values[tableKey(t)] = [];
    into.lines.push({ field: t.key.field, where: { zh: `尚无抽取结果（没有行：${t.rows}）`, en: `nothing drawn yet (no rows: ${t.rows})` }, rules: VOCAB.get(t.key.field)?.rules ?? [] });
    return;
  }
  if (!rows.length) {
    into.missing.push(tableKey(t));
    into.lines.push({ field: t.key.field, where: { zh: `没有行（${t.rows}）`, en: `no rows (${t.rows})` }, rules: VOCAB.get(t.key.field)?.rules ?? [] });
    return;
  }
  const key = tableKey(t);
  into.values[key] = rows.map((row, i) => {
    const rec: Record<string, Scalar> = {};
    for (const f of [t.key, ...t.columns]) {
      const r = readField(doc, f, row, i);
      into.lines.push(r.line);
      const col = rowKey(f.field);
      if (!r.els.length) {
        into.missing.push(`${key}[${i}].${col}`);
        continue;
      }
      rec[col] = r.value;
      into.elements[`${key}[${i}].${col}`] = shownElement(r.els[0]);
    }
    return rec;
  });
}

export function readForm(doc: Document, spec: PageSpec): ReadResult {
  const result: ReadResult = { values: {}, elements: {}, missing: [], lines: [] };
  for (const f of spec.fields) {
    const r = readField(doc, f);
    result.lines.push(r.line);
    if (!r.els.length) {
      result.missing.push(f.field);
      continue;
    }
    // Two controls for one field (a range read twice) keep the first value found.
    if (result.values[f.field] === undefined) result.values[f.field] = r.value;
    // Text the page shows that is empty (a result's 公示日期 before it is published) is no place to mark a
    // finding: the finding goes to the next field that concerns it (the check date).
    if (f.widget !== 'display' || r.value !== undefined) result.elements[f.field] ??= shownElement(r.els[0]);
  }
  for (const t of spec.tables) readTable(doc, t, result);
  // What the adapter says is always true of this page, unless the page shows otherwise.
  for (const [k, v] of Object.entries(spec.assume)) {
    if (result.values[k] !== undefined) continue;
    result.values[k] = v;
    result.lines.push({ field: k, where: { zh: '适配器设定（页面不显示）', en: 'set by the adapter (not on the page)' }, used: v, rules: VOCAB.get(k)?.rules ?? [] });
  }
  return result;
}
