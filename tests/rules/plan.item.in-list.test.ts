import rule from '../../src/core/rules/defs/plan.item.in-list';
import { ruleTester } from './rule-tester';
import { basePlan } from '../fixtures/builders';

const itemList = [
  { id: 'I1', name: '企业公示信息检查', kind: 'general' as const, inList: true },
  { id: 'I2', name: '食品生产企业监督检查', kind: 'key' as const },
];
const bare = basePlan({ items: [{ itemId: 'I1' }, { itemId: 'I2' }] });

ruleTester(rule, {
  valid: [
    { name: 'items marked in the list', plan: basePlan() },
    { name: 'items found in the dossier’s item list', dossier: { itemList, plans: [bare] } },
  ],
  invalid: [
    { name: 'an item not in the item list', dossier: { itemList, plans: [basePlan({ items: [{ itemId: 'I1' }, { itemId: 'X9', name: '自定检查' }] })] }, errors: [{ messageId: 'notInList', fields: ['plans[0].items[1].inList'], data: { item: '自定检查' } }] },
    { name: 'an item marked off-list', plan: basePlan({ items: [{ itemId: 'I1', inList: false }] }), errors: [{ messageId: 'notInList' }] },
    { name: 'a task item off the list', dossier: { itemList, plans: [basePlan({ items: [{ itemId: 'I1' }], tasks: [{ id: 'T1', name: '任务', items: [{ itemId: 'Z' }] }] })] }, errors: [{ messageId: 'notInList', fields: ['plans[0].tasks[0].items[0].inList'] }] },
  ],
  incomplete: [{ name: 'no item list and no mark', plan: bare, incomplete: [{ messageId: 'missing' }, { messageId: 'missing' }] }],
});
