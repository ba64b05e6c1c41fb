import { z } from 'zod';
import { defineRule, type Outcome } from '../types';
import { eachTask, fail, missing, pass, taskSubject } from '../walk';

export default defineRule({
  meta: {
    id: 'strategy.registry-coverage',
    scope: 'strategy',
    severity: 'error',
    risk: ['A-6'],
    citations: [{ file: 'changchun-chaoyang-2021.txt', section: '§三(五)', quote: '检查对象名录库应涵盖全部被监管对象，不得增减监管对象，避免出现监管真空' }],
    docs: {
      zh: '检查对象名录库应涵盖该事项的全部被监管对象，不得增减监管对象。',
      en: 'The object registry covers every regulated object of the item, none added or removed.',
    },
    messages: {
      objectsAdded: { zh: '抽取库中增加了 {n} 户非监管对象', en: '{n} objects outside the regulated population were added to the library' },
      objectsRemoved: { zh: '抽取库中减少了 {n} 户监管对象', en: '{n} regulated objects were removed from the library' },
      notCovered: {
        zh: '抽取库 {library} 户，少于被监管对象 {regulated} 户，有 {gap} 户未纳入',
        en: 'The library holds {library} objects, fewer than the {regulated} regulated; {gap} are left out',
      },
    },
    params: z.strictObject({}),
  },
  check({ dossier }) {
    const out: Outcome[] = [];
    for (const { task, path } of eachTask(dossier)) {
      if (!task.strategy) continue;
      const s = taskSubject(task);
      const c = task.strategy.coverage;
      const field = `${path}.strategy.coverage`;
      if (!c) {
        out.push(missing(s, field));
        continue;
      }
      const before = out.length;
      if (c.added) out.push(fail(s, 'objectsAdded', { n: c.added }, [`${field}.added`]));
      if (c.removed) out.push(fail(s, 'objectsRemoved', { n: c.removed }, [`${field}.removed`]));
      if (c.libraryObjects !== undefined && c.regulatedObjects !== undefined && c.libraryObjects < c.regulatedObjects)
        out.push(fail(s, 'notCovered', { library: c.libraryObjects, regulated: c.regulatedObjects, gap: c.regulatedObjects - c.libraryObjects }, [`${field}.libraryObjects`]));
      if (out.length === before)
        out.push(c.libraryObjects === undefined || c.regulatedObjects === undefined ? missing(s, `${field}.regulatedObjects`) : pass(s));
    }
    return out;
  },
});
