import rule from '../../src/core/rules/defs/plan.nonrandom.campaign-label';
import { ruleTester } from './rule-tester';
import { basePlan } from '../fixtures/builders';

const approval = { by: '区政府', on: '2026-05-01' };

ruleTester(rule, {
  valid: [
    { name: 'a campaign done by double-random sampling', plan: basePlan({ name: '2026年成品油专项整治双随机抽查' }) },
    { name: 'an approved full inspection for a major special rectification', plan: basePlan({ campaign: '燃气安全专项整治', randomMode: 'objects-only', nonRandom: { ground: 'special-rectification', approval } }) },
  ],
  invalid: [
    { name: 'a joint action without random sampling', plan: basePlan({ name: '校园周边联合行动', nonRandom: { ground: 'complaint', approval } }), errors: [{ messageId: 'campaignWithoutRandom', fields: ['plans[0].nonRandom'], data: { campaign: '联合行动' } }] },
    { name: 'a special campaign sampling inspectors only', plan: basePlan({ campaign: '百日行动', randomMode: 'inspectors-only' }), errors: [{ messageId: 'campaignWithoutRandom', fields: ['plans[0].randomMode'] }] },
    { name: 'a full inspection claimed but not approved', plan: basePlan({ campaign: '专项整治', nonRandom: { ground: 'special-rectification' } }), errors: [{ messageId: 'campaignWithoutRandom' }] },
  ],
  inapplicable: [{ name: 'an ordinary plan', plan: basePlan() }],
});
