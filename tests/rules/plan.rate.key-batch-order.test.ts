import rule from '../../src/core/rules/defs/plan.rate.key-batch-order';
import { ruleTester } from './rule-tester';
import { basePlan } from '../fixtures/builders';

const key = (rate: number, batchOrder?: string[]) =>
  basePlan({ items: [{ itemId: 'K', name: '特种设备检查', kind: 'key', ratePercent: rate }], tasks: [{ id: 'T', name: '任务', items: [{ itemId: 'K' }], draw: { objectIds: ['O1', 'O2'], batchOrder } }] });

ruleTester(rule, {
  valid: [
    { name: '60% with a random batch order', plan: key(60, ['O2', 'O1']) },
    { name: 'exactly 50% with a batch order', plan: key(50, ['O1', 'O2']) },
  ],
  invalid: [
    { name: 'exactly 50% without a batch order', plan: key(50), errors: [{ messageId: 'noBatchOrder', fields: ['plans[0].items[0].ratePercent'], data: { rate: 50 } }] },
    { name: '100% with an empty batch order', plan: key(100, []), errors: [{ messageId: 'noBatchOrder' }] },
  ],
  inapplicable: [
    { name: '49.9% is not high', plan: key(49.9) },
    { name: 'a general item at 60%', plan: basePlan({ items: [{ itemId: 'G', kind: 'general', ratePercent: 60 }] }) },
  ],
});
