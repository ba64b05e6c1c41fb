import { loadProfile } from '../../../src/core/profiles';
import type { ResolvedProfile } from '../../../src/core/profiles/resolve';

/** The baseline profile with result.publish-deadline's check wrapped to count the results it is given. */
export function countingProfile(): { profile: ResolvedProfile; judged: number[] } {
  const base = loadProfile('baseline');
  const judged: number[] = [];
  const rules = base.rules.map((r) => {
    if (r.rule.meta.id !== 'result.publish-deadline') return r;
    const check: typeof r.rule.check = (ctx) => {
      judged.push(ctx.dossier.plans.reduce((n, p) => n + p.tasks.reduce((k, t) => k + t.results.length, 0), 0));
      return r.rule.check(ctx);
    };
    return { ...r, rule: { ...r.rule, check } };
  });
  return { profile: { ...base, rules }, judged };
}
