import rule from '../../src/core/rules/defs/plan.temporary.basis';
import { ruleTester } from './rule-tester';
import { basePlan } from '../fixtures/builders';

const approval = { by: '区司法局', on: '2026-08-01', reference: '朝司审〔2026〕12号' };
const temp = (t: object | undefined, over = {}) => basePlan({ kind: 'temporary', temporary: t, ...over });

ruleTester(rule, {
  valid: [{ name: 'basis, approval and random', plan: temp({ legalBasis: '《产品质量法》第十五条', random: true, approval }) }],
  invalid: [
    { name: 'no legal basis', plan: temp({ random: true, approval }), errors: [{ messageId: 'noBasis', fields: ['plans[0].temporary.legalBasis'] }] },
    { name: 'not approved', plan: temp({ legalBasis: '《产品质量法》', random: true }), errors: [{ messageId: 'notApproved' }] },
    { name: 'not random', plan: temp({ legalBasis: '《产品质量法》', random: false, approval }), errors: [{ messageId: 'notRandom', fields: ['plans[0].temporary.random'] }] },
    { name: 'objects only (single random)', plan: temp({ legalBasis: '《产品质量法》', approval }, { randomMode: 'objects-only' }), errors: [{ messageId: 'notRandom', fields: ['plans[0].randomMode'] }] },
    { name: 'a temporary plan run as a non-random check', plan: temp({ legalBasis: '《产品质量法》', random: true, approval }, { nonRandom: { ground: 'complaint', approval } }), errors: [{ messageId: 'notRandom' }] },
    { name: 'nothing stated at all', plan: temp(undefined), errors: [{ messageId: 'noBasis' }, { messageId: 'notApproved' }] },
  ],
  inapplicable: [{ name: 'an annual plan', plan: basePlan() }],
});
