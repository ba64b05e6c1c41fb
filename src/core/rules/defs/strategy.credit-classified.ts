import { z } from 'zod';
import { CREDIT_CLASSES } from '../../model';
import { defineRule } from '../types';
import { eachTask, fail, missing, pass, resolveItem, taskSubject } from '../walk';

export default defineRule({
  meta: {
    id: 'strategy.credit-classified',
    scope: 'strategy',
    severity: 'error',
    risk: [],
    citations: [{ file: 'changchun-chaoyang-2021.txt', section: '§三(六)4', quote: '所有涉及市场主体的任务，发起部门必须采取信用风险等级分类抽查' }],
    docs: {
      zh: '涉及市场主体的任务，须按信用风险等级（A/B/C/D）分类抽查，每类设定抽查比例。',
      en: 'A task on market entities samples by credit-risk class (A/B/C/D), with a rate per class.',
    },
    messages: {
      notClassified: {
        zh: '涉及市场主体的任务未按信用风险分类设定抽查比例（缺少 {missingClasses} 类）',
        en: 'The task on market entities sets no rate for credit-risk class(es) {missingClasses}',
      },
    },
    params: z.strictObject({}),
  },
  check({ dossier }) {
    return eachTask(dossier)
      .filter(({ task }) => task.strategy)
      .flatMap(({ task, path }) => {
        const s = taskSubject(task);
        const fromItems = task.items.map((i) => resolveItem(dossier, i).listed?.marketEntities);
        const market = task.strategy!.marketEntities ?? (fromItems.some((m) => m === true) ? true : fromItems.length && fromItems.every((m) => m === false) ? false : undefined);
        if (market === undefined) return [missing(s, `${path}.strategy.marketEntities`)];
        if (!market) return [];
        const rates = task.strategy!.creditClassRates ?? {};
        const absent = CREDIT_CLASSES.filter((c) => rates[c] === undefined);
        return [absent.length ? fail(s, 'notClassified', { missingClasses: absent.join('/') }, [`${path}.strategy.creditClassRates`]) : pass(s)];
      });
  },
});
