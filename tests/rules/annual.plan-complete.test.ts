import rule from '../../src/core/rules/defs/annual.plan-complete';
import { ruleTester } from './rule-tester';
import { ownTask, year } from '../fixtures/annual-builders';
import { result } from '../fixtures/result-builders';

const done = (id: string, publishedOn = '2026-07-01') => result({ objectId: id, publishedOn });
const after = { asOf: '2026-12-01' }; // the first day after the end-by day 11-30

ruleTester(rule, {
  valid: [
    { name: 'two planned, two done and published', dossier: year([ownTask('SCJG', 1, { plannedChecks: 2, results: [done('O1'), done('O2')] })], after) },
    { name: 'published exactly on 30 Nov', dossier: year([ownTask('SCJG', 1, { plannedChecks: 1, results: [done('O1', '2026-11-30')] })], after) },
    { name: 'on the end-by day itself nothing is due yet', dossier: year([ownTask('SCJG', 1, { plannedChecks: 5, results: [] })], { asOf: '2026-11-30' }) },
    { name: 'a profile ending on 12-15', dossier: year([ownTask('SCJG', 1, { plannedChecks: 1, results: [done('O1', '2026-12-10')] })], { asOf: '2026-12-20' }), params: { endBy: '12-15' } },
  ],
  invalid: [
    { name: 'one of two unpublished (checked but unpublished is not done)', dossier: year([ownTask('SCJG', 1, { plannedChecks: 2, results: [done('O1'), result({ objectId: 'O2', publishedOn: undefined })] })], after), errors: [{ messageId: 'notCompleted', data: { planned: 2, done: 1, endBy: '2026-11-30' }, fields: ['plans[0].tasks[0].results'] }] },
    { name: 'published on 1 Dec is too late', dossier: year([ownTask('SCJG', 1, { plannedChecks: 1, results: [done('O1', '2026-12-01')] })], { asOf: '2026-12-05' }), errors: [{ messageId: 'notCompleted', data: { done: 0, planned: 1 } }] },
    { name: 'published but never checked does not count', dossier: year([ownTask('SCJG', 1, { plannedChecks: 1, results: [result({ checkedOn: undefined })] })], after), errors: [{ messageId: 'notCompleted', data: { done: 0 } }] },
    { name: 'a task added outside the plan, flagged at once', dossier: year([ownTask('SCJG', 1, { outsidePlan: true })], { asOf: '2026-06-01' }), errors: [{ messageId: 'addedOutsidePlan', data: { task: 'SCJG本部门抽查1' }, fields: ['plans[0].tasks[0].outsidePlan'] }] },
  ],
  incomplete: [{ name: 'the planned number unknown', dossier: year([ownTask('SCJG', 1, { results: [done('O1')] })], after), incomplete: [{ messageId: 'missing', fields: ['plans[0].tasks[0].plannedChecks'] }] }],
  inapplicable: [
    { name: 'a temporary plan', dossier: year([ownTask('SCJG', 1, { plannedChecks: 3 })], after, { kind: 'temporary' }) },
    { name: 'another year’s annual plan', dossier: year([ownTask('SCJG', 1, { plannedChecks: 3 })], after, { year: 2025 }) },
  ],
});
