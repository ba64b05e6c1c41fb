import rule from '../../src/core/rules/defs/plan.schedule.in-year';
import { ruleTester } from './rule-tester';
import { basePlan } from '../fixtures/builders';

ruleTester(rule, {
  valid: [
    { name: 'March to November of the plan year', plan: basePlan() },
    { name: '2026年1月1日 -2026年12月31日 in a 2026 plan (in the year; end-by judges December)', plan: basePlan({ start: '2026-01-01', end: '2026-12-31' }) },
    { name: 'batches due 20 July and 15 October of the year', plan: basePlan({ start: undefined, end: '2026-10-15', batches: ['2026-07-20', '2026-10-15'] }) },
  ],
  inapplicable: [{ name: 'a temporary plan is not held to the year', plan: basePlan({ kind: 'temporary', start: '2026-12-01', end: '2027-01-31' }) }],
  invalid: [
    { name: '10月-次年3月: ends in the next year', plan: basePlan({ start: '2026-10-01', end: '2027-03-31' }), errors: [{ messageId: 'outside', fields: ['plans[0].end'], data: { year: 2026 } }] },
    { name: 'a 2026 plan whose period is in 2025 (a copied row)', plan: basePlan({ start: '2025-03-01', end: '2025-11-30' }), errors: [{ messageId: 'outside', fields: ['plans[0].start', 'plans[0].end'] }] },
    { name: 'a batch due in the next year', plan: basePlan({ start: undefined, end: undefined, batches: ['2026-07-20', '2027-01-15'] }), errors: [{ messageId: 'outside', fields: ['plans[0].batches[1]'] }] },
  ],
});
