import rule from '../../src/core/rules/defs/plan.joint.max-departments';
import { ruleTester } from './rule-tester';
import { jointPlan } from '../fixtures/builders';

ruleTester(rule, {
  valid: [
    { name: 'exactly 5 departments', plan: jointPlan(5) },
    { name: '2 departments', plan: jointPlan(2) },
    { name: 'a profile allowing 6, with 6', plan: jointPlan(6), params: { max: 6 } },
  ],
  invalid: [
    { name: '6 departments', plan: jointPlan(6), errors: [{ messageId: 'tooMany', fields: ['plans[0].participants'], data: { count: 6, max: 5 } }] },
    { name: 'a department listed twice still counts once', plan: { ...jointPlan(7), participants: [...(jointPlan(7).participants ?? []), { departmentId: 'D1', role: 'responding' }] }, errors: [{ messageId: 'tooMany', data: { count: 7 } }] },
  ],
  inapplicable: [{ name: 'an own-department plan', plan: { ...jointPlan(6), scope: 'own' } }],
});
