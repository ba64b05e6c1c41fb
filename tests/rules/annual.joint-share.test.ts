import rule from '../../src/core/rules/defs/annual.joint-share';
import { ruleTester } from './rule-tester';
import { jointTask, ownTask, year } from '../fixtures/annual-builders';

const tasks = (joint: number, own: number) => [
  ...Array.from({ length: joint }, (_, i) => jointTask('SCJG', ['WSJK'], i)),
  ...Array.from({ length: own }, (_, i) => ownTask('SCJG', i)),
];

ruleTester(rule, {
  valid: [
    { name: 'exactly 10% (1 of 10)', dossier: year(tasks(1, 9)) },
    { name: 'a task with no own scope inherits its joint plan', dossier: year([{ id: 'T', name: '任务' }], {}, { scope: 'joint' }) },
  ],
  invalid: [
    { name: '9.9% (10 of 101)', dossier: year(tasks(10, 91)), errors: [{ messageId: 'tooLow', data: { joint: 10, total: 101, percent: 9.9, min: 10 } }] },
    { name: 'no joint check at all', dossier: year(tasks(0, 3)), errors: [{ messageId: 'tooLow', data: { percent: 0 } }] },
  ],
  incomplete: [{ name: 'no task in the year', dossier: year([]), incomplete: [{ messageId: 'missing' }] }],
});
