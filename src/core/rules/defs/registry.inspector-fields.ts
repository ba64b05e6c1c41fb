import { z } from 'zod';
import { defineRule } from '../types';
import { fail, pass } from '../walk';

const FIELDS = [
  ['name', '姓名'],
  ['gender', '性别'],
  ['position', '职务'],
  ['licenceNumber', '执法证号'],
  ['unit', '工作单位'],
] as const;

export default defineRule({
  meta: {
    id: 'registry.inspector-fields',
    scope: 'registry',
    severity: 'warn',
    risk: [],
    citations: [{ file: 'shenzhen-2018.txt', section: '§二(一)2', quote: '检查人员基本情况（姓名、性别等）、职务、执法证号、工作单位、业务专长等' }],
    docs: {
      zh: '执法检查人员登记信息应包含姓名、性别、职务、执法证号、所属单位和业务专长。',
      en: 'An inspector record has name, gender, position, enforcement licence number, unit and expertise.',
    },
    messages: {
      missingFields: { zh: '检查人员 {inspector} 缺少：{fields}', en: 'Inspector {inspector} lacks: {fieldsEn}' },
    },
    params: z.strictObject({}),
  },
  check({ dossier }) {
    return (dossier.inspectors ?? []).map((r, i) => {
      const s = { kind: 'inspector' as const, id: r.id, label: r.name };
      const absent: Array<readonly [string, string]> = FIELDS.filter(([k]) => !r[k]?.trim());
      if (!r.expertise.some((e) => e.trim())) absent.push(['expertise', '业务专长']);
      if (!absent.length) return pass(s);
      return fail(
        s,
        'missingFields',
        { inspector: r.name ?? r.id, fields: absent.map((f) => f[1]).join('、'), fieldsEn: absent.map((f) => f[0]).join(', ') },
        absent.map(([k]) => `inspectors[${i}].${k}`),
      );
    });
  },
});
