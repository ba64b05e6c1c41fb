import rule from '../../src/core/rules/defs/plan.joint.max-departments';
import { ruleTester } from './rule-tester';
import { jointPlan } from '../fixtures/builders';
import { task } from '../fixtures/plan-builders';

const depts = (n: number) => Array.from({ length: n }, (_, i) => ({ departmentId: `T${i}`, role: i === 0 ? ('lead' as const) : ('responding' as const) }));

ruleTester(rule, {
  valid: [
    { name: 'exactly 5 departments', plan: jointPlan(5) },
    { name: '2 departments', plan: jointPlan(2) },
    { name: 'a profile allowing 6, with 6', plan: jointPlan(6), params: { max: 6 } },
    { name: 'a joint task with 5 departments', plan: { ...jointPlan(2), tasks: [task('T', { scope: 'joint', participants: depts(5) })] } },
  ],
  invalid: [
    { name: '6 departments', plan: jointPlan(6), errors: [{ messageId: 'tooMany', fields: ['plans[0].participants'], data: { count: 6, max: 5 } }] },
    {
      name: 'a joint task with 6 departments (the plan has 2)',
      plan: { ...jointPlan(2), tasks: [task('T', { scope: 'joint', participants: depts(6) })] },
      errors: [{ messageId: 'tooMany', fields: ['plans[0].tasks[0].participants'], data: { count: 6, max: 5 } }],
    },
    {
      name: 'a task inheriting joint from its plan, with 6 departments',
      plan: { ...jointPlan(2), tasks: [task('T', { participants: depts(6) })] },
      errors: [{ messageId: 'tooMany', fields: ['plans[0].tasks[0].participants'], data: { count: 6 } }],
    },
    { name: 'a department listed twice still counts once', plan: { ...jointPlan(7), participants: [...(jointPlan(7).participants ?? []), { departmentId: 'D1', role: 'responding' }] }, errors: [{ messageId: 'tooMany', data: { count: 7 } }] },
  ],
  inapplicable: [
    { name: 'an own-department plan', plan: { ...jointPlan(6), scope: 'own' } },
    { name: 'an own-department task of an own plan, with 6 listed', plan: { ...jointPlan(2), scope: 'own', tasks: [task('T', { scope: 'own', participants: depts(6) })] } },
  ],
});
