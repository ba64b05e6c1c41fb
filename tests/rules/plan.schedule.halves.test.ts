import rule from '../../src/core/rules/defs/plan.schedule.halves';
import { ruleTester } from './rule-tester';
import { basePlan } from '../fixtures/builders';

const task = (id: string, start: string, end: string) => ({ id, name: id, start, end });

ruleTester(rule, {
  valid: [
    { name: 'a plan spanning March–November', plan: basePlan() },
    { name: 'one task in each half', plan: basePlan({ tasks: [task('T1', '2026-03-01', '2026-05-31'), task('T2', '2026-09-01', '2026-10-31')] }) },
    { name: 'a task crossing 30 June', plan: basePlan({ tasks: [task('T1', '2026-06-15', '2026-07-15')] }) },
    { name: 'a task with only its end known, in the second half, beside a first-half task', plan: basePlan({ tasks: [task('T1', '2026-03-01', '2026-04-30'), { id: 'T2', name: 'T2', end: '2026-10-31' }] }) },
    { name: 'tasks without dates yet: the plan’s own period counts', plan: basePlan({ tasks: [{ id: 'T1', name: 'T1' }] }) },
    { name: 'a season running into the next year (10月-次年3月)', plan: basePlan({ start: '2026-10-01', end: '2027-03-31' }) },
  ],
  invalid: [
    { name: 'only the end known, in the first half: wholly in the first half', plan: basePlan({ start: undefined, end: '2026-04-30' }), errors: [{ messageId: 'oneHalf', data: { half: 'H1' }, fields: ['plans[0].end'] }] },
    { name: 'all tasks in the second half', plan: basePlan({ tasks: [task('T1', '2026-07-01', '2026-08-31'), task('T2', '2026-09-01', '2026-11-30')] }), errors: [{ messageId: 'oneHalf', data: { halfEn: 'second half' }, fields: ['plans[0].tasks[0].start'] }] },
    { name: 'a plan ending 30 June', plan: basePlan({ start: '2026-01-05', end: '2026-06-30' }), errors: [{ messageId: 'oneHalf', data: { half: 'H1', halfEn: 'first half' } }] },
    { name: 'a plan starting 1 July', plan: basePlan({ start: '2026-07-01', end: '2026-11-30' }), errors: [{ messageId: 'oneHalf', data: { half: 'H2' }, fields: ['plans[0].start'] }] },
    { name: 'dated tasks win over the plan’s period', plan: basePlan({ tasks: [task('T1', '2026-08-01', '2026-09-30'), { id: 'T2', name: 'T2' }] }), errors: [{ messageId: 'oneHalf', data: { half: 'H2' }, fields: ['plans[0].tasks[0].start'] }] },
  ],
  incomplete: [
    { name: 'only the end known, in the second half (10月底; batches due by 15 October): it may have begun in either half', plan: basePlan({ start: undefined, end: '2026-10-15' }), incomplete: [{ messageId: 'missing', fields: ['plans[0].start'] }] },
    { name: 'only the start known, in the first half (实施日期 2016.2.1): it may run on into the second half', plan: basePlan({ start: '2026-02-01', end: undefined }), incomplete: [{ messageId: 'missing', fields: ['plans[0].end'] }] },
    { name: 'a period wholly in another year (2023年3月至11月 in a 2024 plan): the halves of the plan year are not known', plan: basePlan({ start: '2025-03-01', end: '2025-11-30' }), incomplete: [{ messageId: 'missing', fields: ['plans[0].start'] }] },
    { name: 'no dates', plan: basePlan({ start: undefined, end: undefined }), incomplete: [{ messageId: 'missing', fields: ['plans[0].start'] }] },
    { name: 'tasks and plan without dates', plan: basePlan({ start: undefined, end: undefined, tasks: [{ id: 'T1', name: 'T1' }] }), incomplete: [{ messageId: 'missing', fields: ['plans[0].tasks[0].start'] }] },
  ],
});
