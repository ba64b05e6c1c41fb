import { z } from 'zod';
import { defineRule } from '../types';
import { eachResult, fail, missing, pass, resultSubject } from '../walk';

export default defineRule({
  meta: {
    id: 'result.display-period',
    scope: 'result',
    severity: 'warn',
    risk: [],
    citations: [{ file: 'shenzhen-2018.txt', section: '§二(一)4', quote: '公示期7个工作日' }],
    docs: {
      zh: '公示的抽查结果至少展示规定的工作日数（默认 7 个工作日）。',
      en: 'Published results stay displayed for at least the set number of working days (7 by default).',
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
    return eachResult(dossier)
      .filter(({ result }) => result.publishedOn)
      .map(({ task, result, path }) => {
        const s = resultSubject(task, result);
        const { publishedOn, displayedUntil } = result;
        if (!displayedUntil) return missing(s, `${path}.displayedUntil`);
        // The display runs from the day of publication inclusive: a Monday publication shown to the
        // next Tuesday is 7 working days (Mon–Fri, Mon, Tue) when no holiday falls between.
        const days = calendar.workingDaysBetween(publishedOn!, displayedUntil) + (calendar.isWorkingDay(publishedOn!) ? 1 : 0);
        return days >= params.workingDays
          ? pass(s)
          : fail(s, 'tooShort', { publishedOn: publishedOn!, displayedUntil, days, min: params.workingDays }, [`${path}.displayedUntil`]);
      });
  },
});
