import rule from '../../src/core/rules/defs/result.upload-same-day';
import { ruleTester } from './rule-tester';
import { result, withResults } from '../fixtures/result-builders';

// Checked Monday 2026-09-28. Working days after it: 09-29, 09-30, then National Day (10-01..07) is off,
// 10-08, 10-09, 10-10 (a make-up Saturday), 10-12, 10-13: the 7th is 2026-10-13, the 8th 10-14.
// A weekends-only count would reach its 7th working day on 10-07, in the middle of the holiday.
const checked = '2026-09-28';
const upload = (uploadedOn: string | undefined, uploadDelayReason?: string, asOf?: string) =>
  withResults([result({ checkedOn: checked, uploadedOn, uploadDelayReason })], {}, asOf);

ruleTester(rule, {
  valid: [
    { name: 'uploaded the same day', dossier: withResults([result()]) },
    { name: 'the 7th working day across National Day, with a reason', dossier: upload('2026-10-13', '需等待检验检测结果') },
    { name: 'not uploaded yet, asOf the 7th working day itself', dossier: upload(undefined, undefined, '2026-10-13') },
    { name: 'a late-December check uploaded 2 working days later needs no 2027 calendar', dossier: withResults([result({ checkedOn: '2026-12-28', uploadedOn: '2026-12-30', uploadDelayReason: '系统故障' })]) },
    { name: 'a same-day upload in 2027 needs no calendar at all', dossier: withResults([result({ checkedOn: '2027-03-01', uploadedOn: '2027-03-01' })]) },
  ],
  invalid: [
    { name: 'next day without a reason', dossier: withResults([result({ uploadedOn: '2026-06-11' })]), errors: [{ messageId: 'lateNoReason', data: { uploadedOn: '2026-06-11', checkedOn: '2026-06-10' }, fields: ['plans[0].tasks[0].results[0].uploadDelayReason'] }] },
    { name: 'a blank reason is no reason', dossier: upload('2026-10-08', '  '), errors: [{ messageId: 'lateNoReason' }] },
    { name: 'the 8th working day, even with a reason', dossier: upload('2026-10-14', '特殊情况'), errors: [{ messageId: 'tooLate', data: { days: 8, max: 7, deadline: '2026-10-13' }, fields: ['plans[0].tasks[0].results[0].uploadedOn'] }] },
    { name: 'never uploaded, the day after the 7th working day', dossier: upload(undefined, undefined, '2026-10-14'), errors: [{ messageId: 'notUploaded', data: { checkedOn: checked, deadline: '2026-10-13', max: 7 }, fields: ['plans[0].tasks[0].results[0].uploadedOn'] }] },
    { name: 'a profile allowing 5: the make-up Saturday 10-10 is the 5th, so Monday 10-12 is the 6th', dossier: upload('2026-10-12', '检查对象补充材料'), params: { specialCaseWorkingDays: 5 }, errors: [{ messageId: 'tooLate', data: { days: 6, deadline: '2026-10-10' } }] },
    { name: 'a profile allowing 3 working days: 10-09 is the 4th', dossier: upload('2026-10-09', '特殊情况'), params: { specialCaseWorkingDays: 3 }, errors: [{ messageId: 'tooLate', data: { days: 4, max: 3, deadline: '2026-10-08' } }] },
    {
      name: 'a 2027 result stays undecided without hiding a late 2026 one',
      dossier: withResults([result({ checkedOn: '2027-03-01', uploadedOn: '2027-03-03', uploadDelayReason: '特殊情况' }), result({ objectId: 'O2', checkedOn: checked, uploadedOn: '2026-10-15', uploadDelayReason: '特殊情况' })]),
      errors: [{ messageId: 'tooLate', fields: ['plans[0].tasks[0].results[1].uploadedOn'] }],
    },
  ],
  incomplete: [
    { name: 'check date unknown', dossier: withResults([result({ checkedOn: undefined })]), incomplete: [{ messageId: 'missing', fields: ['plans[0].tasks[0].results[0].checkedOn'] }] },
    { name: 'a check in 2027, beyond the holiday data', dossier: withResults([result({ checkedOn: '2027-03-01', uploadedOn: '2027-03-03', uploadDelayReason: '特殊情况' })]), incomplete: [{ messageId: 'calendarMissing', data: { year: 2027 } }] },
    { name: 'not uploaded, and the window runs into 2027', dossier: withResults([result({ checkedOn: '2026-12-28', uploadedOn: undefined })], {}, '2027-01-11'), incomplete: [{ messageId: 'calendarMissing', data: { year: 2027 } }] },
  ],
});
