import { z } from 'zod';
import { defineRule } from '../types';
import { eachPlan, fail, missing, pass, planInspectorIds, planSubject } from '../walk';

export default defineRule({
  meta: {
    id: 'plan.joint.max-inspectors',
    scope: 'plan',
    severity: 'warn',
    risk: [],
    citations: [{ file: 'shenzhen-2018.txt', section: '§二(三)3', quote: '联合抽查部门原则上不超过5个，检查人员不超过 10 人' }],
    docs: {
      zh: '跨部门联合抽查计划安排的检查人员总数不超过规定人数。',
      en: 'A joint plan assigns at most the set number of inspectors in total.',
    },
    messages: {
      tooMany: {
        zh: '联合抽查计划安排了 {count} 名检查人员，超过上限 {max} 人',
        en: 'The joint plan assigns {count} inspectors, more than the limit of {max}',
      },
    },
    params: z.strictObject({ max: z.number().int().min(1).max(500) }),
  },
  check({ dossier, params }) {
    return eachPlan(dossier)
      .filter(({ plan }) => plan.scope === 'joint')
      .map(({ plan, path }) => {
        const ids = planInspectorIds(plan);
        const where = plan.inspectorIds ? [`${path}.inspectorIds`] : [`${path}.tasks`];
        if (!ids.length) return missing(planSubject(plan), `${path}.inspectorIds`);
        return ids.length > params.max ? fail(planSubject(plan), 'tooMany', { count: ids.length, max: params.max }, where) : pass(planSubject(plan));
      });
  },
});
