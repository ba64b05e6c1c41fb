import rule from '../../src/core/rules/defs/plan.rate.full-inspection';
import { ruleTester } from './rule-tester';
import { basePlan } from '../fixtures/builders';

const rate = (r: Record<string, unknown>) => basePlan({ items: [{ itemId: 'I', name: '拍卖企业检查', rate: r }] });

ruleTester(rule, {
  valid: [
    { name: '10%', plan: rate({ percent: { exact: 10 } }) },
    { name: '≥50%', plan: rate({ percent: { min: 50 } }) },
  ],
  inapplicable: [{ name: 'no rate: nothing to say', plan: basePlan({ items: [{ itemId: 'I' }] }) }],
  invalid: [
    { name: '100%,抽查1次', plan: rate({ percent: { exact: 100 } }), errors: [{ messageId: 'full', fields: ['plans[0].items[0].rate'] }] },
    { name: 'a platform rate of 100', plan: basePlan({ items: [{ itemId: 'I', ratePercent: 100 }] }), errors: [{ messageId: 'full', fields: ['plans[0].items[0].ratePercent'] }] },
    { name: 'one level at 100%', plan: rate({ parts: [{ label: '一级', exact: 100 }, { label: '二级', min: 30 }] }), errors: [{ messageId: 'full' }] },
  ],
});
