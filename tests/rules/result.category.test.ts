import rule from '../../src/core/rules/defs/result.category';
import { ruleTester } from './rule-tester';
import { result, withResults } from '../fixtures/result-builders';

ruleTester(rule, {
  valid: [
    { name: 'a Chinese label', dossier: withResults([result({ category: '发现问题已责令改正' })]) },
    { name: 'a code', dossier: withResults([result({ category: 'unreachable' })]) },
    { name: 'the ninth category, 其他', dossier: withResults([result({ category: '其他' })]) },
  ],
  invalid: [
    { name: 'a category outside the nine', dossier: withResults([result({ category: '基本合格' })]), errors: [{ messageId: 'unknownCategory', data: { category: '基本合格' }, fields: ['plans[0].tasks[0].results[0].category'] }] },
    { name: 'checked but no result entered', dossier: withResults([result({ category: undefined })]), errors: [{ messageId: 'noCategory' }] },
    { name: 'a category the profile leaves out', dossier: withResults([result({ category: '其他' })]), params: { categories: ['no-problem', 'ordered-to-correct'] }, errors: [{ messageId: 'unknownCategory' }] },
  ],
  incomplete: [{ name: 'not yet checked, no result', dossier: withResults([result({ checkedOn: undefined, category: undefined })]), incomplete: [{ messageId: 'missing' }] }],
});
