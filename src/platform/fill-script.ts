/**
 * Writing to a platform form, Bitwarden-style: collect the fields, build a fill-script (field → value
 * steps, each with the value it replaces) that the user sees first, then replay it with the events
 * the page's widgets listen to. The reverse script (every step back to its old value) is the undo.
 */
import type { FieldSpec, PageSpec } from './adapter-schema';
import { locate, readValue, transform, type Scalar } from './read-form';
import { rowKey, tableKey } from './vocabulary';

export interface FillStep {
  /** The field as read-form names it: `strategy.creditClassRates.A`, `entries[1].target`. */
  target: string;
  /** What the user sees: the label, and the row for table cells. */
  label: string;
  widget: FieldSpec['widget'];
  from: Scalar;
  to: Scalar;
  /** The values as the page shows them (an option's or a radio's label), where it has labels. */
  fromText?: string;
  toText?: string;
}

export interface FillScript {
  steps: FillStep[];
  /** What the template holds that this page has no place for (never guessed). */
  unplaced: string[];
}

/** The spec and controls of a target, found again at replay (the page may have re-rendered). */
function find(doc: Document, spec: PageSpec, target: string): { f: FieldSpec; els: Element[] } | undefined {
  const m = target.match(/^(\w+)\[(\d+)\]\.(\w+)$/);
  if (!m) {
    const f = spec.fields.find((x) => x.field === target);
    return f && { f, els: locate(doc, f) };
  }
  const t = spec.tables.find((x) => tableKey(x) === m[1]);
  const row = t && doc.querySelectorAll(t.rows)[Number(m[2])];
  const f = t && [t.key, ...t.columns].find((c) => rowKey(c.field) === m[3]);
  return row && f ? { f, els: locate(doc, f, row) } : undefined;
}

const same = (a: Scalar, b: Scalar) => JSON.stringify(Array.isArray(a) ? [...a].sort() : (a ?? '')) === JSON.stringify(Array.isArray(b) ? [...b].sort() : (b ?? ''));

/** Steps for the wanted values (target → model value); only steps that change something are kept. */
export function buildFillScript(doc: Document, spec: PageSpec, wanted: Array<{ target: string; label: string; to: Scalar }>, unplaced: string[] = []): FillScript {
  const steps: FillStep[] = [];
  const missing = [...unplaced];
  for (const w of wanted) {
    const hit = find(doc, spec, w.target);
    if (!hit?.els.length) {
      missing.push(w.label);
      continue;
    }
    const from = readValue(hit.els, hit.f);
    if (!same(from, w.to)) steps.push({ target: w.target, label: w.label, widget: hit.f.widget, from, to: w.to, fromText: shownText(hit.els, hit.f, from), toText: shownText(hit.els, hit.f, w.to) });
  }
  return { steps, unplaced: missing };
}

/** The platform's value for a model value (true → "1"), through the adapter's value map. */
function platformValue(f: FieldSpec, v: Scalar): string {
  const key = f.map && Object.entries(f.map).find(([, mv]) => mv === v)?.[0];
  return key ?? (v === undefined ? '' : String(v));
}

/** A radio or option whose own value reads as the model value (patterns and words included: "num_7" → fixed). */
function reads(f: FieldSpec, platform: string, v: Scalar): boolean {
  if (platform === platformValue(f, v)) return true;
  const t = transform(platform, { ...f, from: undefined, pattern: undefined });
  return t.ok && t.value === v;
}

/** What the user sees for a value of a select or a radio group: its option's or radio's text. */
function shownText(els: Element[], f: FieldSpec, v: Scalar): string | undefined {
  if (v === undefined || Array.isArray(v)) return undefined;
  if (f.widget === 'select' || f.widget === 'select2') return [...(els[0] as HTMLSelectElement).options].find((o) => reads(f, o.value, v))?.text.trim() || undefined;
  if (f.widget === 'radio') {
    const el = (els as HTMLInputElement[]).find((e) => reads(f, e.value, v));
    // The platform writes a radio's label as the text right after it, or wraps it in a <label>.
    const text = el?.closest('label')?.textContent ?? el?.nextSibling?.textContent;
    return text?.trim() || undefined;
  }
  return undefined;
}

function fire(el: Element, ...types: string[]) {
  for (const type of types) el.dispatchEvent(new Event(type, { bubbles: true }));
}

/**
 * Why a step could not be written: a code with its values, never words (the panel says it in the user's
 * language through the catalogue, src/platform/fill-failure-text.ts; the audit log keeps the code).
 */
export type FillFailure = { code: 'not-found' } | { code: 'no-option'; values: string[] } | { code: 'read-only' };

/** Write one step as a user would: value, then the events jQuery widgets (select2, validate) listen to. */
function write(els: Element[], f: FieldSpec, v: Scalar): FillFailure | undefined {
  switch (f.widget) {
    case 'radio':
    case 'checkbox-group': {
      const wanted = Array.isArray(v) ? v : [v];
      const isOn = (el: HTMLInputElement) => wanted.some((x) => reads(f, el.value, x));
      for (const el of els as HTMLInputElement[]) {
        const on = isOn(el);
        // A click, as the user's: the page's own click handlers run, and checked follows.
        if (el.checked !== on && (f.widget === 'checkbox-group' || on)) el.click();
      }
      return (els as HTMLInputElement[]).some(isOn) || !wanted.length || wanted.every((x) => x === undefined || x === '') ? undefined : { code: 'no-option', values: wanted.map((x) => platformValue(f, x)) };
    }
    case 'select':
    case 'select2':
    case 'select2-multiple': {
      const sel = els[0] as HTMLSelectElement;
      const wanted = Array.isArray(v) ? v : v === undefined ? [] : [v];
      const absent = wanted.filter((x) => x !== '' && ![...sel.options].some((o) => reads(f, o.value, x)));
      if (absent.length) return { code: 'no-option', values: absent.map((x) => platformValue(f, x)) };
      for (const o of sel.options) o.selected = wanted.some((x) => reads(f, o.value, x));
      if (!sel.multiple && !wanted.length) sel.value = '';
      fire(sel, 'change');
      return undefined;
    }
    case 'display':
    case 'hidden':
      return { code: 'read-only' };
    default: {
      const el = els[0] as HTMLInputElement | HTMLTextAreaElement;
      el.value = v === undefined ? '' : String(v);
      fire(el, 'input', 'change', 'keyup', 'focusout');
      return undefined;
    }
  }
}

/** A control as it was before a step wrote it. */
interface Snapshot {
  el: Element;
  value: string;
  checked?: boolean;
  selected?: boolean[];
}

export interface ReplayResult {
  applied: FillStep[];
  failed: Array<{ step: FillStep; reason: FillFailure }>;
  /** The script that puts back what was there before. */
  undo: FillStep[];
  /**
   * Every control written, as it was before, in the order written. Undo restores these rather than
   * replaying values: a column chosen by a radio (固定/比例) writes one input or another depending on
   * the order, while the controls themselves are exactly what was there.
   */
  snapshots: Snapshot[];
  /** The controls each applied step wrote, for the marks beside the filled fields (由模板填入). */
  filled: Array<{ step: FillStep; els: Element[] }>;
}

function snapshot(el: Element): Snapshot {
  if (el instanceof HTMLSelectElement) return { el, value: el.value, selected: [...el.options].map((o) => o.selected) };
  if (el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox')) return { el, value: el.value, checked: el.checked };
  return { el, value: (el as HTMLInputElement).value ?? '' };
}

/** Replay a script in order; a step that cannot be written is reported with its reason. */
export function replayFillScript(doc: Document, spec: PageSpec, steps: FillStep[]): ReplayResult {
  const applied: FillStep[] = [];
  const failed: ReplayResult['failed'] = [];
  const snapshots: Snapshot[] = [];
  const filled: ReplayResult['filled'] = [];
  for (const step of steps) {
    const hit = find(doc, spec, step.target);
    if (!hit?.els.length) {
      failed.push({ step, reason: { code: 'not-found' } });
      continue;
    }
    const before = hit.els.map(snapshot);
    const reason = write(hit.els, hit.f, step.to);
    if (reason) failed.push({ step, reason });
    else {
      applied.push(step);
      snapshots.push(...before);
      filled.push({ step, els: hit.els });
    }
  }
  return { applied, failed, undo: [...applied].reverse().map((s) => ({ ...s, from: s.to, to: s.from })), snapshots, filled };
}

/** Undo a replay: every control written is put back as it was, last written first, with the events a user's change fires. */
export function restoreReplay(r: ReplayResult): number {
  for (const s of [...r.snapshots].reverse()) {
    if (!s.el.isConnected) continue;
    if (s.selected && s.el instanceof HTMLSelectElement) {
      [...s.el.options].forEach((o, i) => (o.selected = !!s.selected![i]));
      fire(s.el, 'change');
    } else if (s.checked !== undefined && s.el instanceof HTMLInputElement) {
      // A click, as the user's, so the page's own handlers run (a radio is put back by clicking it on).
      if (s.el.checked !== s.checked && (s.checked || s.el.type === 'checkbox')) s.el.click();
    } else if (s.el instanceof HTMLInputElement || s.el instanceof HTMLTextAreaElement) {
      s.el.value = s.value;
      fire(s.el, 'input', 'change', 'keyup', 'focusout');
    }
  }
  return r.applied.length;
}
