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
      // The periods when checks happen: the tasks' dates, or the plan's own when no task has any yet.
      // A period with one date known still tells which half it touches.
      const taskPeriods = plan.tasks
        .map((t, j) => ({ start: t.start, end: t.end, field: `${path}.tasks[${j}]` }))
        .filter((p) => p.start || p.end);
      const periods = taskPeriods.length ? taskPeriods : [{ start: plan.start, end: plan.end, field: path }].filter((p) => p.start || p.end);
      // A period wholly outside the plan year (2023年3月至11月 in a 2024 plan) says nothing of this year's
      // halves; plan.schedule.in-year reports it.
      const inYear = (p: { start?: string; end?: string }) => (p.end ?? p.start)! >= `${plan.year}-01-01` && (p.start ?? p.end)! <= `${plan.year}-12-31`;
      if (periods.length && !periods.some(inYear)) return missing(planSubject(plan), `${periods[0].field}.${periods[0].start ? 'start' : 'end'}`);
      if (!periods.length) return missing(planSubject(plan), plan.tasks.length ? `${path}.tasks[0].start` : `${path}.start`);
      // A period known only by its end (10月底, batches due by a date) may have begun in either half.
      const noStart = periods.find((p) => !p.start && p.end! > `${plan.year}-06-30`);
      if (noStart && !periods.some((p) => (p.start ?? p.end)! <= `${plan.year}-06-30`)) return missing(planSubject(plan), `${noStart.field}.start`);
      // A period known only by its start (实施日期 2016.2.1) may run on into the second half.
      const noEnd = periods.find((p) => !p.end && p.start! <= `${plan.year}-06-30`);
      if (noEnd && !periods.some((p) => (p.end ?? p.start)! > `${plan.year}-06-30`)) return missing(planSubject(plan), `${noEnd.field}.end`);
      // A period running into the next year (10月-次年3月) spans a season across both halves.
      if (periods.some((p) => p.end && p.end > `${plan.year}-12-31` && (p.start ?? p.end) <= `${plan.year}-12-31`)) return pass(planSubject(plan));
      const midYear = `${plan.year}-06-30`;
      const firstHalf = periods.some((p) => (p.start ?? p.end)! <= midYear);
      const secondHalf = periods.some((p) => (p.end ?? p.start)! > midYear);
      if (firstHalf && secondHalf) return pass(planSubject(plan));
      const half = firstHalf ? { half: 'H1', halfZh: '上半年', halfEn: 'first half' } : { half: 'H2', halfZh: '下半年', halfEn: 'second half' };
      return fail(planSubject(plan), 'oneHalf', half, periods.map((p) => `${p.field}.${p.start ? 'start' : 'end'}`));
    });
  },
});
