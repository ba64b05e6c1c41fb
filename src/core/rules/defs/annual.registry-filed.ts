import { z } from 'zod';
import { addDays } from '../../calendar';
import { defineRule, type Outcome } from '../types';
import { fail, missing, pass } from '../walk';

/** The last day of the filing period (periods of `months` months from January) containing `date`. */
function periodEnd(date: string, months: number): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const endMonth = Math.ceil(m / months) * months; // 3 → 3, 6, 9, 12
  const next = endMonth === 12 ? `${y + 1}-01-01` : `${y}-${String(endMonth + 1).padStart(2, '0')}-01`;
  return addDays(next, -1);
}

export default defineRule({
  meta: {
    id: 'annual.registry-filed',
    scope: 'annual',
    severity: 'error',
    risk: [],
    citations: [{ file: 'changchun-chaoyang-2021.txt', section: '§三(五)', quote: '新建或调整后的检查人员名录库每季度要到朝阳区司法局备案' }],
    docs: {
      zh: '新建或调整的检查人员名录库，须在所在报备期（默认每季度）结束前备案。',
      en: 'An inspector registry created or changed is filed by the end of its filing period (each quarter by default).',
    },
    messages: {
      lateFiling: {
        zh: '部门「{department}」于 {changedOn} 调整的检查人员名录库在 {filedOn} 才备案，晚于报备期末 {due}',
        en: 'Department "{department}" changed its inspector registry on {changedOn} and filed it on {filedOn}, after the period ended on {due}',
      },
      notFiled: {
        zh: '部门「{department}」于 {changedOn} 调整的检查人员名录库，报备期已于 {due} 结束，仍未备案',
        en: 'Department "{department}" changed its inspector registry on {changedOn}; the period ended on {due} and it is not filed',
      },
    },
    params: z.strictObject({ periodMonths: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(6), z.literal(12)]) }),
  },
  check({ dossier, params, asOf }) {
    if (!dossier.registryFilings) return [missing({ kind: 'dossier', id: String(dossier.year) }, 'registryFilings')];
    const out: Outcome[] = [];
    dossier.registryFilings.forEach((f, i) => {
      if (!f.changedOn.startsWith(`${dossier.year}-`)) return; // another year's change
      const name = dossier.departments?.find((d) => d.id === f.departmentId)?.name;
      const s = { kind: 'department' as const, id: f.departmentId, label: name };
      const due = periodEnd(f.changedOn, params.periodMonths);
      const data = { department: name ?? f.departmentId, changedOn: f.changedOn, due };
      const field = `registryFilings[${i}].filedOn`;
      if (f.filedOn) out.push(f.filedOn <= due ? pass(s) : fail(s, 'lateFiling', { ...data, filedOn: f.filedOn }, [field]));
      else out.push(asOf > due ? fail(s, 'notFiled', data, [field]) : pass(s));
    });
    return out;
  },
});
