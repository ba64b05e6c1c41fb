import { z } from 'zod';
import { defineRule } from '../types';
import { eachPlan, fail, pass, planSubject } from '../walk';

export default defineRule({
  meta: {
    id: 'plan.joint.max-departments',
    scope: 'plan',
    severity: 'warn',
    risk: [],
    citations: [{ file: 'shenzhen-2018.txt', section: '§二(三)3', quote: '联合抽查部门原则上不超过5个' }],
    docs: {
      zh: '跨部门联合抽查计划的部门（牵头部门和响应部门合计）原则上不超过规定数量。',
      en: 'A joint plan has at most the set number of departments, lead and responding together (in principle).',
    },
    messages: {
      tooMany: {
        zh: '联合抽查计划有 {count} 个部门，超过原则上限 {max} 个；确需超出的，应书面说明理由',
        en: 'The joint plan has {count} departments, more than the limit of {max} in principle; going beyond it needs a written reason',
      },
    },
    params: z.strictObject({ max: z.number().int().min(2).max(50) }),
  },
  check({ dossier, params }) {
    return eachPlan(dossier)
      .filter(({ plan }) => plan.scope === 'joint')
      .map(({ plan, path }) => {
        const count = new Set(plan.participants.map((p) => p.departmentId)).size;
        return count > params.max
          ? fail(planSubject(plan), 'tooMany', { count, max: params.max }, [`${path}.participants`])
          : pass(planSubject(plan));
      });
  },
});
