import { z } from 'zod';
import { MonthDay } from '../../model';
import { defineRule, type Outcome } from '../types';
import { fail, missing, pass, taskSubject } from '../walk';
import { yearTasks } from '../year';

export default defineRule({
  meta: {
    id: 'annual.plan-complete',
    scope: 'annual',
    severity: 'error',
    risk: ['A-5'],
    citations: [
      { file: 'shenzhen-2018.txt', section: '§二(三)1', quote: '不得随意增加或减少检查次数' },
      { file: 'shenzhen-2018.txt', section: '§二(三)5', quote: '在11月30日前完成抽查检查工作' },
    ],
    docs: {
      zh: '年度计划内的每项检查须在截止日前完成并公示；不得在计划外随意增加或减少检查。',
      en: 'Every planned check is done and published by the end-by day; no check is added or dropped outside the plan.',
    },
    messages: {
      addedOutsidePlan: { zh: '任务「{task}」在年度计划之外增加', en: 'Task "{task}" was added outside the annual plan' },
      notCompleted: {
        zh: '任务「{task}」计划检查 {planned} 户，截至 {endBy} 完成并公示 {done} 户',
        en: 'Task "{task}" planned {planned} checks; {done} were done and published by {endBy}',
      },
    },
    params: z.strictObject({ endBy: MonthDay }),
  },
  check({ dossier, params, asOf }) {
    const endBy = `${dossier.year}-${params.endBy}`;
    const out: Outcome[] = [];
    for (const { plan, task, path } of yearTasks(dossier)) {
      if (plan.kind !== 'annual') continue;
      const s = taskSubject(task);
      if (task.outsidePlan) {
        out.push(fail(s, 'addedOutsidePlan', { task: task.name }, [`${path}.outsidePlan`]));
        continue;
      }
      if (asOf <= endBy) {
        out.push(pass(s)); // not yet due
        continue;
      }
      if (task.plannedChecks === undefined) {
        out.push(missing(s, `${path}.plannedChecks`));
        continue;
      }
      // A check done but unpublished is not done (shenzhen-2018 §二(三)4).
      const done = task.results.filter((r) => r.checkedOn && r.publishedOn && r.publishedOn <= endBy).length;
      out.push(
        done >= task.plannedChecks
          ? pass(s)
          : fail(s, 'notCompleted', { task: task.name, planned: task.plannedChecks, done, endBy }, [`${path}.results`]),
      );
    }
    return out;
  },
});
