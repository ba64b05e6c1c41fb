import rule from '../../src/core/rules/defs/annual.plan-complete';
import { ruleTester } from './rule-tester';
import { ownTask, year } from '../fixtures/annual-builders';
import { result } from '../fixtures/result-builders';

const done = (id: string, publishedOn = '2026-07-01') => result({ objectId: id, publishedOn });

ruleTester(rule, {
  valid: [
    { name: 'two planned, two done and published', dossier: year([ownTask('SCJG', 1, { plannedChecks: 2, results: [done('O1'), done('O2')] })], { asOf: '2026-12-05' }) },
    { name: 'published exactly on 30 Nov', dossier: year([ownTask('SCJG', 1, { plannedChecks: 1, results: [done('O1', '2026-11-30')] })], { asOf: '2026-12-05' }) },
    { name: 'before the end-by day nothing is due', dossier: year([ownTask('SCJG', 1, { plannedChecks: 5, results: [] })], { asOf: '2026-11-30' }) },
  ],
  invalid: [
    { name: 'one of two unpublished (checked but unpublished is not done)', dossier: year([ownTask('SCJG', 1, { plannedChecks: 2, results: [done('O1'), result({ objectId: 'O2', publishedOn: undefined })] })], { asOf: '2026-12-05' }), errors: [{ messageId: 'notCompleted', data: { planned: 2, done: 1, endBy: '2026-11-30' }, fields: ['plans[0].tasks[0].results'] }] },
    { name: 'published on 1 Dec is too late', dossier: year([ownTask('SCJG', 1, { plannedChecks: 1, results: [done('O1', '2026-12-01')] })], { asOf: '2026-12-05' }), errors: [{ messageId: 'notCompleted', data: { done: 0 } }] },
    { name: 'a task added outside the plan', dossier: year([ownTask('SCJG', 1, { outsidePlan: true })], { asOf: '2026-06-01' }), errors: [{ messageId: 'addedOutsidePlan', fields: ['plans[0].tasks[0].outsidePlan'] }] },
  ],
  incomplete: [{ name: 'the planned number unknown', dossier: year([ownTask('SCJG', 1, { results: [done('O1')] })], { asOf: '2026-12-05' }), incomplete: [{ messageId: 'missing', fields: ['plans[0].tasks[0].plannedChecks'] }] }],
  inapplicable: [{ name: 'a temporary plan', dossier: year([ownTask('SCJG', 1, { plannedChecks: 3 })], {}, { kind: 'temporary' }) }],
});
