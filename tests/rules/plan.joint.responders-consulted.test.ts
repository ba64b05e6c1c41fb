import rule from '../../src/core/rules/defs/plan.joint.responders-consulted';
import { ruleTester } from './rule-tester';
import { basePlan, jointPlan } from '../fixtures/builders';
import { task } from '../fixtures/plan-builders';

const withConsulted = (values: Array<boolean | undefined>) =>
  jointPlan(values.length + 1, {
    participants: [{ departmentId: 'L', role: 'lead' }, ...values.map((v, i) => ({ departmentId: `R${i}`, name: `响应部门${i}`, role: 'responding' as const, consultedInWriting: v }))],
  });
/** A task's own departments: a lead, then responders consulted (true/false) or not recorded (undefined). */
const taskDepartments = (values: Array<boolean | undefined>) => [
  { departmentId: 'TL', name: '任务牵头部门', role: 'lead' as const },
  ...values.map((v, i) => ({ departmentId: `TR${i}`, name: `任务响应部门${i}`, role: 'responding' as const, consultedInWriting: v })),
];

ruleTester(rule, {
  valid: [
    { name: 'every responder consulted in writing', plan: withConsulted([true, true]) },
    { name: 'a joint task whose responders were all consulted', plan: jointPlan(2, { tasks: [{ id: 'T1', name: '任务', scope: 'joint', participants: taskDepartments([true, true]) }] }) },
    { name: 'a task of a joint plan listing no departments follows the plan', plan: jointPlan(3, { tasks: [task('T1')] }) },
  ],
  invalid: [
    { name: 'one responder not consulted', plan: withConsulted([true, false]), errors: [{ messageId: 'notConsulted', fields: ['plans[0].participants[2].consultedInWriting'], data: { department: '响应部门1' } }] },
    { name: 'two not consulted', plan: withConsulted([false, false]), errors: [{ messageId: 'notConsulted' }, { messageId: 'notConsulted' }] },
    {
      name: 'a joint task with a responder not consulted (the plan’s were)',
      plan: jointPlan(2, { tasks: [{ id: 'T1', name: '任务', scope: 'joint', participants: taskDepartments([true, false]) }] }),
      errors: [{ messageId: 'notConsulted', fields: ['plans[0].tasks[0].participants[2].consultedInWriting'], data: { department: '任务响应部门1' } }],
    },
    {
      name: 'a task of a joint plan (scope inherited) with its own responder not consulted',
      plan: jointPlan(2, { tasks: [task('T1', { participants: taskDepartments([false]) })] }),
      errors: [{ messageId: 'notConsulted', fields: ['plans[0].tasks[0].participants[1].consultedInWriting'] }],
    },
  ],
  incomplete: [
    { name: 'consultation not recorded', plan: withConsulted([true, undefined]), incomplete: [{ messageId: 'missing', fields: ['plans[0].participants[2].consultedInWriting'] }] },
    {
      name: 'a joint task whose consultation is not recorded',
      plan: jointPlan(2, { tasks: [{ id: 'T1', name: '任务', scope: 'joint', participants: taskDepartments([undefined]) }] }),
      incomplete: [{ messageId: 'missing', fields: ['plans[0].tasks[0].participants[1].consultedInWriting'] }],
    },
  ],
  inapplicable: [
    { name: 'own-department plan', plan: basePlan() },
    { name: 'an own-department task of an own plan, even with a responder not consulted', plan: basePlan({ tasks: [task('T1', { participants: taskDepartments([false]) })] }) },
  ],
});
