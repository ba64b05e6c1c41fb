import { z } from 'zod';
import type { Participant } from '../../model';
import { defineRule, type Outcome, type Subject } from '../types';
import { eachPlan, eachTask, fail, isJointTask, missing, pass, planSubject, taskSubject } from '../walk';

function judge(participants: Participant[], subject: Subject, path: string): Outcome {
  if (!participants.length) return missing(subject, `${path}.participants`);
  const leads = participants.filter((p) => p.role === 'lead').length;
  if (leads === 0) return fail(subject, 'noLead', {}, [`${path}.participants`]);
  if (leads > 1) return fail(subject, 'manyLeads', { count: leads }, [`${path}.participants`]);
  return pass(subject);
}

export default defineRule({
  meta: {
    id: 'plan.joint.lead-department',
    scope: 'plan',
    severity: 'error',
    risk: [],
    citations: [{ file: 'shenzhen-2018.txt', section: '§二(三)3', quote: '提出联合抽查申请、发起联合抽查任务的部门为牵头部门' }],
    docs: {
      zh: '联合抽查计划和任务须确定唯一的牵头（发起）部门，其余为响应（参与）部门。',
      en: 'A joint plan or task names exactly one lead (initiating) department; all others are responding.',
    },
    messages: {
      noLead: { zh: '联合抽查未确定牵头部门', en: 'The joint check names no lead department' },
      manyLeads: { zh: '联合抽查有 {count} 个牵头部门，只能有一个', en: 'The joint check names {count} lead departments; there must be exactly one' },
    },
    params: z.strictObject({}),
  },
  check({ dossier }) {
    const plans = eachPlan(dossier)
      .filter(({ plan }) => plan.scope === 'joint')
      .map(({ plan, path }) => judge(plan.participants, planSubject(plan), path));
    // A joint task (said so, or inherited from a joint plan) names its own lead only when it lists
    // participants; otherwise the plan's lead holds and the plan's outcome covers it.
    const tasks = eachTask(dossier)
      .filter(({ plan, task }) => isJointTask(plan, task) && task.participants.length > 0)
      .map(({ task, path }) => judge(task.participants, taskSubject(task), path));
    return [...plans, ...tasks];
  },
});
