import rule from '../../src/core/rules/defs/plan.rate.key-minimum';
import { ruleTester } from './rule-tester';
import { basePlan } from '../fixtures/builders';

const key = (rate: number) => basePlan({ items: [{ itemId: 'K', name: '重点事项', kind: '重点检查事项', ratePercent: rate }] });

ruleTester(rule, {
  valid: [
    { name: 'exactly 20%', plan: key(20) },
    { name: '100%: no upper cap', plan: key(100) },
  ],
  invalid: [
    { name: '19.9%', plan: key(19.9), errors: [{ messageId: 'tooLow', fields: ['plans[0].items[0].ratePercent'], data: { rate: 19.9, min: 20 } }] },
    { name: '5% under a profile asking 10%', plan: key(5), params: { minPercent: 10 }, errors: [{ messageId: 'tooLow', data: { min: 10 } }] },
  ],
  incomplete: [{ name: 'a key item without a rate', plan: basePlan({ items: [{ itemId: 'K', kind: 'key' }] }), incomplete: [{ messageId: 'missing' }] }],
  inapplicable: [{ name: 'only general items', plan: basePlan({ items: [{ itemId: 'G', kind: 'general', ratePercent: 1 }] }) }],
});
