import { z } from 'zod';
import { defineRule } from '../types';
import { eachTask, fail, missing, pass, taskSubject } from '../walk';

export default defineRule({
  meta: {
    id: 'result.unpublished-is-undone',
    scope: 'result',
    severity: 'error',
    risk: ['A-9'],
    citations: [{ file: 'shenzhen-2018.txt', section: '§二(三)4', quote: '已实施检查但未进行公示的，视为未完成抽查检查' }],
    docs: {
      zh: '已实施检查但未公示的，视为未完成抽查检查。',
      en: 'A check done but not published counts as not completed.',
    },
    messages: {
      undone: {
        zh: '任务已于 {end} 结束，{count} 户已检查但未公示，视为未完成抽查检查',
        en: 'The task ended on {end}; {count} checks done but not published count as not completed',
      },
    },
    params: z.strictObject({}),
    perTask: true,
  },
  check({ dossier, asOf }) {
    return eachTask(dossier)
      .filter(({ task }) => task.results.some((r) => r.checkedOn))
      .map(({ task, path }) => {
        const s = taskSubject(task);
        const unpublished = task.results.filter((r) => r.checkedOn && !r.publishedOn);
        if (!unpublished.length) return pass(s);
        if (!task.end) return missing(s, `${path}.end`);
        if (task.end >= asOf) return pass(s);
        const fields = task.results.flatMap((r, k) => (r.checkedOn && !r.publishedOn ? [`${path}.results[${k}].publishedOn`] : []));
        return fail(s, 'undone', { end: task.end, count: unpublished.length }, fields);
      });
  },
});
