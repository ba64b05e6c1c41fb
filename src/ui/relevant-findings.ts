import type { Finding } from '../core/rules/types';
import { allRules } from '../core/rules/registry';
import type { PageKind, PageSpec } from '../platform/adapter-schema';
import { VOCAB } from '../platform/vocabulary';

const scopeOf = new Map(allRules.map((r) => [r.meta.id, r.meta.scope]));

/** The rules that read a field this page shows (the vocabulary names them per field). */
export function rulesOfPage(spec: Pick<PageSpec, 'fields' | 'tables'>): Set<string> {
  const paths = [...spec.fields.map((f) => f.field), ...spec.tables.flatMap((t) => [t.key.field, ...t.columns.map((c) => c.field)])];
  return new Set(paths.flatMap((p) => VOCAB.get(p)?.rules ?? []));
}

/**
 * The findings about what this page edits: the plan on the plan form, the task on the task form,
 * the strategy's rules on the strategy page (the model around them is only scaffolding). On the
 * result-entry and inspector-draw pages, the rules that read what the page shows (the date of the check,
 * the result, the inspectors per object and each object's inspectors): the others judge what these pages
 * never show, and would only say 数据不足.
 */
export function relevantFindings(kind: PageKind, findings: Finding[], spec?: Pick<PageSpec, 'fields' | 'tables'>): Finding[] {
  if ((kind === 'results' || kind === 'inspectors') && spec) {
    const read = rulesOfPage(spec);
    return findings.filter((f) => read.has(f.ruleId));
  }
  // The strategy's own rules, and plan rules judging what the strategy sets (an item's rate).
  if (kind === 'strategy') return findings.filter((f) => scopeOf.get(f.ruleId) === 'strategy' || f.fields.some((p) => p.startsWith('plans[0].tasks[0].strategy')));
  const prefix = kind === 'task' ? 'plans[0].tasks[0]' : 'plans[0]';
  return findings.filter((f) => f.subject.id === 'editing' || f.subject.kind === 'department' || f.fields.some((p) => p.startsWith(prefix)));
}
