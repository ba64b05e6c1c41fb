import rule from '../../src/core/rules/defs/result.publish-deadline';
import { ruleTester } from './rule-tester';
import { result, withResults } from '../fixtures/result-builders';

// Checked Friday 2026-09-18. Working days after it: 09-20 (a make-up Sunday, 1st), 09-21..24 (5th;
// 09-25 is Mid-Autumn), 09-28..30 (8th), National Day 10-01..07 off, 10-08, 10-09, 10-10 (a make-up
// Saturday, 11th), 10-12..16 (16th), 10-19..22: the 20th working day is 2026-10-22, the 21st 10-23,
// the 22nd 10-26. A weekends-only count would put the 20th on 10-16.
const checked = '2026-09-18';
const pub = (publishedOn: string | undefined, asOf = '2026-11-23') =>
  withResults([result({ checkedOn: checked, uploadedOn: checked, publishedOn, displayedUntil: undefined })], {}, asOf);

ruleTester(rule, {
  valid: [
    { name: 'published on the 20th working day (across National Day)', dossier: pub('2026-10-22') },
    { name: 'published within days', dossier: withResults([result()]) },
    { name: 'not yet published, asOf the 20th working day itself', dossier: pub(undefined, '2026-10-22') },
    { name: 'a December check published in December needs no 2027 calendar', dossier: withResults([result({ checkedOn: '2026-12-21', publishedOn: '2026-12-28' })]) },
  ],
  invalid: [
    { name: 'the 21st working day', dossier: pub('2026-10-23'), errors: [{ messageId: 'late', data: { publishedOn: '2026-10-23', days: 21, max: 20, deadline: '2026-10-22' }, fields: ['plans[0].tasks[0].results[0].publishedOn'] }] },
    { name: 'the 22nd working day across National Day', dossier: pub('2026-10-26'), errors: [{ messageId: 'late', data: { days: 22, deadline: '2026-10-22' } }] },
    { name: 'on a holiday right after the deadline (10 WD from 09-16 end on 09-30; 10-01 is late)', dossier: withResults([result({ checkedOn: '2026-09-16', publishedOn: '2026-10-01' })]), params: { workingDays: 10 }, errors: [{ messageId: 'late', data: { days: 10, deadline: '2026-09-30' } }] },
    { name: 'never published, the day after the deadline', dossier: pub(undefined, '2026-10-23'), errors: [{ messageId: 'notPublished', data: { deadline: '2026-10-22', max: 20 }, fields: ['plans[0].tasks[0].results[0].publishedOn'] }] },
    { name: '15 working days under a stricter profile', dossier: pub('2026-10-22'), params: { workingDays: 15 }, errors: [{ messageId: 'late', data: { days: 20, max: 15, deadline: '2026-10-15' } }] },
    {
      name: 'a 2027 result stays undecided without hiding a late 2026 one',
      dossier: withResults([result({ checkedOn: '2026-12-21', publishedOn: '2027-01-20' }), result({ objectId: 'O2', checkedOn: checked, publishedOn: '2026-10-26' })]),
      errors: [{ messageId: 'late', fields: ['plans[0].tasks[0].results[1].publishedOn'] }],
    },
  ],
  incomplete: [
    { name: 'check date unknown', dossier: withResults([result({ checkedOn: undefined })]), incomplete: [{ messageId: 'missing', fields: ['plans[0].tasks[0].results[0].checkedOn'] }] },
    { name: 'published in 2027: the working days cannot be counted', dossier: withResults([result({ checkedOn: '2026-12-21', publishedOn: '2027-01-20' })]), incomplete: [{ messageId: 'calendarMissing', data: { year: 2027 } }] },
    { name: 'unpublished, the deadline falls in 2027', dossier: withResults([result({ checkedOn: '2026-12-21', publishedOn: undefined })], {}, '2027-02-01'), incomplete: [{ messageId: 'calendarMissing', data: { year: 2027 } }] },
  ],
});
