import rule from '../../src/core/rules/defs/plan.schedule.halves';
import { ruleTester } from './rule-tester';
import { basePlan } from '../fixtures/builders';

const task = (id: string, start: string, end: string) => ({ id, name: id, start, end });

ruleTester(rule, {
  valid: [
    { name: 'a plan spanning March–November', plan: basePlan() },
    { name: 'one task in each half', plan: basePlan({ tasks: [task('T1', '2026-03-01', '2026-05-31'), task('T2', '2026-09-01', '2026-10-31')] }) },
    { name: 'a task crossing 30 June', plan: basePlan({ tasks: [task('T1', '2026-06-15', '2026-07-15')] }) },
  ],
  invalid: [
    { name: 'all tasks in the second half', plan: basePlan({ tasks: [task('T1', '2026-07-01', '2026-08-31'), task('T2', '2026-09-01', '2026-11-30')] }), errors: [{ messageId: 'oneHalf', data: { halfEn: 'second half' }, fields: ['plans[0].tasks[0].start'] }] },
    { name: 'a plan ending 30 June', plan: basePlan({ start: '2026-01-05', end: '2026-06-30' }), errors: [{ messageId: 'oneHalf', data: { halfEn: 'first half' } }] },
  ],
  incomplete: [{ name: 'no dates', plan: basePlan({ start: undefined, end: undefined }), incomplete: [{ messageId: 'missing' }] }],
});
