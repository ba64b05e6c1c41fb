import rule from '../../src/core/rules/defs/result.publish-deadline';
import { ruleTester } from './rule-tester';
import { result, withResults } from '../fixtures/result-builders';

// Checked Friday 2026-09-18. Working days after it: 09-21..25 (5), 09-28..30 (8; 09-20 is a make-up
// Sunday but comes before), 10-08, 10-09, 10-10 (make-up Sat) (11), 10-12..16 (16), 10-19..22 (20th = 10-22).
// A weekends-only count would put the 20th working day on 10-16 and miss the holiday week.
const checked = '2026-09-18';
const pub = (publishedOn: string | undefined, asOf = '2026-11-23') => withResults([result({ checkedOn: checked, uploadedOn: checked, publishedOn, displayedUntil: undefined })], {}, asOf);

ruleTester(rule, {
  valid: [
    { name: 'published on the 20th working day (across National Day)', dossier: pub('2026-10-22') },
    { name: 'published within days', dossier: withResults([result()]) },
    { name: 'not yet published but the deadline not reached', dossier: pub(undefined, '2026-10-22') },
  ],
  invalid: [
    { name: 'the 21st working day', dossier: pub('2026-10-23'), errors: [{ messageId: 'late', data: { days: 21, max: 20, deadline: '2026-10-22' }, fields: ['plans[0].tasks[0].results[0].publishedOn'] }] },
    { name: 'the 22nd working day across National Day', dossier: pub('2026-10-26'), errors: [{ messageId: 'late', data: { days: 22 } }] },
    { name: 'never published, deadline passed', dossier: pub(undefined, '2026-10-23'), errors: [{ messageId: 'notPublished', data: { deadline: '2026-10-22' } }] },
    { name: '15 working days under a stricter profile', dossier: pub('2026-10-22'), params: { workingDays: 15 }, errors: [{ messageId: 'late' }] },
  ],
  incomplete: [
    { name: 'check date unknown', dossier: withResults([result({ checkedOn: undefined })]), incomplete: [{ messageId: 'missing', fields: ['plans[0].tasks[0].results[0].checkedOn'] }] },
    { name: 'a deadline in 2027 cannot be counted', dossier: withResults([result({ checkedOn: '2026-12-21', publishedOn: '2027-01-20' })]), incomplete: [{ messageId: 'calendarMissing', data: { year: 2027 } }] },
  ],
});
