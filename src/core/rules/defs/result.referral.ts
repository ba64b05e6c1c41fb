import { z } from 'zod';
import { resultCategoryCode } from '../../model';
import { defineRule } from '../types';
import { eachResult, fail, missing, pass, resultSubject } from '../walk';

/** Categories that report no problem, so no referral question arises. */
const NOTHING_FOUND = new Set(['no-problem', 'no-activity']);

export default defineRule({
  meta: {
    id: 'result.referral',
    scope: 'result',
    severity: 'error',
    risk: ['A-11'],
    citations: [
      { file: 'shenzhen-2018.txt', section: '§二(一)4', quote: '涉及不属于实施抽查部门权限的，依法移送相关部门处理，涉嫌犯罪的，依法移送司法机关' },
      { file: 'changchun-chaoyang-2021.txt', section: '§四(二)1', quote: '对抽查检查中发现的涉嫌犯罪案件，未依法移送有关部门处理的' },
    ],
    docs: {
      zh: '发现不属于本部门权限的问题，依法移送相关部门；涉嫌犯罪的，移送司法机关。',
      en: 'Findings outside the department’s powers are referred; suspected crimes go to the judicial organs.',
    },
    messages: {
      notReferred: { zh: '检查对象 {object} 的问题需要移送，但未移送', en: 'The findings on object {object} need a referral that was not made' },
    },
    params: z.strictObject({}),
  },
  check({ dossier }) {
    return eachResult(dossier).map(({ task, result, path }) => {
      const s = resultSubject(task, result);
      const r = result.referral;
      if (!r) return NOTHING_FOUND.has(resultCategoryCode(result.category) ?? '') ? pass(s) : missing(s, `${path}.referral`);
      if (!r.needed) return pass(s);
      if (r.done === undefined) return missing(s, `${path}.referral.done`);
      return r.done ? pass(s) : fail(s, 'notReferred', { object: result.objectName ?? result.objectId }, [`${path}.referral.done`]);
    });
  },
});
