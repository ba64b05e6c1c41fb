import rule from '../../src/core/rules/defs/plan.joint.max-inspectors';
import { ruleTester } from './rule-tester';
import { jointPlan } from '../fixtures/builders';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `ZF-${i + 1}`);

ruleTester(rule, {
  valid: [
    { name: 'exactly 10 inspectors', plan: jointPlan(3, { inspectorIds: ids(10) }) },
    { name: 'inspectors counted once across plan and tasks', plan: jointPlan(3, { inspectorIds: ids(6), tasks: [{ id: 'T1', name: '任务', inspectorIds: ids(10) }] }) },
  ],
  invalid: [
    { name: '11 inspectors', plan: jointPlan(3, { inspectorIds: ids(11) }), errors: [{ messageId: 'tooMany', fields: ['plans[0].inspectorIds'], data: { count: 11, max: 10 } }] },
    {
      name: 'inspectors from the tasks’ draws add up',
      plan: jointPlan(3, { tasks: [{ id: 'T1', name: '任务', inspectorIds: ids(8), draw: { assignments: [{ objectId: 'O1', inspectorIds: ['X1', 'X2', 'X3'] }] } }] }),
      errors: [{ messageId: 'tooMany', data: { count: 11 } }],
    },
    { name: 'a profile allowing 8, with 9', plan: jointPlan(3, { inspectorIds: ids(9) }), params: { max: 8 }, errors: [{ messageId: 'tooMany' }] },
  ],
  incomplete: [{ name: 'no inspector known yet', plan: jointPlan(3), incomplete: [{ messageId: 'missing', fields: ['plans[0].inspectorIds'] }] }],
  inapplicable: [{ name: 'own-department plan', plan: jointPlan(1, { scope: 'own', inspectorIds: ids(20) }) }],
});
