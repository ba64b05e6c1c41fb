import { z } from 'zod';
import { defineRule } from '../types';
import { decide, eachResult, fail, missing, pass, resultSubject, type Decision, type Said } from '../walk';
import { datePairCache, shareData } from '../date-pair-cache';



export default defineRule({
  meta: {
    id: 'result.upload-same-day',
    scope: 'result',
    severity: 'warn',
    risk: ['A-2'],
    citations: [{ file: 'changchun-chaoyang-2021.txt', section: '§三(七)4', quote: '特殊情况的在 7 个工作日内上传抽查结果' }],
    docs: {
      zh: '检查结束当日将检查结果上传监管平台；特殊情况须说明理由，并在规定工作日内上传。',
      en: 'Results are uploaded to the platform the day the check ends; in special cases, with a reason, within the set number of working days.',
    },
    messages: {
      lateNoReason: {
        zh: '检查结果于 {uploadedOn} 上传，晚于检查结束日 {checkedOn}，未说明特殊情况',
        en: 'Uploaded on {uploadedOn}, after the check ended on {checkedOn}, with no special reason given',
      },
      tooLate: {
        zh: '检查结果于 {uploadedOn} 上传，晚于特殊情况 {max} 个工作日的期限 {deadline}（检查结束后已过 {days} 个工作日）',
        en: 'Uploaded on {uploadedOn}, after the special-case deadline of {max} working days ({deadline}); {days} working days had passed',
      },
      notUploaded: {
        zh: '检查已于 {checkedOn} 结束，超过 {max} 个工作日（{deadline}）仍未上传结果',
        en: 'The check ended on {checkedOn} and the result is still not uploaded after {max} working days ({deadline})',
      },
    },
    params: z.strictObject({ specialCaseWorkingDays: z.number().int().min(0).max(60) }),
  },
  check({ dossier, params, calendar, asOf }) {
    const max = params.specialCaseWorkingDays;
    // The decision depends on the two dates only (and, within the special-case window, on a reason being
    // given): made once per pair of dates, as a province's year repeats them.
    const decided = datePairCache<{ d: Decision; window?: { uploadedOn: string; checkedOn: string } }>();
    return eachResult(dossier).map(({ task, result, path }) => {
      const s = resultSubject(task, result);
      const { checkedOn, uploadedOn } = result;
      if (!checkedOn) return missing(s, `${path}.checkedOn`);
      const { d, window } = decided(checkedOn, uploadedOn ?? '', () => {
        let window: { uploadedOn: string; checkedOn: string } | undefined;
        const d = decide((): Said => {
          if (!uploadedOn) {
            // Not uploaded: a breach only once the last allowed working day is behind us.
            const deadline = calendar.nthWorkingDayBy(checkedOn, max, asOf);
            return deadline && asOf > deadline ? { messageId: 'notUploaded', data: { checkedOn, max, deadline } } : undefined;
          }
          // The same day (or, for a record entered as the check went on, earlier) is the rule itself.
          if (uploadedOn <= checkedOn) return undefined;
          const deadline = calendar.nthWorkingDayBy(checkedOn, max, uploadedOn);
          if (deadline && uploadedOn > deadline)
            return { messageId: 'tooLate', data: { uploadedOn, days: calendar.workingDaysBetween(checkedOn, uploadedOn), max, deadline } };
          window = shareData({ uploadedOn, checkedOn });
          return undefined;
        });
        return { d, window };
      });
      if (d) return { status: d.status, messageId: d.messageId, data: d.data, fields: [`${path}.uploadedOn`], subject: s };
      // Within the special-case window: allowed only with the special reason written down.
      if (window && !result.uploadDelayReason?.trim()) return fail(s, 'lateNoReason', window, [`${path}.uploadDelayReason`]);
      return pass(s);
    });
  },
});
