import { z } from 'zod';
import { Percent } from '../../model';
import { defineRule } from '../types';
import { fail, missing, pass } from '../walk';
import { yearTasks } from '../year';

export default defineRule({
  meta: {
    id: 'annual.joint-share',
    scope: 'annual',
    severity: 'error',
    risk: [],
    citations: [{ file: 'shenzhen-2018.txt', section: '§一(二)', quote: '开展跨部门联合抽查次数要达到该年度总抽查次数 10%以上' }],
    docs: {
      zh: '跨部门联合抽查次数应达到全年抽查总次数的规定比例以上。',
      en: 'Cross-department joint checks are at least the set share of all the year’s checks.',
    },
    messages: {
      tooLow: {
        zh: '{year} 年跨部门联合抽查 {joint} 次，占全部 {total} 次的 {percent}%，低于 {min}%',
        en: 'Joint checks in {year}: {joint} of {total} ({percent}%), below {min}%',
      },
    },
    params: z.strictObject({ minPercent: Percent }),
  },
  check({ dossier, params }) {
    const s = { kind: 'dossier' as const, id: String(dossier.year) };
    const tasks = yearTasks(dossier);
    if (!tasks.length) return [missing(s, 'plans[].tasks')];
    const joint = tasks.filter((t) => t.joint).length;
    // Compare in integers so that exactly 10% passes without floating-point doubt.
    if (joint * 100 >= params.minPercent * tasks.length) return [pass(s)];
    const percent = Math.round((joint / tasks.length) * 1000) / 10;
    return [fail(s, 'tooLow', { year: dossier.year!, joint, total: tasks.length, percent, min: params.minPercent }, ['plans'])];
  },
});
