import rule from '../../src/core/rules/defs/plan.joint.lead-department';
import { ruleTester } from './rule-tester';
import { basePlan, jointPlan } from '../fixtures/builders';
import { task } from '../fixtures/plan-builders';

const responding = (id: string) => ({ departmentId: id, role: 'responding' as const });

ruleTester(rule, {
  valid: [
    { name: 'one lead and responding departments', plan: jointPlan(4) },
    { name: 'Chinese role labels', plan: jointPlan(2, { participants: [{ departmentId: 'A', role: '牵头部门' }, { departmentId: 'B', role: '响应部门' }] }) },
    { name: 'a joint task with its own single lead', plan: jointPlan(2, { tasks: [{ id: 'T1', name: '任务', scope: 'joint', participants: [{ departmentId: 'D2', role: 'lead' }, responding('D1')] }] }) },
    { name: 'a task of a joint plan listing no departments follows the plan’s lead', plan: jointPlan(3, { tasks: [task('T1')] }) },
  ],
  invalid: [
    { name: 'no lead', plan: jointPlan(2, { participants: [responding('A'), responding('B')] }), errors: [{ messageId: 'noLead', fields: ['plans[0].participants'] }] },
    { name: 'two leads', plan: jointPlan(3, { participants: [{ departmentId: 'A', role: 'lead' }, { departmentId: 'B', role: 'lead' }, responding('C')] }), errors: [{ messageId: 'manyLeads', data: { count: 2 } }] },
    {
      name: 'a joint task without a lead',
      plan: jointPlan(2, { tasks: [{ id: 'T1', name: '任务', scope: 'joint', participants: [responding('D1'), responding('D2')] }] }),
      errors: [{ messageId: 'noLead', fields: ['plans[0].tasks[0].participants'] }],
    },
    {
      name: 'a task of a joint plan (scope inherited) with two leads of its own',
      plan: jointPlan(2, { tasks: [task('T1', { participants: [{ departmentId: 'D1', role: 'lead' }, { departmentId: 'D2', role: 'lead' }] })] }),
      errors: [{ messageId: 'manyLeads', fields: ['plans[0].tasks[0].participants'], data: { count: 2 } }],
    },
  ],
  incomplete: [{ name: 'a joint plan listing no departments', plan: jointPlan(2, { participants: [] }), incomplete: [{ messageId: 'missing', fields: ['plans[0].participants'] }] }],
  inapplicable: [
    { name: 'own-department plan', plan: basePlan() },
    { name: 'an own-department task of an own plan, even with no lead', plan: basePlan({ tasks: [task('T1', { participants: [responding('D1')] })] }) },
  ],
});
