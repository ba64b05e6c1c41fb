/**
 * An explorer example put on the sandbox: its plans (tasks kept beside them, as the store keeps
 * them), objects and inspectors as a state patch over the seed, and the platform page that shows it.
 * Parsed through the model first, so the store gets complete records (defaults filled in).
 */
import { Dossier, type DossierInput } from '../core/model';
import type { RuleScope } from '../core/rules/types';
import type { StatePatch } from './scenario-schema';

export function exampleToPatch(input: DossierInput, asOf?: string): StatePatch {
  const d = Dossier.parse(input);
  const plans = d.plans.map(({ tasks: _t, ...p }) => ({ ...p, tasks: [], status: '待执行', notice: '未公告', scopeText: '（示例）' }));
  const tasks = d.plans.flatMap((p) =>
    p.tasks.map((t) => ({
      ...t,
      planId: p.id,
      status: t.results.length ? '实施中' : t.draw?.objectIds.length ? '待设置任务计划' : '待抽取对象',
      publicise: true,
      description: '（示例）',
      draw: t.draw ? { ...t.draw } : undefined,
    })),
  );
  return { today: asOf ?? d.asOf, plans, tasks, objects: d.objects, inspectors: d.inspectors };
}

/** The page of the platform where the example's subject is seen. */
export function examplePath(scope: RuleScope, patch: StatePatch): string {
  const plan = patch.plans?.[0]?.id;
  const task = patch.tasks?.[0]?.id;
  if (scope === 'registry') return patch.inspectors?.length ? '/syn/sccheck/agentlib' : '/syn/sccheck/entlib';
  if (scope === 'result') return '/syn/sccheck/pubscentresult';
  if (scope === 'annual') return '/syn/sccheck/scplantask';
  if (scope === 'strategy' && task) return `/syn/pub/server/sccheck/entback/randompage?taskId=${encodeURIComponent(task)}`;
  if (plan) return `/syn/sccheck/pubscworkplan/edit?id=${encodeURIComponent(plan)}`;
  return '/syn/sccheck/pubscworkplan';
}
