import { z } from 'zod';
import { defineRule } from '../types';
import { fail, missing, pass } from '../walk';
import { yearDepartments } from '../year';

export default defineRule({
  meta: {
    id: 'annual.item-list-on-platform',
    scope: 'annual',
    severity: 'error',
    risk: ['A-1'],
    citations: [{ file: 'changchun-chaoyang-2021.txt', section: '§四(二)1', quote: '未按要求把行政检查事项清单录入到“双随机、一公开”监管平台' }],
    docs: {
      zh: '各部门的随机抽查事项清单须录入“双随机、一公开”监管平台。',
      en: 'Each department’s check item list is entered on the double-random platform.',
    },
    messages: {
      noItemList: { zh: '部门「{department}」的随机抽查事项清单未录入平台', en: 'Department "{department}" has no item list entered on the platform' },
    },
    params: z.strictObject({}),
  },
  check({ dossier }) {
    const subject = { kind: 'dossier' as const, id: String(dossier.year) };
    if (!dossier.itemList) return [missing(subject, 'itemList')];
    const departments = yearDepartments(dossier);
    if (!departments.length) return [missing(subject, 'departments')];
    return departments.map((d) => {
      const s = { kind: 'department' as const, id: d.id, label: d.name };
      const listed = dossier.itemList!.some((i) => i.departmentId === d.id && i.inList !== false);
      return listed ? pass(s) : fail(s, 'noItemList', { department: d.name ?? d.id }, ['itemList']);
    });
  },
});
