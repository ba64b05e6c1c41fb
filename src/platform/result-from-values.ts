/**
 * The result on a result page (检查结果录入, 结果审核公示) as the model's CheckResult: one category from a select or
 * from ticked boxes, the dates the page shows, and the 公示日期 a review gives. Pure.
 */
import type { z } from 'zod';
import { CheckResult, resultCategoryCode } from '../core/model';
import type { ReadLine } from './read-form';
import { bool, drop, list, note, str, type Values } from './model-values';

type CheckResultInput = z.input<typeof CheckResult>;

/**
 * A result ticked as check boxes (several may be, as on Zhejiang's 检查结果): the model keeps one category. Those
 * outside the nine are what the rule must see, so they are the category (all of them, joined); else the first of
 * the nine, and the others ticked are said in 读取情况 as also of the nine.
 */
function tickedCategory(ticked: string[], lines: ReadLine[]): string | undefined {
  const all = [...new Set(ticked)];
  const outside = all.filter((c) => !resultCategoryCode(c));
  if (outside.length) return outside.join('、');
  const [first, ...rest] = all;
  if (rest.length) lines.push(note('result.categories', rest.join('、'), `同时勾选，均属规定类别（按「${first}」判断）`, `also ticked, all of the set categories (judged as "${first}")`));
  return first;
}

/**
 * The result being entered (检查结果录入): one object's result. The platform records the upload when it is saved,
 * so a page that shows no upload date is judged as uploaded today, and 读取情况 says so.
 */
export function resultFromValues(values: Values, today: string, lines: ReadLine[]): CheckResultInput {
  const shown = str(values['result.uploadedOn']);
  if (!shown) lines.push(note('result.uploadedOn', today, '页面未显示录入日期：按今天（保存之日）计', 'no entry date shown: today (the day it is saved)'));
  const object = str(values['result.object']);
  return {
    objectId: object ?? '（被检查对象）',
    objectName: object,
    category: str(values['result.category']) ?? tickedCategory(list(values['result.categories']), lines),
    checkedOn: str(values['result.checkedOn']),
    uploadedOn: shown ?? today,
    uploadDelayReason: str(values['result.uploadDelayReason']),
    publishedOn: str(values['result.publishedOn']) ?? reviewPublication(values, lines),
  };
}

/**
 * The 公示日期 a review page gives (结果审核公示): a result that passes review is published on the day of the review;
 * one sent back is not published; before the reviewer decides, nothing is. Each case is said in 读取情况.
 */
function reviewPublication(values: Values, lines: ReadLine[]): string | undefined {
  const passed = bool(values['result.reviewPassed']);
  const on = str(values['result.reviewedOn']);
  if (!on && passed === undefined) return undefined;
  if (passed === true && on) {
    lines.push(note('result.reviewedOn', on, '审核通过即公示：公示日期按审核日期计', 'passed review is published: the review day is the publication day'));
    return on;
  }
  if (passed === true) lines.push(note('result.reviewPassed', true, '审核通过，但页面没有审核日期：公示日期未知，按未公示判断', 'passed, but the page shows no review day: judged as not yet published'));
  else if (on) lines.push(drop('result.reviewedOn', [on], passed === false ? '审核不通过（退回）：结果不公示' : '尚未选择审核结果：结果尚未公示', passed === false ? 'sent back: the result is not published' : 'no review decision yet: not published yet'));
  return undefined;
}
