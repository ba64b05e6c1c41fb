import { z } from 'zod';
import { defineRule } from '../types';
import { eachTask, fail, isJointTask, missing, pass, taskParticipants, taskSubject } from '../walk';

export default defineRule({
  meta: {
    id: 'strategy.initiator-only',
    scope: 'strategy',
    severity: 'error',
    risk: [],
    citations: [{ file: 'changchun-chaoyang-2021.txt', section: '§三(六)', quote: '只有发起部门可以添加策略，参与部门不能添加策略，否则任务无法生成' }],
    docs: {
      zh: '联合抽查任务只能由发起部门添加策略，参与部门不能添加。',
      en: 'In a joint task only the initiating department adds the strategy.',
    },
    messages: {
      notInitiator: {
        zh: '策略由参与部门「{department}」添加，只有发起部门「{lead}」可以添加策略',
        en: 'The strategy was added by participating department "{department}"; only the initiating department "{lead}" may add it',
      },
    },
    params: z.strictObject({}),
  },
  check({ dossier }) {
    return eachTask(dossier)
      .filter(({ plan, task }) => task.strategy && isJointTask(plan, task))
      .map(({ plan, task, path }) => {
        const s = taskSubject(task);
        const lead = taskParticipants(plan, task).find((p) => p.role === 'lead');
        if (!task.strategy!.addedBy) return missing(s, `${path}.strategy.addedBy`);
        if (!lead) return missing(s, `${path}.participants`);
        return task.strategy!.addedBy === lead.departmentId
          ? pass(s)
          : fail(s, 'notInitiator', { department: task.strategy!.addedBy, lead: lead.name ?? lead.departmentId }, [`${path}.strategy.addedBy`]);
      });
  },
});
