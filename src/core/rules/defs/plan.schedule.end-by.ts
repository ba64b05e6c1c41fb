import { z } from 'zod';
import { MonthDay } from '../../model';
import { defineRule } from '../types';
import { eachPlan, fail, missing, pass, planSubject, taskSubject } from '../walk';

export default defineRule({
  meta: {
    id: 'plan.schedule.end-by',
    scope: 'plan',
    severity: 'error',
    risk: ['A-5'],
    citations: [
      { file: 'changchun-chaoyang-2021.txt', section: '§三(六)5', quote: '各项抽查任务要截止于 11 月 30 日前' },
      { file: 'changchun-chaoyang-2021.txt', section: '§三(四)1', quote: '各项抽查计划截止于 11 月 30 日前' },
      { file: 'shenzhen-2018.txt', section: '§二(三)5', quote: '在11月30日前完成抽查检查工作' },
    ],
    docs: {
      zh: '各项抽查计划和任务须在当年规定日期（默认 11 月 30 日）前截止。',
      en: 'Every plan and task ends on or before a fixed day of its year (30 November by default).',
    },
    messages: {
      lateEnd: { zh: '截止日期 {end} 晚于当年 {endBy}', en: 'Ends on {end}, after {endBy} of its year' },
    },
    params: z.strictObject({ endBy: MonthDay }),
  },
  check({ dossier, params }) {
    return eachPlan(dossier).flatMap(({ plan, path }) => {
      const limit = `${plan.year}-${params.endBy}`;
      const judge = (end: string | undefined, subject: ReturnType<typeof planSubject>, field: string) =>
        end === undefined ? missing(subject, field) : end > limit ? fail(subject, 'lateEnd', { end, endBy: limit }, [field]) : pass(subject);
      return [
        judge(plan.end, planSubject(plan), `${path}.end`),
        ...plan.tasks.map((t, j) => judge(t.end, taskSubject(t), `${path}.tasks[${j}].end`)),
      ];
    });
  },
});
