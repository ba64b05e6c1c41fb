/**
 * Findings at the field, as Grammarly or LanguageTool mark text: a lasting mark beside each field in
 * breach (red for an error, amber for a warning), its message and clause on hover, drawn from the same
 * findings as the panel so the two never disagree. The marks live in the panel's closed shadow root
 * (position: fixed over the page), so the page's scripts can neither read nor move them; they follow
 * the field as the page scrolls or resizes, and go when the finding does.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Finding } from '../core/rules/types';
import { fieldForPath } from '../platform/to-model';
import { citationLine } from '../i18n/cite';
import { msg, pick } from './i18n';

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

/** The marks for these findings: one per field, errors before warnings, every finding on it in its hover text. */
export function marksFor(findings: Finding[], elements: Record<string, Element>): Mark[] {
  const byField = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.status !== 'fail' || (f.severity !== 'error' && f.severity !== 'warn')) continue;
    const field = f.fields.map(fieldForPath).find((x) => x && elements[x]);
    if (field) byField.set(field, [...(byField.get(field) ?? []), f]);
  }
  const marks: Mark[] = [];
  for (const [field, list] of byField) {
    const box = shownBox(elements[field]);
    if (!box) continue;
    const severity = list.some((f) => f.severity === 'error') ? 'error' : 'warn';
    const text = list.map((f) => [`${msg(`findings.group.${f.severity as 'error'}`)}：${pick(f.message)}`, ...f.citations.slice(0, 1).map((c) => citationLine(c))].join('\n')).join('\n\n');
    marks.push({ key: field, ruleIds: list.map((f) => f.ruleId), severity, top: box.top + box.height / 2 - 9, left: Math.min(box.right + 4, innerWidth - 22), text });
  }
  return marks;
}

export function FieldMarks({ findings, elements, onOpen }: { findings: Finding[]; elements: Record<string, Element>; onOpen: (field: string) => void }) {
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
  const marks = marksFor(findings, elements).filter((m) => m.top > -18 && m.top < innerHeight);
  return (
    <div class="field-marks" aria-label={msg('marks.label')}>
      {marks.map((m) => (
        <button type="button" class={`field-mark field-mark-${m.severity}`} data-field={m.key} data-rules={m.ruleIds.join(' ')} title={m.text} aria-label={m.text} style={{ top: `${m.top}px`, left: `${m.left}px` }} onClick={(e) => e.isTrusted && onOpen(m.key)}>
          !
        </button>
      ))}
    </div>
  );
}
