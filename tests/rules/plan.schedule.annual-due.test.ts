import rule from '../../src/core/rules/defs/plan.schedule.annual-due';
import { ruleTester } from './rule-tester';
import { basePlan } from '../fixtures/builders';

ruleTester(rule, {
  valid: [
    { name: 'filed on 30 April (Shenzhen: by end of April)', plan: basePlan({ filedOn: '2026-04-30' }) },
    { name: 'filed on 1 April under Changchun Chaoyang (04-01)', plan: basePlan({ filedOn: '2026-04-01' }), params: { dueBy: '04-01' } },
  ],
  invalid: [
    { name: 'filed 1 May', plan: basePlan({ filedOn: '2026-05-01' }), errors: [{ messageId: 'late', fields: ['plans[0].filedOn'], data: { dueBy: '2026-04-30' } }] },
    { name: 'filed 2 April under Changchun Chaoyang', plan: basePlan({ filedOn: '2026-04-02' }), params: { dueBy: '04-01' }, errors: [{ messageId: 'late' }] },
  ],
  incomplete: [{ name: 'filing date unknown', plan: basePlan({ filedOn: undefined }), incomplete: [{ messageId: 'missing', fields: ['plans[0].filedOn'] }] }],
  inapplicable: [{ name: 'a temporary plan', plan: basePlan({ kind: 'temporary', filedOn: '2026-09-01' }) }],
});
