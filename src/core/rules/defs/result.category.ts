import { z } from 'zod';
import { RESULT_CATEGORIES, resultCategoryCode } from '../../model';
import { defineRule } from '../types';
import { eachResult, fail, missing, pass, resultSubject } from '../walk';

export default defineRule({
  meta: {
    id: 'result.category',
    scope: 'result',
    severity: 'error',
    risk: [],
    citations: [{ file: 'shenzhen-2018.txt', section: '§二(三)4', quote: '抽查检查结果包括未发现问题、未按规定公示应当公示的信息' }],
    docs: {
      zh: '每条检查结果须为规定的 9 类结果之一。',
      en: 'Each result is one of the 9 result categories.',
    },
    messages: {
      unknownCategory: { zh: '检查结果「{category}」不属于规定的结果类别', en: 'Result "{category}" is not one of the result categories' },
      noCategory: { zh: '已检查的对象 {object} 没有填写检查结果', en: 'Object {object} was checked but has no result category' },
    },
    params: z.strictObject({ categories: z.array(z.enum(RESULT_CATEGORIES)).min(1) }),
  },
  check({ dossier, params }) {
    return eachResult(dossier).map(({ task, result, path }) => {
      const s = resultSubject(task, result);
      const field = `${path}.category`;
      if (!result.category?.trim()) return result.checkedOn ? fail(s, 'noCategory', { object: result.objectName ?? result.objectId }, [field]) : missing(s, field);
      // Staff often type half-width brackets in 通过登记的住所（经营场所）无法联系.
      const code = resultCategoryCode(result.category.replace(/\(/g, '（').replace(/\)/g, '）'));
      return code && params.categories.includes(code) ? pass(s) : fail(s, 'unknownCategory', { category: result.category }, [field]);
    });
  },
});
