import rule from '../../src/core/rules/defs/plan.schedule.end-by';
import { ruleTester } from './rule-tester';
import { basePlan } from '../fixtures/builders';

ruleTester(rule, {
  valid: [
    { name: 'plan ends 30 Nov', plan: basePlan({ end: '2026-11-30' }) },
    { name: 'plan and task end before', plan: basePlan({ end: '2026-10-31', tasks: [{ id: 'T', name: '任务', end: '2026-11-30' }] }) },
    { name: 'a profile ending 12-15, plan ending 12-10', plan: basePlan({ end: '2026-12-10' }), params: { endBy: '12-15' } },
  ],
  invalid: [
    { name: 'plan ends 1 Dec', plan: basePlan({ end: '2026-12-01' }), errors: [{ messageId: 'lateEnd', fields: ['plans[0].end'], data: { end: '2026-12-01', endBy: '2026-11-30' } }] },
    { name: 'a task ends 5 Dec', plan: basePlan({ tasks: [{ id: 'T', name: '任务', end: '2026-12-05' }] }), errors: [{ messageId: 'lateEnd', fields: ['plans[0].tasks[0].end'] }] },
    { name: 'a 2026 plan running into 2027', plan: basePlan({ end: '2027-01-15' }), errors: [{ messageId: 'lateEnd' }] },
  ],
  incomplete: [{ name: 'no end date', plan: basePlan({ end: undefined }), incomplete: [{ messageId: 'missing', fields: ['plans[0].end'] }] }],
});
