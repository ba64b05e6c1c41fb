import rule from '../../src/core/rules/defs/result.referral';
import { ruleTester } from './rule-tester';
import { result, withResults } from '../fixtures/result-builders';

const found = (category: string | undefined, referral?: { needed: boolean; done?: boolean; to?: string }) => withResults([result({ category, referral })]);

ruleTester(rule, {
  valid: [
    { name: 'no problem found: nothing to refer', dossier: found('未发现问题') },
    { name: 'no business activity found (code): nothing to refer', dossier: found('no-activity') },
    { name: 'a suspected crime referred', dossier: found('发现问题待后续处理', { needed: true, done: true, to: '区公安分局' }) },
    { name: 'a problem within the department’s powers', dossier: found('发现问题已责令改正', { needed: false }) },
  ],
  invalid: [
    { name: 'a needed referral not made', dossier: found('发现问题待后续处理', { needed: true, done: false }), errors: [{ messageId: 'notReferred', data: { object: '甲餐饮店' }, fields: ['plans[0].tasks[0].results[0].referral.done'] }] },
    { name: 'a referral not made even where the category says nothing was found', dossier: found('未发现问题', { needed: true, done: false }), errors: [{ messageId: 'notReferred' }] },
  ],
  incomplete: [
    { name: 'a problem found, referral question unanswered', dossier: found('发现问题待后续处理'), incomplete: [{ messageId: 'missing', fields: ['plans[0].tasks[0].results[0].referral'] }] },
    { name: 'no category and no referral', dossier: found(undefined), incomplete: [{ messageId: 'missing' }] },
    { name: 'referral needed, outcome unknown', dossier: found('其他', { needed: true }), incomplete: [{ messageId: 'missing', fields: ['plans[0].tasks[0].results[0].referral.done'] }] },
  ],
});
