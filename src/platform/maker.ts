/**
 * The adapter maker's logic (the panel's 制作适配器): a picked element becomes a field spec — found by
 * its label when the label finds it again, by a selector that finds only it otherwise — and the fields
 * chosen become an adapter for this origin and page. Pure DOM, no page scripts.
 */
import { AdapterV2, type Adapter, type FieldSpec, type PageKind } from './adapter-schema';
import { widgetOf } from './lexicon';
import { locate, readField } from './read-form';

const clean = (s: string | null | undefined) => (s ?? '').replace(/[\s*：:]/g, '');
const cssEscape = (s: string) => (typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(s) : s.replace(/[^\w-]/g, (c) => `\\${c}`));

/** A selector that finds this element (or, for radios and checkboxes, its group) and nothing else. */
export function selectorFor(doc: Document, el: Element): string {
  const group = el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox') && el.name;
  if (group) return `input[name="${group.replace(/"/g, '\\"')}"]`;
  if (el.id && doc.querySelectorAll(`#${cssEscape(el.id)}`).length === 1) return `#${cssEscape(el.id)}`;
  const name = el.getAttribute('name');
  const tag = el.tagName.toLowerCase();
  if (name && doc.querySelectorAll(`${tag}[name="${name.replace(/"/g, '\\"')}"]`).length === 1) return `${tag}[name="${name.replace(/"/g, '\\"')}"]`;
  // A path of child positions from the nearest ancestor with an id (or the body).
  const steps: string[] = [];
  let cur: Element | null = el;
  while (cur && cur !== doc.body && !(cur.id && cur !== el)) {
    const parent: Element | null = cur.parentElement;
    const i = parent ? [...parent.children].indexOf(cur) + 1 : 1;
    steps.unshift(`${cur.tagName.toLowerCase()}:nth-child(${i})`);
    cur = parent;
  }
  const root = cur && cur !== doc.body && cur.id ? `#${cssEscape(cur.id)}` : 'body';
  return `${root} > ${steps.join(' > ')}`;
}

/**
 * How a choice is read: its value, else its text, else its title (layui writes a radio's label there),
 * whichever gives a value the model accepts now ("2" is no scope, "跨部门" is).
 */
export function withSource(doc: Document, spec: FieldSpec): FieldSpec {
  if (spec.widget !== 'radio' && spec.widget !== 'select' && spec.widget !== 'select2') return spec;
  for (const from of [undefined, 'text', 'attr:title'] as const) {
    const s = { ...spec, ...(from ? { from } : {}) } as FieldSpec;
    const r = readField(doc, s).line;
    if (r.used !== undefined && !r.dropped) return s;
  }
  return spec;
}

/** The field spec for a picked element and the vocabulary path the user chose for it. */
export function specFor(doc: Document, el: Element, field: string): FieldSpec {
  return withSource(doc, locateSpec(doc, el, field));
}

function locateSpec(doc: Document, el: Element, field: string): FieldSpec {
  const widget = widgetOf(el);
  const selector = selectorFor(doc, el);
  const cell = el.closest('td, dd, .ipt-box, .layui-input-block');
  const labelCell = cell?.closest('td, dd') ?? cell;
  const label = clean(labelCell?.previousElementSibling?.textContent);
  const base: FieldSpec = { field, selector, widget } as FieldSpec;
  if (label && label.length <= 20) {
    // Keep the label only when it finds this element again (the platform's own wording is the sturdiest key).
    const withLabel = { ...base, label } as FieldSpec;
    // The value is read from the first control found (a group from all of them): it must be this element.
    const group = widget === 'radio' || widget === 'checkbox-group';
    const same = (f: FieldSpec) => {
      const els = locate(doc, { ...f, selector: undefined });
      return group ? els.includes(el) : els[0] === el;
    };
    if (same(withLabel)) return withLabel;
    const els = locate(doc, { ...withLabel, selector: undefined });
    const index = els.indexOf(el);
    if (index > 0 || (index === 0 && els.length > 1)) {
      const indexed = { ...withLabel, index } as FieldSpec;
      if (same(indexed)) return indexed;
    }
    if (widget === 'display' && labelCell && el === labelCell.nextElementSibling) return withLabel;
  }
  return base;
}

/** A regular expression matching this page's path (digits in the path kept general). */
export function urlPatternFor(href: string): string {
  const path = new URL(href).pathname;
  return path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The adapter for this origin and page: validated, so what is saved is what the extension reads. */
export function makeAdapter(href: string, kind: PageKind, fields: FieldSpec[], heading?: string) {
  const url = new URL(href);
  const host = url.hostname.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
  const draft: Adapter = {
    format: 2,
    id: `user-${host}`.slice(0, 60),
    name: `${url.host} 平台适配器`,
    origins: [url.origin],
    pages: [{ kind, url: urlPatternFor(href), ...(heading ? { heading } : {}), fields, tables: [], assume: {}, submit: [] }],
  };
  return AdapterV2.safeParse(draft);
}

/** Merge a new page into an adapter already made for this origin (same page pattern replaced). */
export function mergeAdapter(existing: Adapter | undefined, made: Adapter): Adapter {
  if (!existing) return made;
  const page = made.pages[0];
  return { ...existing, pages: [...existing.pages.filter((p) => p.url !== page.url || p.kind !== page.kind), page] };
}
