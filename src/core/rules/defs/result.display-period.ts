import { z } from 'zod';
import { addDays } from '../../calendar/dates';
import { defineRule } from '../types';
import { eachResult, fail, missing, pass, perSubject, resultSubject } from '../walk';



export default defineRule({
  meta: {
    id: 'result.display-period',
    scope: 'result',
    severity: 'warn',
    risk: [],
    citations: [{ file: 'shenzhen-2018.txt', section: '§二(一)4', quote: '公示期7个工作日' }],
    docs: {
      zh: '公示的抽查结果至少展示规定的工作日数（默认 7 个工作日；公示当日为工作日的，计为第 1 天）。',
      en: 'Published results stay displayed for at least the set number of working days (7 by default; the day of publication counts as day 1 when it is a working day).',
    },
    messages: {
      tooShort: {
        zh: '公示期从 {publishedOn} 到 {displayedUntil}，只有 {days} 个工作日，少于 {min} 个',
        en: 'Displayed from {publishedOn} to {displayedUntil}: {days} working days, fewer than {min}',
      },
    },
    params: z.strictObject({ workingDays: z.number().int().min(1).max(60) }),
  },
  check({ dossier, params, calendar }) {
    const min = params.workingDays;
    return eachResult(dossier).flatMap(({ task, result, path }) => {
      const { publishedOn, displayedUntil } = result;
      if (!publishedOn) return []; // nothing displayed yet: result.publish-deadline speaks for it
      const s = resultSubject(task, result);
      const field = `${path}.displayedUntil`;
      if (!displayedUntil) return [missing(s, field)];
      // A 公示期 is a period of display, so the day of publication is its first day when it is a
      // working day (a results page put up on Monday morning is on display that Monday): published
      // Monday, shown to the next Tuesday, is 7 working days when no holiday falls between. Published
      // on a holiday or weekend, day 1 is the next working day. Counting from the day after would
      // demand an 8th day the text does not ask for.
      const dayBefore = addDays(publishedOn, -1);
      return [
        perSubject(s, field, () =>
          calendar.nthWorkingDayBy(dayBefore, min, displayedUntil)
            ? pass(s)
            : fail(s, 'tooShort', { publishedOn, displayedUntil, days: calendar.workingDaysBetween(dayBefore, displayedUntil), min }, [field]),
        ),
      ];
    });
  },
});
