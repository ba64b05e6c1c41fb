import { z } from 'zod';
import { defineRule } from '../types';
import { eachTask, fail, missing, pass, taskParticipants } from '../walk';

const LIBS = [
  ['itemList', '随机抽查事项清单', 'item list'],
  ['objectRegistry', '检查对象名录库', 'object registry'],
  ['inspectorRegistry', '执法检查人员名录库', 'inspector registry'],
] as const;

export default defineRule({
  meta: {
    id: 'strategy.libraries-ready',
    scope: 'strategy',
    severity: 'error',
    risk: ['A-4'],
    citations: [
      { file: 'changchun-chaoyang-2021.txt', section: '§三(六)3', quote: '发起部门和参与部门要有符合双随机抽取条件的随机抽查事项清单和“两库”' },
      { file: 'changchun-chaoyang-2021.txt', section: '§三(六)1', quote: '参与部门要按照发起部门的要求及时添加检查人员库' },
    ],
    docs: {
      zh: '发起部门和各参与部门都要有符合抽取条件的随机抽查事项清单和“两库”（检查对象名录库、执法检查人员名录库）。',
      en: 'Every participating department has a matching item list and both registries (objects and inspectors).',
    },
    messages: {
      notReady: { zh: '部门「{department}」缺少：{libs}', en: 'Department "{department}" lacks: {libsEn}' },
    },
    params: z.strictObject({}),
  },
  check({ dossier }) {
    return eachTask(dossier)
      .filter(({ task }) => task.strategy)
      .flatMap(({ plan, task, path }) => {
        const ownList = task.participants.length > 0;
        return taskParticipants(plan, task).map((p, i) => {
          const s = { kind: 'department' as const, id: p.departmentId, label: p.name };
          const field = `${ownList ? path : `plans[${dossier.plans.indexOf(plan)}]`}.participants[${i}].ready`;
          const absent = LIBS.filter(([k]) => p.ready?.[k] === false);
          if (absent.length)
            return fail(s, 'notReady', { department: p.name ?? p.departmentId, libs: absent.map((l) => l[1]).join('、'), libsEn: absent.map((l) => l[2]).join(', ') }, [field]);
          return LIBS.every(([k]) => p.ready?.[k] === true) ? pass(s) : missing(s, field);
        });
      });
  },
});
