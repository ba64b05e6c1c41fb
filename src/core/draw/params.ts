import type { ResolvedProfile } from '../profiles/resolve';
import { DrawParams } from './schema';

/** The draw's parameters from a resolved profile: the same values the rules judge by. */
export function drawParamsFromProfile(profile: ResolvedProfile): DrawParams {
  const p = (id: string) => {
    const r = profile.rules.find((x) => x.rule.meta.id === id);
    if (!r) throw new Error(`profile ${profile.id} lacks rule ${id}`);
    return r.params as Record<string, never>;
  };
  return DrawParams.parse({
    minInspectorsPerObject: p('strategy.min-inspectors-per-object').min,
    maxJointInspectors: p('plan.joint.max-inspectors').max,
    maxChecksPerYear: p('strategy.entity-frequency').maxPerYear,
    specialIndustries: p('strategy.entity-frequency').specialIndustries,
    allowedKinds: p('strategy.inspector-in-registry').allowedKinds,
    highRatePercent: p('plan.rate.key-batch-order').highRatePercent,
  });
}
