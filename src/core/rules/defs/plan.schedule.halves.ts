import { z } from 'zod';
import { defineRule } from '../types';
import { eachPlan, fail, missing, pass, planSubject } from '../walk';

export default defineRule({
  meta: {
    id: 'plan.schedule.halves',
    scope: 'plan',
    severity: 'info',
    risk: [],
    citations: [{ file: 'shenzhen-2018.txt', section: '§二(三)5', quote: '科学兼顾上半年、下半年的检查时间安排' }],
    docs: {
      zh: '抽查检查时间宜兼顾上半年和下半年。',
      en: 'Checks are spread over both halves of the year.',
    },
    messages: {
      oneHalf: {
        zh: '全部检查安排在{halfZh}，建议兼顾上半年、下半年',
        en: 'All checks fall in the {halfEn} of the year; spread them over both halves',
      },
    },
    params: z.strictObject({}),
  },
  check({ dossier }) {
    return eachPlan(dossier).map(({ plan, path }) => {
      // The periods when checks happen: the tasks', or the plan's own when it has no tasks yet.
      const periods = plan.tasks.length
        ? plan.tasks.map((t, j) => ({ start: t.start, end: t.end, field: `${path}.tasks[${j}]` }))
        : [{ start: plan.start, end: plan.end, field: path }];
      const known = periods.filter((p) => p.start && p.end);
      if (!known.length) return missing(planSubject(plan), `${periods[0].field}.start`);
      const midYear = `${plan.year}-06-30`;
      const firstHalf = known.some((p) => p.start! <= midYear);
      const secondHalf = known.some((p) => p.end! > midYear);
      if (firstHalf && secondHalf) return pass(planSubject(plan));
      const half = firstHalf ? { halfZh: '上半年', halfEn: 'first half' } : { halfZh: '下半年', halfEn: 'second half' };
      return fail(planSubject(plan), 'oneHalf', half, known.map((p) => `${p.field}.start`));
    });
  },
});
