import { z } from 'zod';
import { defineRule } from '../types';
import { decide, eachResult, missing, pass, resultSubject, type Decision, type Said } from '../walk';
import { datePairCache } from '../date-pair-cache';



export default defineRule({
  meta: {
    id: 'result.publish-deadline',
    scope: 'result',
    severity: 'error',
    risk: ['A-9'],
    citations: [
      { file: 'shenzhen-2018.txt', section: '§二(一)4', quote: '自抽查工作结束之日起20个工作日内' },
      { file: 'beijing-fengtai-2019.txt', section: '§三(五)', quote: '在抽查任务完成后 20 个工作日内将抽查检查结果依法予以公示' },
    ],
    docs: {
      zh: '自检查结束之日起规定工作日内（默认 20 个工作日，法定节假日和调休按国务院通知计算）公示抽查结果。',
      en: 'Results are published within the set number of working days of the end of the check (20 by default; holidays and make-up days as the State Council announces them).',
    },
    messages: {
      late: {
        zh: '结果于 {publishedOn} 公示，晚于检查结束后 {max} 个工作日的期限 {deadline}（检查结束后已过 {days} 个工作日）',
        en: 'Published on {publishedOn}, after the deadline of {max} working days from the end of the check ({deadline}); {days} working days had passed',
      },
      notPublished: {
        zh: '已超过公示期限 {deadline}（检查结束后 {max} 个工作日），结果仍未公示',
        en: 'The deadline {deadline} ({max} working days after the check) has passed and the result is not published',
      },
    },
    params: z.strictObject({ workingDays: z.number().int().min(1).max(120) }),
  },
  check({ dossier, params, calendar, asOf }) {
    const max = params.workingDays;
    // The decision depends on the two dates only: made once per pair (a province's year repeats them).
    const decided = datePairCache<Decision>();
    return eachResult(dossier).map(({ task, result, path }) => {
      const s = resultSubject(task, result);
      const { checkedOn, publishedOn } = result;
      if (!checkedOn) return missing(s, `${path}.checkedOn`);
      // "自抽查工作结束之日起20个工作日内": the day the check ends is day 0, so the deadline is
      // calendar.addWorkingDays(checkedOn, 20): publishing on the 20th working day is in time.
      const d = decided(checkedOn, publishedOn ?? '', () =>
        decide((): Said => {
          if (!publishedOn) {
            const deadline = calendar.nthWorkingDayBy(checkedOn, max, asOf);
            return deadline && asOf > deadline ? { messageId: 'notPublished', data: { deadline, max } } : undefined;
          }
          const deadline = calendar.nthWorkingDayBy(checkedOn, max, publishedOn);
          if (!deadline || publishedOn <= deadline) return undefined;
          return { messageId: 'late', data: { publishedOn, days: calendar.workingDaysBetween(checkedOn, publishedOn), max, deadline } };
        }),
      );
      return d ? { status: d.status, messageId: d.messageId, data: d.data, fields: [`${path}.publishedOn`], subject: s } : pass(s);
    });
  },
});
