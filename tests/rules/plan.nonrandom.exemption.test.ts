import rule from '../../src/core/rules/defs/plan.nonrandom.exemption';
import { ruleTester } from './rule-tester';
import { basePlan } from '../fixtures/builders';

const approval = { by: '区市场监管局局长办公会', on: '2026-05-10' };

ruleTester(rule, {
  valid: [
    { name: 'a complaint with approval', plan: basePlan({ nonRandom: { ground: 'complaint', approval } }) },
    { name: 'major-event safeguarding (Chinese label)', plan: basePlan({ nonRandom: { ground: '重大活动保障', approval } }) },
  ],
  invalid: [
    { name: 'no ground', plan: basePlan({ nonRandom: { approval } }), errors: [{ messageId: 'noGround', fields: ['plans[0].nonRandom.ground'] }] },
    { name: 'a free-text ground only', plan: basePlan({ nonRandom: { groundText: '领导交办', approval } }), errors: [{ messageId: 'noGround', data: { text: '（领导交办）', textEn: ' (stated: 领导交办)' } }] },
    { name: 'a referral without approval', plan: basePlan({ nonRandom: { ground: 'referral' } }), errors: [{ messageId: 'notApproved', fields: ['plans[0].nonRandom.approval'] }] },
    { name: 'neither ground nor approval: both reported', plan: basePlan({ nonRandom: {} }), errors: [{ messageId: 'noGround', data: { text: '' } }, { messageId: 'notApproved' }] },
  ],
  inapplicable: [{ name: 'a random plan', plan: basePlan() }],
});
