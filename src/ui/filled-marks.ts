import type { TemplateFill } from './TemplateTools';
import { msg } from './i18n';

/** A field a template wrote: where it is on the page and what its mark says on hover. */
export interface FilledField {
  key: string;
  el: Element;
  text: string;
}

/** What a value looks like in a hover text (a list joined, nothing as —). */
const shown = (v: unknown, text?: string) => text ?? (v === undefined || v === '' || (Array.isArray(v) && !v.length) ? '—' : Array.isArray(v) ? v.join('、') : String(v));

/**
 * The fields a template's fill wrote, one mark each (由模板填入), until the page is saved or the fill undone:
 * the user sees what they did not type before they save it. A field the fill wrote through several controls
 * (a radio group) is marked at the first one shown.
 */
export function filledMarks(fill: TemplateFill): FilledField[] {
  return fill.result.filled.flatMap(({ step, els }) => {
    const el = els.find((e) => e.isConnected && (e as HTMLElement).offsetParent !== null) ?? els.find((e) => e.isConnected);
    if (!el) return [];
    return [{ key: step.target, el, text: msg('marks.filled', { template: fill.template, label: step.label, from: shown(step.from, step.fromText), to: shown(step.to, step.toText) }) }];
  });
}
