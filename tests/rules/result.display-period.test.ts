import rule from '../../src/core/rules/defs/result.display-period';
import { ruleTester } from './rule-tester';
import { result, withResults } from '../fixtures/result-builders';

/** A result published on `from` and displayed until `to` (checked the working day before 09-29). */
const shown = (publishedOn: string, displayedUntil: string | undefined) =>
  withResults([result({ checkedOn: '2026-09-24', uploadedOn: '2026-09-24', publishedOn, displayedUntil })]);

// The day of publication is day 1 when it is a working day (see the rule's comment).
ruleTester(rule, {
  valid: [
    { name: 'Mon 2026-11-02 to Tue 11-10: exactly 7 working days', dossier: shown('2026-11-02', '2026-11-10') },
    { name: 'Tue 09-29 to 10-13 across National Day: 09-29, 09-30, 10-08, 10-09, 10-10 (make-up Sat), 10-12, 10-13', dossier: shown('2026-09-29', '2026-10-13') },
    { name: 'published on a holiday (Sat 10-03): day 1 is 10-08, so Thu 10-15 is the 7th', dossier: shown('2026-10-03', '2026-10-15') },
    { name: 'a display into 2027 whose 7th working day is 2026-12-29 needs no 2027 calendar', dossier: shown('2026-12-21', '2027-01-08') },
  ],
  invalid: [
    { name: 'Mon 11-02 to Mon 11-09: 6 working days', dossier: shown('2026-11-02', '2026-11-09'), errors: [{ messageId: 'tooShort', data: { publishedOn: '2026-11-02', displayedUntil: '2026-11-09', days: 6, min: 7 }, fields: ['plans[0].tasks[0].results[0].displayedUntil'] }] },
    { name: 'the Dragon Boat Festival (Fri 06-19) shortens Mon 06-15 to Tue 06-23 to 6 working days', dossier: shown('2026-06-15', '2026-06-23'), errors: [{ messageId: 'tooShort', data: { days: 6 } }] },
    { name: '09-29 to 10-09 looks like 11 days but is 4 working days', dossier: shown('2026-09-29', '2026-10-09'), errors: [{ messageId: 'tooShort', data: { days: 4 } }] },
    { name: 'published on a holiday (Sat 10-03): the holiday is not day 1, so Wed 10-14 is only the 6th', dossier: shown('2026-10-03', '2026-10-14'), errors: [{ messageId: 'tooShort', data: { days: 6 } }] },
    { name: 'a profile asking 10 working days', dossier: shown('2026-11-02', '2026-11-12'), params: { workingDays: 10 }, errors: [{ messageId: 'tooShort', data: { days: 9, min: 10 } }] },
  ],
  incomplete: [
    { name: 'end of display not recorded', dossier: shown('2026-11-02', undefined), incomplete: [{ messageId: 'missing', fields: ['plans[0].tasks[0].results[0].displayedUntil'] }] },
    { name: 'a display from 12-28 into 2027 cannot be counted', dossier: shown('2026-12-28', '2027-01-08'), incomplete: [{ messageId: 'calendarMissing', data: { year: 2027 } }] },
  ],
  inapplicable: [{ name: 'not published yet', dossier: withResults([result({ publishedOn: undefined, displayedUntil: undefined })]) }],
});
