import { z } from 'zod';
import { MonthDay } from '../../model';
import { defineRule } from '../types';
import { eachPlan, fail, missing, pass, planSubject } from '../walk';

export default defineRule({
  meta: {
    id: 'plan.schedule.annual-due',
    scope: 'plan',
    severity: 'error',
    risk: [],
    citations: [
      { file: 'shenzhen-2018.txt', section: '§二(三)1', quote: '年度抽查计划应于每年4月底前编制完成' },
      { file: 'changchun-chaoyang-2021.txt', section: '§三(四)3', quote: '每年 4 月 1 日前' },
    ],
    docs: {
      zh: '年度抽查计划须在规定日期前编制完成并报送（深圳 4 月底，长春朝阳 4 月 1 日）。',
      en: 'The annual plan is completed and filed by a fixed day (end of April in Shenzhen, 1 April in Changchun Chaoyang).',
    },
    messages: {
      late: { zh: '年度抽查计划于 {filedOn} 编制完成，晚于 {dueBy}', en: 'The annual plan was filed on {filedOn}, after {dueBy}' },
    },
    params: z.strictObject({ dueBy: MonthDay }),
  },
  check({ dossier, params }) {
    return eachPlan(dossier)
      .filter(({ plan }) => plan.kind === 'annual')
      .map(({ plan, path }) => {
        const due = `${plan.year}-${params.dueBy}`;
        if (!plan.filedOn) return missing(planSubject(plan), `${path}.filedOn`);
        return plan.filedOn > due ? fail(planSubject(plan), 'late', { filedOn: plan.filedOn, dueBy: due }, [`${path}.filedOn`]) : pass(planSubject(plan));
      });
  },
});
