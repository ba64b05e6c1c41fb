import { z } from 'zod';
import { checkIdNumber, checkUscc } from '../../model';
import { defineRule, type Outcome } from '../types';
import { fail, pass } from '../walk';

const FIELDS = [
  ['name', '名称'],
  ['address', '住所'],
  ['personInCharge', '负责人'],
  ['contact', '联系方式'],
] as const;

export default defineRule({
  meta: {
    id: 'registry.object-fields',
    scope: 'registry',
    severity: 'warn',
    risk: [],
    citations: [{ file: 'shenzhen-2018.txt', section: '§二(一)2', quote: '登记信息包含检查对象名称（姓名）、住所、负责人、联系方式、统一社会信用代码（身份证号码）等信息' }],
    docs: {
      zh: '检查对象登记信息应包含名称、住所、负责人、联系方式和统一社会信用代码（校验位符合 GB 32100-2015）或身份证号码。',
      en: 'An object record has name, address, person in charge, contact, and a unified social credit code (GB 32100-2015 check digit) or ID number.',
    },
    messages: {
      missingFields: { zh: '检查对象 {object} 缺少：{fields}', en: 'Object {object} lacks: {fieldsEn}' },
      noIdentifier: { zh: '检查对象 {object} 没有统一社会信用代码或身份证号码', en: 'Object {object} has neither a unified social credit code nor an ID number' },
      badIdentifier: { zh: '检查对象 {object} 的代码 {code} 格式不正确', en: 'Object {object} has a malformed code {code}' },
      badCheckDigit: { zh: '检查对象 {object} 的代码 {code} 校验位不符（早期代码可能如此，请核实）', en: 'The check digit of code {code} of object {object} does not match (some early codes fail it: verify)' },
    },
    params: z.strictObject({}),
  },
  check({ dossier }) {
    return (dossier.objects ?? []).flatMap((o, i) => {
      const s = { kind: 'object' as const, id: o.id, label: o.name };
      const path = `objects[${i}]`;
      const object = o.name ?? o.id;
      const out: Outcome[] = [];
      const absent = FIELDS.filter(([k]) => !o[k]?.trim());
      if (absent.length)
        out.push(fail(s, 'missingFields', { object, fields: absent.map((f) => f[1]).join('、'), fieldsEn: absent.map((f) => f[0]).join(', ') }, absent.map(([k]) => `${path}.${k}`)));
      // The USCC when there is one; an individual business without one is known by its holder's ID number.
      const uscc = o.uscc?.trim();
      const idNumber = o.idNumber?.trim();
      const [code, field, result] = uscc
        ? [uscc, `${path}.uscc`, checkUscc(uscc)]
        : idNumber
          ? [idNumber, `${path}.idNumber`, checkIdNumber(idNumber)]
          : [undefined, `${path}.uscc`, undefined];
      if (!code) out.push(fail(s, 'noIdentifier', { object }, [field, `${path}.idNumber`]));
      else if (result === 'bad-format') out.push(fail(s, 'badIdentifier', { object, code }, [field]));
      else if (result === 'bad-check-digit') out.push(fail(s, 'badCheckDigit', { object, code }, [field]));
      return out.length ? out : [pass(s)];
    });
  },
});
