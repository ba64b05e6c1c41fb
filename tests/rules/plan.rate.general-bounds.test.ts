import rule from '../../src/core/rules/defs/plan.rate.general-bounds';
import { ruleTester } from './rule-tester';
import { basePlan } from '../fixtures/builders';

const general = (rate: number) => basePlan({ items: [{ itemId: 'G', name: '一般事项', kind: 'general', ratePercent: rate }] });

ruleTester(rule, {
  valid: [
    { name: 'exactly 3%', plan: general(3) },
    { name: 'exactly 20%', plan: general(20) },
    { name: '25% under a profile allowing 2–25%', plan: general(25), params: { minPercent: 2, maxPercent: 25 } },
    { name: 'a fixed count over the library size: 15 of 300 = 5%', plan: basePlan({ items: [], tasks: [{ id: 'T', name: '任务', items: [{ itemId: 'G', kind: 'general', fixedCount: 15 }], strategy: { entries: [{ itemId: 'G', librarySize: 300, quantityMode: 'fixed', target: 15 }] } }] }) },
  ],
  invalid: [
    { name: '2.9% is below 3%', plan: general(2.9), errors: [{ messageId: 'tooLow', fields: ['plans[0].items[0].ratePercent'], data: { rate: 2.9, min: 3 } }] },
    { name: '20.1% is above 20%', plan: general(20.1), errors: [{ messageId: 'tooHigh', data: { rate: 20.1, max: 20 } }] },
    { name: '25%', plan: general(25), errors: [{ messageId: 'tooHigh' }] },
    { name: 'a strategy ratio entry of 30% for a general item', plan: basePlan({ items: [{ itemId: 'G', kind: 'general', ratePercent: 5 }], tasks: [{ id: 'T', name: '任务', items: [{ itemId: 'G', kind: 'general', ratePercent: 5 }], strategy: { entries: [{ itemId: 'G', quantityMode: '全部比例', target: 30 }] } }] }), errors: [{ messageId: 'tooHigh', fields: ['plans[0].tasks[0].strategy.entries[0].target'] }] },
    { name: 'a fixed count given on the task item and its strategy entry is judged once', plan: basePlan({ items: [], tasks: [{ id: 'T', name: '任务', items: [{ itemId: 'G', kind: 'general', fixedCount: 1 }], strategy: { entries: [{ itemId: 'G', librarySize: 500, quantityMode: 'fixed', target: 1 }] } }] }), errors: [{ messageId: 'tooLow', fields: ['plans[0].tasks[0].strategy.entries[0].target'] }] },
    { name: 'a fixed count of 1 in 500 (0.2%)', plan: basePlan({ items: [], tasks: [{ id: 'T', name: '任务', items: [{ itemId: 'G', kind: 'general' }], strategy: { entries: [{ itemId: 'G', librarySize: 500, quantityMode: 'fixed', target: 1 }] } }] }), errors: [{ messageId: 'tooLow', data: { rate: 0.2 } }] },
  ],
  incomplete: [
    { name: 'a general item without a rate', plan: basePlan({ items: [{ itemId: 'G', kind: 'general' }] }), incomplete: [{ messageId: 'missing', fields: ['plans[0].items[0].ratePercent'] }] },
    { name: 'an item of unknown kind', plan: basePlan({ items: [{ itemId: 'G', ratePercent: 50 }] }), incomplete: [{ messageId: 'missing', fields: ['plans[0].items[0].kind'] }] },
  ],
});
