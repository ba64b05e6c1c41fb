import type { Finding } from '../core/rules/types';
import { allRules } from '../core/rules/registry';
import type { PageKind } from '../platform/adapter-schema';

const scopeOf = new Map(allRules.map((r) => [r.meta.id, r.meta.scope]));

/**
 * The findings about what this page edits: the plan on the plan form, the task on the task form,
 * the strategy's rules on the strategy page (the model around them is only scaffolding).
 */
export function relevantFindings(kind: PageKind, findings: Finding[]): Finding[] {
  // The strategy's own rules, and plan rules judging what the strategy sets (an item's rate).
  if (kind === 'strategy') return findings.filter((f) => scopeOf.get(f.ruleId) === 'strategy' || f.fields.some((p) => p.startsWith('plans[0].tasks[0].strategy')));
  const prefix = kind === 'task' ? 'plans[0].tasks[0]' : 'plans[0]';
  return findings.filter((f) => f.subject.id === 'editing' || f.subject.kind === 'department' || f.fields.some((p) => p.startsWith(prefix)));
}
