import rule from '../../src/core/rules/defs/strategy.directed-filters';
import { ruleTester } from './rule-tester';
import { basePlan } from '../fixtures/builders';
import { withStrategy } from '../fixtures/strategy-builders';

ruleTester(rule, {
  valid: [
    { name: 'non-directed without filters', plan: basePlan({ directed: false }) },
    { name: 'directed by industry', plan: basePlan({ directed: true, filters: { industries: ['餐饮服务'] } }) },
    { name: 'an empty filter list restricts nothing', plan: basePlan({ directed: false, filters: { industries: [] } }) },
  ],
  invalid: [
    { name: 'directed without filters', plan: basePlan({ directed: true }), errors: [{ messageId: 'directedWithoutFilters', fields: ['plans[0].filters'] }] },
    { name: 'non-directed with a credit-class filter', plan: basePlan({ directed: false, filters: { creditClasses: ['D'] } }), errors: [{ messageId: 'undirectedWithFilters', data: { filters: 'creditClasses' } }] },
    { name: 'a task strategy directed without filters', dossier: withStrategy({ directed: true, filters: {} }), errors: [{ messageId: 'directedWithoutFilters', fields: ['plans[0].tasks[0].strategy.filters'] }] },
  ],
  incomplete: [{ name: '定向 or 不定向 not stated', plan: basePlan({ directed: undefined }), incomplete: [{ messageId: 'missing', fields: ['plans[0].directed'] }] }],
});
