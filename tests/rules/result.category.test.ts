import rule from '../../src/core/rules/defs/result.category';
import { ruleTester } from './rule-tester';
import { result, withResults } from '../fixtures/result-builders';

const categorised = (category: string | undefined, over = {}) => withResults([result({ category, ...over })]);

ruleTester(rule, {
  valid: [
    { name: 'a Chinese label', dossier: categorised('发现问题已责令改正') },
    { name: 'a code', dossier: categorised('unreachable') },
    { name: 'the ninth category, 其他', dossier: categorised('其他') },
    { name: 'a label with surrounding spaces', dossier: categorised(' 未发现问题 ') },
    { name: 'half-width brackets typed for 住所（经营场所）', dossier: categorised('通过登记的住所(经营场所)无法联系') },
  ],
  invalid: [
    { name: 'a category outside the nine', dossier: categorised('基本合格'), errors: [{ messageId: 'unknownCategory', data: { category: '基本合格' }, fields: ['plans[0].tasks[0].results[0].category'] }] },
    { name: 'a near miss of a label', dossier: categorised('发现问题已改正'), errors: [{ messageId: 'unknownCategory' }] },
    { name: 'checked but no result entered', dossier: categorised(undefined), errors: [{ messageId: 'noCategory', data: { object: '甲餐饮店' }, fields: ['plans[0].tasks[0].results[0].category'] }] },
    { name: 'checked, a blank result', dossier: categorised('  '), errors: [{ messageId: 'noCategory' }] },
    { name: 'a category the profile leaves out', dossier: categorised('其他'), params: { categories: ['no-problem', 'ordered-to-correct'] }, errors: [{ messageId: 'unknownCategory', data: { category: '其他' } }] },
  ],
  incomplete: [{ name: 'not yet checked, no result', dossier: categorised(undefined, { checkedOn: undefined }), incomplete: [{ messageId: 'missing', fields: ['plans[0].tasks[0].results[0].category'] }] }],
});
