import { z } from 'zod';
import { defineRule } from '../types';
import { fail, missing, pass } from '../walk';
import { yearDepartments, yearTasks } from '../year';

export default defineRule({
  meta: {
    id: 'annual.joint-per-department',
    scope: 'annual',
    severity: 'error',
    risk: ['A-4'],
    citations: [{ file: 'shenzhen-2018.txt', section: '§二(三)3', quote: '各有关部门每年应开展不少于1次的跨部门联合抽查' }],
    docs: {
      zh: '每个部门每年参加（牵头或响应）的跨部门联合抽查不少于规定次数。',
      en: 'Each department takes part (as lead or responding) in at least the set number of cross-department joint checks a year.',
    },
    messages: {
      tooFew: {
        zh: '部门「{department}」{year} 年参加跨部门联合抽查 {count} 次，少于 {min} 次',
        en: 'Department "{department}" took part in {count} joint checks in {year}, fewer than {min}',
      },
    },
    params: z.strictObject({ min: z.number().int().min(0).max(100) }),
  },
  check({ dossier, params }) {
    const departments = yearDepartments(dossier);
    if (!departments.length) return [missing({ kind: 'dossier', id: String(dossier.year) }, 'departments')];
    const tasks = yearTasks(dossier).filter((t) => t.joint);
    return departments.map((d) => {
      const s = { kind: 'department' as const, id: d.id, label: d.name };
      const count = tasks.filter((t) => t.departments.includes(d.id)).length;
      return count >= params.min ? pass(s) : fail(s, 'tooFew', { department: d.name ?? d.id, year: dossier.year!, count, min: params.min }, ['plans']);
    });
  },
});
