import rule from '../../src/core/rules/defs/result.display-period';
import { ruleTester } from './rule-tester';
import { result, withResults } from '../fixtures/result-builders';

ruleTester(rule, {
  valid: [
    { name: 'Mon 2026-11-02 to Tue 11-10: exactly 7 working days', dossier: withResults([result({ publishedOn: '2026-11-02', displayedUntil: '2026-11-10' })]) },
    { name: 'a display spanning National Day counts only working days', dossier: withResults([result({ checkedOn: '2026-09-25', uploadedOn: '2026-09-25', publishedOn: '2026-09-29', displayedUntil: '2026-10-13' })]) },
  ],
  invalid: [
    { name: 'the Dragon Boat Festival (Fri 2026-06-19) shortens Mon 06-15 to Tue 06-23 to 6 working days', dossier: withResults([result({ publishedOn: '2026-06-15', displayedUntil: '2026-06-23' })]), errors: [{ messageId: 'tooShort', data: { days: 6 } }] },
    { name: 'Mon 11-02 to Mon 11-09: 6 working days', dossier: withResults([result({ publishedOn: '2026-11-02', displayedUntil: '2026-11-09' })]), errors: [{ messageId: 'tooShort', data: { days: 6, min: 7 }, fields: ['plans[0].tasks[0].results[0].displayedUntil'] }] },
    { name: '09-29 to 10-09 looks like 10 days but is 5 working days', dossier: withResults([result({ checkedOn: '2026-09-25', uploadedOn: '2026-09-25', publishedOn: '2026-09-29', displayedUntil: '2026-10-09' })]), errors: [{ messageId: 'tooShort', data: { days: 4 } }] },
  ],
  incomplete: [{ name: 'end of display not recorded', dossier: withResults([result({ displayedUntil: undefined })]), incomplete: [{ messageId: 'missing' }] }],
  inapplicable: [{ name: 'not published yet', dossier: withResults([result({ publishedOn: undefined, displayedUntil: undefined })]) }],
});
