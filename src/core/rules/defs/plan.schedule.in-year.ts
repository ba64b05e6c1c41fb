import { z } from 'zod';
import { defineRule } from '../types';
import { eachPlan, fail, pass, planSubject } from '../walk';

export default defineRule({
  meta: {
    id: 'plan.schedule.in-year',
    scope: 'plan',
    severity: 'warn',
    risk: [],
    citations: [{ file: 'shenzhen-2018.txt', section: '§二(三)1', quote: '每年初编制年度抽查计划' }],
    docs: {
      zh: '年度抽查计划的期限（及各批次）应在计划年度之内。',
      en: 'An annual plan’s period (and its batches) lies within the plan year.',
    },
    messages: {
      outside: { zh: '计划期限 {start} 至 {end} 超出计划年度 {year} 年', en: 'The period {start} – {end} goes beyond the plan year {year}' },
    },
    params: z.strictObject({}),
  },
  check({ dossier }) {
    return eachPlan(dossier)
      .filter(({ plan }) => plan.kind === 'annual' && (plan.start || plan.end || plan.batches?.length))
      .map(({ plan, path }) => {
        const y = String(plan.year);
        const dates = [
          ...(plan.start ? [{ d: plan.start, f: `${path}.start` }] : []),
          ...(plan.end ? [{ d: plan.end, f: `${path}.end` }] : []),
          ...(plan.batches ?? []).map((d, i) => ({ d, f: `${path}.batches[${i}]` })),
        ];
        const out = dates.filter((x) => x.d.slice(0, 4) !== y);
        if (!out.length) return pass(planSubject(plan));
        return fail(planSubject(plan), 'outside', { start: plan.start ?? '?', end: plan.end ?? '?', year: plan.year }, out.map((x) => x.f));
      });
  },
});
