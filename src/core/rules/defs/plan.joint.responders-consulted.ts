import { z } from 'zod';
import type { Participant } from '../../model';
import { defineRule, type Outcome } from '../types';
import { eachPlan, eachTask, fail, isJointTask, missing, pass } from '../walk';

/** Each responding department: consulted in writing, not consulted, or not recorded. */
function judge(participants: Participant[], path: string): Outcome[] {
  return participants.flatMap((p, i) => {
    if (p.role !== 'responding') return [];
    const subject = { kind: 'department' as const, id: p.departmentId, label: p.name };
    const field = `${path}.participants[${i}].consultedInWriting`;
    if (p.consultedInWriting === undefined) return [missing(subject, field)];
    return [p.consultedInWriting ? pass(subject) : fail(subject, 'notConsulted', { department: p.name ?? p.departmentId }, [field])];
  });
}

export default defineRule({
  meta: {
    id: 'plan.joint.responders-consulted',
    scope: 'plan',
    severity: 'error',
    risk: [],
    citations: [{ file: 'shenzhen-2018.txt', section: '§二(三)3', quote: '牵头部门应制定具体抽查计划（联合抽查部门原则上不超过5个，检查人员不超过10人)，拟定联合抽查的响应部门，并书面向各响应部门征求意见' }],
    docs: {
      zh: '牵头部门制定联合抽查计划、发起联合抽查任务前，应书面征求各响应部门意见。',
      en: 'The lead department consults each responding department in writing before the joint plan or task.',
    },
    messages: {
      notConsulted: {
        zh: '未书面征求响应部门「{department}」的意见',
        en: 'Responding department "{department}" was not consulted in writing',
      },
    },
    params: z.strictObject({}),
  },
  check({ dossier }) {
    const plans = eachPlan(dossier)
      .filter(({ plan }) => plan.scope === 'joint')
      .flatMap(({ plan, path }) => judge(plan.participants, path));
    // A joint task that lists its own departments is judged on them, as the other department rules do;
    // one listing none follows its plan, whose outcome covers it.
    const tasks = eachTask(dossier)
      .filter(({ plan, task }) => isJointTask(plan, task) && task.participants.length > 0)
      .flatMap(({ task, path }) => judge(task.participants, path));
    return [...plans, ...tasks];
  },
});
