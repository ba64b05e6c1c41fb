import rule from '../../src/core/rules/defs/plan.frequency.entity-limit';
import { ruleTester } from './rule-tester';
import { basePlan } from '../fixtures/builders';

const item = (frequency: Record<string, number>, extra: Record<string, unknown> = {}) => basePlan({ items: [{ itemId: 'I', name: '出租汽车经营者经营服务抽查', frequency, ...extra }] });

ruleTester(rule, {
  valid: [
    { name: '2次/年 at the limit', plan: item({ exact: 2 }) },
    { name: '不少于1次/年', plan: item({ min: 1 }) },
    { name: '12 a year under a profile allowing 12', plan: item({ exact: 12 }), params: { maxPerYear: 12 } },
  ],
  inapplicable: [{ name: 'no frequency stated: nothing to judge', plan: basePlan() }],
  invalid: [
    { name: '每月 (12 a year)', plan: item({ exact: 12 }), errors: [{ messageId: 'tooOften', fields: ['plans[0].items[0].frequency'], data: { times: 12, max: 2 } }] },
    { name: '至少3次', plan: item({ min: 3 }), errors: [{ messageId: 'tooOften', data: { times: 3 } }] },
    { name: '100% three times a year: every entity checked three times', plan: item({ exact: 3 }, { ratePercent: 100 }), errors: [{ messageId: 'fullAndOften', data: { times: 3, max: 2 } }] },
  ],
});
