/**
 * Reading a platform form in the page (DOM only, no page scripts): each field is found by its label
 * text first, then by its selector, and read as its widget shows it. Fields not found are reported,
 * never guessed.
 */
import type { FieldSpec, PageSpec, TableSpec } from './adapter-schema';

export type Scalar = string | string[] | boolean | number | undefined;
/** A table's rows are records of scalars (the strategy's item rows). */
export type FieldValue = Scalar | Array<Record<string, Scalar>>;

export interface ReadResult {
  values: Record<string, FieldValue>;
  /** Where each field is, so a finding can focus it. */
  elements: Record<string, Element>;
  missing: string[];
}

const clean = (s: string | null | undefined) => (s ?? '').replace(/[\s*：:]/g, '');

/** The cell that holds the control for a label, in the platform's two-column form tables. */
function cellForLabel(doc: Document, label: string): Element | undefined {
  const want = clean(label);
  for (const cell of doc.querySelectorAll('td, th, label, dt')) {
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
    default:
      return [...scope.querySelectorAll('input:not([type=radio]):not([type=checkbox]):not([type=hidden]), textarea')];
  }
}

/** The controls of a field: by label in the document, else by selector inside `scope` (a table row). */
export function locate(doc: Document, f: FieldSpec, scope: ParentNode = doc): Element[] {
  if (f.label && scope === doc) {
    const cell = cellForLabel(doc, f.label);
    const found = cell ? controls(cell, f.widget) : [];
    if (found.length) return f.index !== undefined ? found.slice(f.index, f.index + 1) : found;
  }
  if (f.selector) {
    const found = [...scope.querySelectorAll(f.selector)];
    return f.index !== undefined && f.widget !== 'radio' && f.widget !== 'checkbox-group' ? found.slice(f.index, f.index + 1) : found;
  }
  return [];
}

export function readValue(els: Element[], f: FieldSpec): Scalar {
  const map = (v: string) => (f.values && v in f.values ? f.values[v] : v);
  if (f.widget === 'radio') {
    const checked = (els as HTMLInputElement[]).find((e) => e.checked);
    return checked ? map(checked.value) : undefined;
  }
  if (f.widget === 'checkbox-group') return (els as HTMLInputElement[]).filter((e) => e.checked).map((e) => e.value);
  if (f.widget === 'display') {
    const all = els[0].textContent?.trim() ?? '';
    const text = f.pattern ? (new RegExp(f.pattern).exec(all)?.[1]?.trim() ?? '') : all;
    return text === '' ? undefined : map(text);
  }
  const el = els[0] as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  if (f.widget === 'select2-multiple') return [...(el as HTMLSelectElement).selectedOptions].map((o) => o.value);
  const v = el.value.trim();
  return v === '' ? undefined : map(v);
}

/** What the user sees of a control: select2 hides the <select> behind its own box. */
export const shownElement = (el: Element): Element => (el.nextElementSibling?.classList.contains('select2') ? el.nextElementSibling : el);

/** A table's rows: each row's key and columns; a column missing in a row is reported with its row. */
function readTable(doc: Document, t: TableSpec, into: ReadResult) {
  const rows = [...doc.querySelectorAll(t.rows)];
  if (!rows.length) {
    into.missing.push(t.field);
    return;
  }
  into.values[t.field] = rows.map((row, i) => {
    const rec: Record<string, Scalar> = {};
    for (const f of [t.key, ...t.columns]) {
      const els = locate(doc, f, row);
      if (!els.length) {
        into.missing.push(`${t.field}[${i}].${f.field}`);
        continue;
      }
      rec[f.field] = readValue(els, f);
      into.elements[`${t.field}[${i}].${f.field}`] = shownElement(els[0]);
    }
    return rec;
  });
}

export function readForm(doc: Document, spec: PageSpec): ReadResult {
  const values: ReadResult['values'] = {};
  const elements: ReadResult['elements'] = {};
  const missing: string[] = [];
  for (const f of spec.fields) {
    const els = locate(doc, f);
    if (!els.length) {
      missing.push(f.field);
      continue;
    }
    values[f.field] = readValue(els, f);
    elements[f.field] = shownElement(els[0]);
  }
  const result = { values, elements, missing };
  for (const t of spec.tables) readTable(doc, t, result);
  // What the adapter says is always true of this page, unless the page shows otherwise.
  for (const [k, v] of Object.entries(spec.assume)) if (values[k] === undefined) values[k] = v;
  return result;
}
