import { z } from 'zod';
import { defineRule } from '../types';
import { eachResult, fail, missing, pass, resultSubject } from '../walk';

export default defineRule({
  meta: {
    id: 'result.notify-object',
    scope: 'result',
    severity: 'error',
    risk: ['A-8'],
    citations: [{ file: 'changchun-chaoyang-2021.txt', section: '§四(二)1', quote: '未按要求提前告知检查对象相关检查项目、内容和标准的' }],
    docs: {
      zh: '检查前应提前告知检查对象检查项目、内容和标准。',
      en: 'The object was told the check items, content and standards in advance.',
    },
    messages: {
      notNotified: { zh: '未提前告知检查对象 {object} 检查项目、内容和标准', en: 'Object {object} was not told the items, content and standards in advance' },
    },
    params: z.strictObject({}),
  },
  check({ dossier }) {
    return eachResult(dossier).map(({ task, result, path }) => {
      const s = resultSubject(task, result);
      const field = `${path}.notifiedInAdvance`;
      if (result.notifiedInAdvance === undefined) return missing(s, field);
      return result.notifiedInAdvance ? pass(s) : fail(s, 'notNotified', { object: result.objectName ?? result.objectId }, [field]);
    });
  },
});
