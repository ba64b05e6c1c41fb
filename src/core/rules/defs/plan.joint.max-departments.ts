import { z } from 'zod';
import { defineRule } from '../types';
import type { Participant } from '../../model';
import type { Outcome, Subject } from '../types';
import { eachPlan, eachTask, fail, isJointTask, pass, planSubject, taskSubject } from '../walk';

function judge(participants: Participant[], max: number, subject: Subject, path: string): Outcome {
  const count = new Set(participants.map((p) => p.departmentId)).size;
  return count > max ? fail(subject, 'tooMany', { count, max }, [`${path}.participants`]) : pass(subject);
}

export default defineRule({
  meta: {
    id: 'plan.joint.max-departments',
    scope: 'plan',
    severity: 'warn',
    risk: [],
    citations: [{ file: 'shenzhen-2018.txt', section: '§二(三)3', quote: '联合抽查部门原则上不超过5个' }],
    docs: {
      zh: '跨部门联合抽查计划和任务的部门（牵头部门和响应部门合计）原则上不超过规定数量。',
      en: 'A joint plan or task has at most the set number of departments, lead and responding together (in principle).',
    },
    messages: {
      tooMany: {
        zh: '联合抽查有 {count} 个部门，超过原则上限 {max} 个；确需超出的，应书面说明理由',
        en: 'The joint check has {count} departments, more than the limit of {max} in principle; going beyond it needs a written reason',
      },
    },
    params: z.strictObject({ max: z.number().int().min(2).max(50) }),
  },
  check({ dossier, params }) {
    const plans = eachPlan(dossier)
      .filter(({ plan }) => plan.scope === 'joint')
      .map(({ plan, path }) => judge(plan.participants, params.max, planSubject(plan), path));
    // A joint task that lists its own departments is judged on them, as the platform's task pages hold them.
    const tasks = eachTask(dossier)
      .filter(({ plan, task }) => isJointTask(plan, task) && task.participants.length > 0)
      .map(({ task, path }) => judge(task.participants, params.max, taskSubject(task), path));
    return [...plans, ...tasks];
  },
});
