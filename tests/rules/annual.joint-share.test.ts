import rule from '../../src/core/rules/defs/annual.joint-share';
import { ruleTester } from './rule-tester';
import { jointTask, ownTask, year } from '../fixtures/annual-builders';
import { basePlan } from '../fixtures/builders';

const tasks = (joint: number, own: number) => [
  ...Array.from({ length: joint }, (_, i) => jointTask('SCJG', ['WSJK'], i)),
  ...Array.from({ length: own }, (_, i) => ownTask('SCJG', i)),
];

ruleTester(rule, {
  valid: [
    { name: 'exactly 10% (1 of 10)', dossier: year(tasks(1, 9)) },
    { name: 'exactly 10% in a larger year (7 of 70)', dossier: year(tasks(7, 63)) },
    { name: 'a task with no own scope inherits its joint plan', dossier: year([{ id: 'T', name: '任务' }], {}, { scope: 'joint' }) },
    { name: 'another year’s own checks are not counted', dossier: year([], { plans: [basePlan({ id: 'Y', tasks: tasks(1, 9) }), basePlan({ id: 'OLD', year: 2025, tasks: tasks(0, 5) })] }) },
  ],
  invalid: [
    { name: '9.9% (10 of 101)', dossier: year(tasks(10, 91)), errors: [{ messageId: 'tooLow', data: { joint: 10, total: 101, percent: 9.9, min: 10, year: 2026 }, fields: ['plans'] }] },
    { name: 'no joint check at all', dossier: year(tasks(0, 3)), errors: [{ messageId: 'tooLow', data: { percent: 0 } }] },
    { name: 'an own task in a joint plan is not joint', dossier: year([ownTask('SCJG', 1)], {}, { scope: 'joint' }), errors: [{ messageId: 'tooLow', data: { joint: 0, total: 1 } }] },
    { name: 'a profile asking 20%: 1 of 6', dossier: year(tasks(1, 5)), params: { minPercent: 20 }, errors: [{ messageId: 'tooLow', data: { percent: 16.7, min: 20 } }] },
  ],
  incomplete: [
    { name: 'no task in the year', dossier: year([]), incomplete: [{ messageId: 'missing' }] },
    { name: 'tasks only in another year', dossier: year([], { plans: [basePlan({ year: 2025, tasks: tasks(1, 1) })] }), incomplete: [{ messageId: 'missing' }] },
  ],
});
