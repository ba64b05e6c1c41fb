import rule from '../../src/core/rules/defs/result.referral';
import { ruleTester } from './rule-tester';
import { result, withResults } from '../fixtures/result-builders';

ruleTester(rule, {
  valid: [
    { name: 'nothing found: nothing to refer', dossier: withResults([result()]) },
    { name: 'a suspected crime referred', dossier: withResults([result({ category: '发现问题待后续处理', referral: { needed: true, done: true, to: '区公安分局' } })]) },
    { name: 'a problem within the department’s powers', dossier: withResults([result({ category: '发现问题已责令改正', referral: { needed: false } })]) },
  ],
  invalid: [{ name: 'a needed referral not made', dossier: withResults([result({ category: '发现问题待后续处理', referral: { needed: true, done: false } })]), errors: [{ messageId: 'notReferred', fields: ['plans[0].tasks[0].results[0].referral.done'] }] }],
  incomplete: [
    { name: 'a problem found, referral question unanswered', dossier: withResults([result({ category: '发现问题待后续处理' })]), incomplete: [{ messageId: 'missing', fields: ['plans[0].tasks[0].results[0].referral'] }] },
    { name: 'referral needed, outcome unknown', dossier: withResults([result({ category: '其他', referral: { needed: true } })]), incomplete: [{ messageId: 'missing' }] },
  ],
});
