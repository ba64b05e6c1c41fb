/**
 * Reading a platform form in the page (DOM only, no page scripts): each field is found by its label
 * text first, then by its selector, and read as its widget shows it. Fields not found are reported,
 * never guessed.
 */
import type { FieldSpec, PageSpec } from './adapter-schema';

export type FieldValue = string | string[] | boolean | number | undefined;

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

function locate(doc: Document, f: FieldSpec): Element[] {
  if (f.label) {
    const cell = cellForLabel(doc, f.label);
    const found = cell ? controls(cell, f.widget) : [];
    if (found.length) return f.index !== undefined ? found.slice(f.index, f.index + 1) : found;
  }
  if (f.selector) return [...doc.querySelectorAll(f.selector)];
  return [];
}

function readValue(els: Element[], f: FieldSpec): FieldValue {
  const map = (v: string) => (f.values && v in f.values ? f.values[v] : v);
  if (f.widget === 'radio') {
    const checked = (els as HTMLInputElement[]).find((e) => e.checked);
    return checked ? (map(checked.value) as FieldValue) : undefined;
  }
  if (f.widget === 'checkbox-group') return (els as HTMLInputElement[]).filter((e) => e.checked).map((e) => e.value);
  if (f.widget === 'display') {
    const text = els[0].textContent?.trim() ?? '';
    return text === '' ? undefined : (map(text) as FieldValue);
  }
  const el = els[0] as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  if (f.widget === 'select2-multiple') return [...(el as HTMLSelectElement).selectedOptions].map((o) => o.value);
  const v = el.value.trim();
  return v === '' ? undefined : (map(v) as FieldValue);
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
    // select2 hides the <select>: focus and highlight what the user sees.
    const shown = els[0].nextElementSibling?.classList.contains('select2') ? els[0].nextElementSibling : els[0];
    elements[f.field] = shown!;
  }
  return { values, elements, missing };
}
