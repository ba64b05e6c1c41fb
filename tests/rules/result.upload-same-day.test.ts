import rule from '../../src/core/rules/defs/result.upload-same-day';
import { ruleTester } from './rule-tester';
import { result, withResults } from '../fixtures/result-builders';

// 2026-09-28 (Mon) + 7 working days: 09-29, 09-30, then the National Day week (10-01..07) is off,
// 10-08, 10-09, 10-10 (a make-up Saturday), 10-12, 10-13 → the 7th is 2026-10-13.
const checked = '2026-09-28';

ruleTester(rule, {
  valid: [
    { name: 'uploaded the same day', dossier: withResults([result()]) },
    { name: 'the 7th working day across National Day, with a reason', dossier: withResults([result({ checkedOn: checked, uploadedOn: '2026-10-13', uploadDelayReason: '需检验检测结果' })]) },
    { name: 'not uploaded yet, still within 7 working days', dossier: withResults([result({ checkedOn: checked, uploadedOn: undefined })], {}, '2026-10-13') },
  ],
  invalid: [
    { name: 'next day without a reason', dossier: withResults([result({ uploadedOn: '2026-06-11' })]), errors: [{ messageId: 'lateNoReason', fields: ['plans[0].tasks[0].results[0].uploadDelayReason'] }] },
    { name: 'the 8th working day, even with a reason', dossier: withResults([result({ checkedOn: checked, uploadedOn: '2026-10-14', uploadDelayReason: '特殊情况' })]), errors: [{ messageId: 'tooLate', data: { days: 8, max: 7 } }] },
    { name: 'never uploaded, deadline passed', dossier: withResults([result({ checkedOn: checked, uploadedOn: undefined })], {}, '2026-10-14'), errors: [{ messageId: 'notUploaded', data: { deadline: '2026-10-13' } }] },
  ],
  incomplete: [
    { name: 'check date unknown', dossier: withResults([result({ checkedOn: undefined })]), incomplete: [{ messageId: 'missing' }] },
    { name: 'a check in 2027, beyond the holiday data', dossier: withResults([result({ checkedOn: '2027-03-01', uploadedOn: '2027-03-03', uploadDelayReason: '特殊情况' })]), incomplete: [{ messageId: 'calendarMissing', data: { year: 2027 } }] },
  ],
});
