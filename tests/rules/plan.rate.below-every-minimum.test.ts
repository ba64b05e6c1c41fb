import rule from '../../src/core/rules/defs/plan.rate.below-every-minimum';
import { ruleTester } from './rule-tester';
import { basePlan } from '../fixtures/builders';

const rate = (r: Record<string, unknown>, extra: Record<string, unknown> = {}) => basePlan({ items: [{ itemId: 'I', name: '事项', rate: r, ...extra }] });

ruleTester(rule, {
  valid: [
    { name: '3% of unknown kind', plan: rate({ percent: { exact: 3 } }) },
    { name: '不低于10%', plan: rate({ percent: { min: 10 } }) },
    { name: 'per level ≥30% and ≥50%', plan: rate({ parts: [{ label: '市级', min: 30 }, { label: '县(区)级', min: 50 }] }) },
    { name: 'a count over its library: 5 of 51 ≈ 9.8%', plan: rate({ count: { exact: 5, unit: '户' }, librarySize: 51 }) },
    { name: 'a rate typed as a plain percent (platform plans)', plan: basePlan({ items: [{ itemId: 'I', ratePercent: 5 }] }) },
  ],
  invalid: [
    { name: '1% of unknown kind', plan: rate({ percent: { exact: 1 } }), errors: [{ messageId: 'belowAll', fields: ['plans[0].items[0].rate'], data: { rate: 1, min: 3 } }] },
    { name: '2%-5%: the table allows 2%', plan: rate({ percent: { min: 2, max: 5 } }), errors: [{ messageId: 'belowAll', data: { rate: 2 } }] },
    { name: '不低于0.5%', plan: rate({ percent: { min: 0.5 } }), errors: [{ messageId: 'belowAll', data: { rate: 0.5 } }] },
    { name: 'a plain 2.5% typed on the platform, kind unknown', plan: basePlan({ items: [{ itemId: 'I', ratePercent: 2.5 }] }), errors: [{ messageId: 'belowAll', fields: ['plans[0].items[0].ratePercent'] }] },
    { name: '1户 of a library of 500', plan: rate({ count: { exact: 1, unit: '户' }, librarySize: 500 }), errors: [{ messageId: 'belowAll', data: { rate: 0.2 } }] },
  ],
  inapplicable: [{ name: 'a general item at 1% is left to plan.rate.general-bounds', plan: rate({ percent: { exact: 1 } }, { kind: 'general' }) }],
  incomplete: [
    { name: '原则上…不高于10%,由各级…自行确定: no minimum stated', plan: rate({ percent: { max: 10 }, delegated: true }), incomplete: [{ messageId: 'missing', fields: ['plans[0].items[0].rate.percent.min'] }] },
  ],
});
