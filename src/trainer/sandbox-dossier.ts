/**
 * The sandbox's store as the rules' dossier: every plan with its tasks (the store keeps tasks beside
 * plans, by planId), the item list, both registries and the departments, judged as of the sandbox's
 * "today". The year is set so the annual rules (a department's joint checks...) run too.
 */
import type { DossierInput, PlanInput } from '../core/model';
import type { SandboxData } from '../sandbox/store-types';

export function sandboxDossier(data: SandboxData, year = Number(data.today.slice(0, 4))): DossierInput {
  const plans: PlanInput[] = data.plans.map((p) => {
    const { status: _s, notice: _n, scopeText: _t, ...plan } = p;
    const tasks = data.tasks
      .filter((t) => t.planId === p.id)
      .map(({ planId: _p, status: _st, publicise: _pu, description: _d, results, ...t }) => ({
        ...t,
        results: results.map(({ state: _state, measures: _m, ...r }) => r),
      }));
    return { ...plan, tasks } as PlanInput;
  });
  return {
    year,
    asOf: data.today,
    departments: data.departments,
    itemList: data.items,
    objects: data.objects,
    inspectors: data.inspectors,
    plans,
  };
}
