import rule from '../../src/core/rules/defs/plan.duplicate.cross-level';
import { ruleTester } from './rule-tester';
import { basePlan } from '../fixtures/builders';

const departments = [
  { id: 'D1', name: '区市场监管局', system: '市场监管' },
  { id: 'CITY', name: '市市场监管局', system: '市场监管' },
  { id: 'HEALTH', name: '区卫生健康委', system: '卫生健康' },
];
const plan = basePlan({ tasks: [{ id: 'T1', name: '任务', items: [{ itemId: 'I1' }], draw: { objectIds: ['O1', 'O2'] } }] });
const prior = (over: object) => ({ objectId: 'O1', itemId: 'I1', departmentId: 'CITY', on: '2026-04-02', ...over });

ruleTester(rule, {
  valid: [
    { name: 'no earlier checks', dossier: { departments, priorChecks: [], plans: [plan] } },
    { name: 'an earlier check by another system', dossier: { departments, priorChecks: [prior({ departmentId: 'HEALTH' })], plans: [plan] } },
    { name: 'an earlier check last year', dossier: { departments, priorChecks: [prior({ on: '2025-10-01' })], plans: [plan] } },
    { name: 'an approved repeat', dossier: { departments, priorChecks: [prior({ approved: true })], plans: [plan] } },
    { name: 'an earlier check on another item', dossier: { departments, priorChecks: [prior({ itemId: 'I2' })], plans: [plan] } },
    { name: 'the same department’s own earlier check is not cross-level', dossier: { departments, priorChecks: [prior({ departmentId: 'D1' })], plans: [plan] } },
  ],
  invalid: [
    { name: 'the city office checked the same object and item this year', dossier: { departments, priorChecks: [prior({})], plans: [plan] }, errors: [{ messageId: 'repeat', data: { object: 'O1', item: 'I1', by: 'CITY' }, fields: ['plans[0].tasks[0].draw.objectIds[0]'] }] },
    {
      name: 'an object known only from a result, checked by a priorCheck carrying its system',
      dossier: {
        departments,
        priorChecks: [prior({ objectId: 'O7', departmentId: undefined, system: '市场监管' })],
        plans: [basePlan({ tasks: [{ id: 'T1', name: '任务', items: [{ itemId: 'I1' }], results: [{ objectId: 'O6' }, { objectId: 'O7' }] }] })],
      },
      errors: [{ messageId: 'repeat', data: { object: 'O7', by: '市场监管' }, fields: ['plans[0].tasks[0].results[1].objectId'] }],
    },
  ],
  incomplete: [
    { name: 'no record of earlier checks', dossier: { departments, plans: [plan] }, incomplete: [{ messageId: 'missing', data: { what: 'priorChecks' } }] },
    { name: 'the department’s system unknown', dossier: { priorChecks: [prior({})], plans: [plan] }, incomplete: [{ messageId: 'missing' }] },
  ],
  inapplicable: [{ name: 'no objects drawn yet', dossier: { departments, priorChecks: [], plans: [basePlan()] } }],
});
