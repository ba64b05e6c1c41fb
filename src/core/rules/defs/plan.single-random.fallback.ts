import { z } from 'zod';
import { defineRule } from '../types';
import { eachPlan, fail, pass, planSubject } from '../walk';

export default defineRule({
  meta: {
    id: 'plan.single-random.fallback',
    scope: 'plan',
    severity: 'warn',
    risk: [],
    citations: [{ file: 'shenzhen-2018.txt', section: '§二(二)3', quote: '开展“双随机”抽查条件暂不具备的，可暂对检查对象或检查人员先进行单随机抽取' }],
    docs: {
      zh: '只随机抽取检查对象或只随机选派检查人员（单随机），仅可作为条件暂不具备时声明的临时过渡。',
      en: 'Single-random sampling (only objects or only inspectors drawn) is allowed only as a declared temporary fallback.',
    },
    messages: {
      undeclared: {
        zh: '计划采取单随机方式，但未声明为条件暂不具备时的临时过渡',
        en: 'The plan samples single-random without declaring it a temporary fallback',
      },
    },
    params: z.strictObject({}),
  },
  check({ dossier }) {
    return eachPlan(dossier).map(({ plan, path }) => {
      if (plan.randomMode === 'double') return pass(planSubject(plan));
      const f = plan.singleRandomFallback;
      return f?.declared && f.temporary ? pass(planSubject(plan)) : fail(planSubject(plan), 'undeclared', {}, [`${path}.singleRandomFallback`]);
    });
  },
});
