import rule from '../../src/core/rules/defs/plan.rate.key-batch-order';
import { ruleTester } from './rule-tester';
import { basePlan } from '../fixtures/builders';
import { keyItemPlan as key, task } from '../fixtures/plan-builders';

ruleTester(rule, {
  valid: [
    { name: '60% with a random batch order', plan: key(60, ['O2', 'O1']) },
    { name: 'exactly 50% with a batch order', plan: key(50, ['O1', 'O2']) },
    {
      name: 'a key rate set on the task, whose draw has a batch order',
      plan: basePlan({ items: [], tasks: [task('T', { items: [{ itemId: 'K', kind: 'key', ratePercent: 80 }], draw: { objectIds: ['O1'], batchOrder: ['O1'] } })] }),
    },
  ],
  invalid: [
    { name: 'exactly 50% without a batch order', plan: key(50), errors: [{ messageId: 'noBatchOrder', fields: ['plans[0].items[0].ratePercent'], data: { rate: 50 } }] },
    { name: '100% with an empty batch order', plan: key(100, []), errors: [{ messageId: 'noBatchOrder' }] },
    {
      name: 'a strategy ratio entry of 70% for a key item, no batch order',
      plan: basePlan({ items: [], tasks: [task('T', { items: [{ itemId: 'K', kind: 'key' }], strategy: { entries: [{ itemId: 'K', quantityMode: 'ratio', target: 70 }] } })] }),
      errors: [{ messageId: 'noBatchOrder', fields: ['plans[0].tasks[0].strategy.entries[0].target'], data: { rate: 70 } }],
    },
    {
      name: 'the same item high on the plan and its task is one finding, at the higher rate',
      plan: key(60, undefined, { tasks: [task('T', { items: [{ itemId: 'K', kind: 'key', ratePercent: 90 }] })] }),
      errors: [{ messageId: 'noBatchOrder', data: { rate: 90 } }],
    },
    {
      name: 'only a task that does not carry the item has a batch order',
      plan: key(60, undefined, { tasks: [task('T1', { items: [{ itemId: 'K' }] }), task('T2', { items: [{ itemId: 'G', kind: 'general', ratePercent: 5 }], draw: { batchOrder: ['O9'] } })] }),
      errors: [{ messageId: 'noBatchOrder' }],
    },
  ],
  inapplicable: [
    { name: '49.9% is not high', plan: key(49.9) },
    { name: 'a general item at 60%', plan: basePlan({ items: [{ itemId: 'G', kind: 'general', ratePercent: 60 }] }) },
    { name: 'a key item without a rate (key-minimum reports it)', plan: basePlan({ items: [{ itemId: 'K', kind: 'key' }] }) },
  ],
});
