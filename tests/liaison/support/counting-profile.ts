import { loadProfile } from '../../../src/core/profiles';
import type { ResolvedProfile } from '../../../src/core/profiles/resolve';

/**
 * The baseline profile with two checks wrapped to count what they are given: result.publish-deadline the results
 * (`judged`), result.unpublished-is-undone the tasks (`tasksJudged`).
 */
export function countingProfile(): { profile: ResolvedProfile; judged: number[]; tasksJudged: number[] } {
  const base = loadProfile('baseline');
  const judged: number[] = [];
  const tasksJudged: number[] = [];
  const counted: Record<string, [number[], (t: { results: unknown[] }) => number]> = {
    'result.publish-deadline': [judged, (t) => t.results.length],
    'result.unpublished-is-undone': [tasksJudged, () => 1],
  };
  const rules = base.rules.map((r) => {
    const c = counted[r.rule.meta.id];
    if (!c) return r;
    const check: typeof r.rule.check = (ctx) => {
      c[0].push(ctx.dossier.plans.reduce((n, p) => n + p.tasks.reduce((k, t) => k + c[1](t), 0), 0));
      return r.rule.check(ctx);
    };
    return { ...r, rule: { ...r.rule, check } };
  });
  return { profile: { ...base, rules }, judged, tasksJudged };
}
