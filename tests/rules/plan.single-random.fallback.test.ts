import rule from '../../src/core/rules/defs/plan.single-random.fallback';
import { ruleTester } from './rule-tester';
import { basePlan } from '../fixtures/builders';

ruleTester(rule, {
  valid: [
    { name: 'double random', plan: basePlan() },
    { name: 'a declared temporary fallback', plan: basePlan({ randomMode: 'objects-only', singleRandomFallback: { declared: true, temporary: true, reason: '执法人员名录库尚未建立' } }) },
  ],
  invalid: [
    { name: 'objects only, undeclared', plan: basePlan({ randomMode: '仅随机抽取检查对象' }), errors: [{ messageId: 'undeclared', fields: ['plans[0].singleRandomFallback'] }] },
    { name: 'declared but not temporary', plan: basePlan({ randomMode: 'inspectors-only', singleRandomFallback: { declared: true } }), errors: [{ messageId: 'undeclared' }] },
  ],
});
