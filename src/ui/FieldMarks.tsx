/**
 * Findings at the field, as Grammarly or LanguageTool mark text: a lasting mark beside each field in
 * breach (red for an error, amber for a warning), its message and clause on hover, drawn from the same
 * findings as the panel so the two never disagree. The marks live in the panel's closed shadow root
 * (position: fixed over the page), so the page's scripts can neither read nor move them; they follow
 * the field as the page scrolls or resizes, and go when the finding does.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Finding } from '../core/rules/types';
import { fieldsForPath } from '../platform/to-model';
import { citationLine } from '../i18n/cite';
import { msg, pick } from './i18n';
import type { FilledField } from './filled-marks';

export { filledMarks } from './filled-marks';

interface Mark {
  key: string;
  ruleIds: string[];
  severity: 'error' | 'warn';
  top: number;
  left: number;
  text: string;
}

/** What a user sees of a control: a select2 box stands for its hidden <select>, a hidden input for its cell. */
function shownBox(el: Element): DOMRect | undefined {
  for (const candidate of [el, el.nextElementSibling?.classList.contains('select2') ? el.nextElementSibling : null, el.closest('td, .layui-input-block, .form-group')]) {
    if (!candidate) continue;
    const r = candidate.getBoundingClientRect();
    if (r.width > 0 && r.height > 0) return r;
  }
  return undefined;
}

const MARK = 18;
const CONTROL = 'input, select, textarea, button, a[href], label, [role=button], [role=radio], [role=checkbox], [onclick], [contenteditable=true]';

type Box = { left: number; top: number; right: number; bottom: number };
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * The text beside a field: the text nodes of its row (a form table's row, a form item), each measured with a Range
 * over the node itself — never by hit-testing a point, which would find our own marks and make a mark flip between
 * two places as it is drawn. Text inside a select or a script has no box of its own.
 */
function textBoxes(field: Element): Box[] {
  const row = field.closest('tr, .layui-form-item, .form-group, li') ?? field.parentElement;
  const doc = field.ownerDocument;
  if (!row || typeof doc.createRange !== 'function') return [];
  const walker = doc.createTreeWalker(row, NodeFilter.SHOW_TEXT);
  const range = doc.createRange();
  const out: Box[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.textContent?.trim() || n.parentElement?.closest('select, option, script, style, textarea, template')) continue;
    range.selectNodeContents(n);
    for (const r of range.getClientRects?.() ?? []) if (r.width > 0 && r.height > 0) out.push(r);
  }
  return out;
}

/**
 * What a mark at (left, top) would lie over: words of the page (a radio's label, 定向 beside its radio) or a page
 * control other than its own field. Our own marks and panel are not the page (their host is skipped), so where a mark
 * goes never depends on where it was drawn before.
 */
function obstacle(left: number, top: number, field: Element, texts: Box[]): Box | undefined {
  const mark = { left, top, right: left + MARK, bottom: top + MARK };
  const word = texts.find((t) => overlaps(mark, t));
  if (word) return word;
  const doc = field.ownerDocument;
  if (typeof doc.elementsFromPoint !== 'function') return undefined; // no layout (jsdom): nothing to cover
  const points = [[left + MARK / 2, top + MARK / 2], [left + 1, top + 1], [left + MARK - 1, top + 1], [left + 1, top + MARK - 1], [left + MARK - 1, top + MARK - 1]];
  for (const [x, y] of points)
    for (const el of doc.elementsFromPoint(x, y)) {
      if (el.tagName.toLowerCase() === 'dra-panel') continue; // our own overlay host
      const control = el.closest(CONTROL);
      if (control && control !== field && !control.contains(field) && !field.contains(control)) return control.getBoundingClientRect();
      break; // only the topmost page element at this point matters
    }
  return undefined;
}

/**
 * Where a mark goes: right of the field, moving on past any words or control beside it (a radio's label and the
 * next choice: the mark lands after 不定向, not over 定向); else left of the field, else above its right end, else
 * over the field's own right end — never over another control, or the user could no longer click it (the 比例
 * radio right after a 固定 count box on Zhejiang's draw-library page), nor over the page's words.
 */
function placeMark(box: DOMRect, field: Element): { top: number; left: number } {
  const middle = box.top + box.height / 2 - MARK / 2;
  const texts = textBoxes(field);
  let left = box.right + 4;
  for (let step = 0; step < 16 && left + MARK <= innerWidth - 4; step++) {
    const o = obstacle(left, middle, field, texts);
    if (!o) return { top: middle, left };
    left = Math.max(left + 1, o.right + 4);
  }
  const others = [
    { top: middle, left: Math.max(0, box.left - MARK - 4) },
    { top: box.top - MARK - 2, left: Math.max(0, box.right - MARK) },
  ];
  for (const c of others) if (!obstacle(c.left, c.top, field, texts)) return c;
  return { top: middle, left: Math.max(box.left, box.right - MARK - 2) };
}

/** The marks for these findings: one per field, errors before warnings, every finding on it in its hover text. */
export function marksFor(findings: Finding[], elements: Record<string, Element>): Mark[] {
  const byField = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.status !== 'fail' || (f.severity !== 'error' && f.severity !== 'warn')) continue;
    const field = f.fields.flatMap(fieldsForPath).find((x) => elements[x]);
    if (field) byField.set(field, [...(byField.get(field) ?? []), f]);
  }
  const marks: Mark[] = [];
  for (const [field, list] of byField) {
    const box = shownBox(elements[field]);
    if (!box) continue;
    const severity = list.some((f) => f.severity === 'error') ? 'error' : 'warn';
    const text = list.map((f) => [`${msg(`findings.group.${f.severity as 'error'}`)}：${pick(f.message)}`, ...f.citations.slice(0, 1).map((c) => citationLine(c))].join('\n')).join('\n\n');
    marks.push({ key: field, ruleIds: list.map((f) => f.ruleId), severity, ...placeMark(box, elements[field]), text });
  }
  return marks;
}

/**
 * The marks of fields a template filled (由模板填入, blue, 模): beside the field, and beside its finding's mark when it
 * has one, so neither hides the other.
 */
function filledPlaces(filled: FilledField[], findingMarks: Mark[]): Array<FilledField & { top: number; left: number }> {
  return filled.flatMap((f) => {
    const box = shownBox(f.el);
    if (!box) return [];
    const at = placeMark(box, f.el);
    const taken = findingMarks.some((m) => Math.abs(m.top - at.top) < MARK && Math.abs(m.left - at.left) < MARK);
    return [{ ...f, top: at.top, left: taken ? Math.min(at.left + MARK + 2, innerWidth - MARK) : at.left }];
  });
}

export function FieldMarks({ findings, elements, filled = [], onOpen }: { findings: Finding[]; elements: Record<string, Element>; filled?: FilledField[]; onOpen: (field: string) => void }) {
  const [, setTick] = useState(0);
  // Follow the fields as the page scrolls (any scrolling box) or the window changes size.
  useEffect(() => {
    let frame = 0;
    const again = () => {
      if (!frame) frame = requestAnimationFrame(() => ((frame = 0), setTick((t) => t + 1)));
    };
    window.addEventListener('scroll', again, true);
    window.addEventListener('resize', again);
    return () => {
      window.removeEventListener('scroll', again, true);
      window.removeEventListener('resize', again);
      if (frame) cancelAnimationFrame(frame);
    };
  }, []);
  const all = marksFor(findings, elements);
  const marks = all.filter((m) => m.top > -18 && m.top < innerHeight);
  const fills = filledPlaces(filled, all).filter((m) => m.top > -18 && m.top < innerHeight);
  return (
    <div class="field-marks" aria-label={msg('marks.label')}>
      {marks.map((m) => (
        <button type="button" class={`field-mark field-mark-${m.severity}`} data-field={m.key} data-rules={m.ruleIds.join(' ')} title={m.text} aria-label={m.text} style={{ top: `${m.top}px`, left: `${m.left}px` }} onClick={(e) => e.isTrusted && onOpen(m.key)}>
          !
        </button>
      ))}
      {fills.map((m) => (
        <span class="field-mark field-mark-filled" data-field={m.key} title={m.text} aria-label={m.text} role="note" style={{ top: `${m.top}px`, left: `${m.left}px` }}>
          {msg('marks.filledShort')}
        </span>
      ))}
    </div>
  );
}
