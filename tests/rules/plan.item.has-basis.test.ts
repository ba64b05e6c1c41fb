import rule from '../../src/core/rules/defs/plan.item.has-basis';
import { ruleTester } from './rule-tester';
import { basePlan } from '../fixtures/builders';

const full = { itemId: 'I1', name: '企业公示信息检查', legalBasis: '《企业信息公示暂行条例》', subject: '市场监管局', content: '年报', method: '书面检查' };

ruleTester(rule, {
  valid: [
    { name: 'every part stated', plan: basePlan() },
    { name: 'parts taken from the item list', dossier: { itemList: [{ ...full, id: 'I1', kind: 'general' }], plans: [basePlan({ items: [{ itemId: 'I1' }] })] } },
  ],
  invalid: [
    { name: 'no legal basis', dossier: { itemList: [], plans: [basePlan({ items: [{ ...full, legalBasis: undefined }] })] }, errors: [{ messageId: 'missingParts', fields: ['plans[0].items[0].legalBasis'], data: { parts: '抽查依据' } }] },
    { name: 'blank method and content', dossier: { itemList: [], plans: [basePlan({ items: [{ ...full, method: ' ', content: '' }] })] }, errors: [{ messageId: 'missingParts', fields: ['plans[0].items[0].content', 'plans[0].items[0].method'], data: { parts: '抽查内容、抽查方式' } }] },
    { name: 'a task item without its subject', dossier: { itemList: [], plans: [basePlan({ tasks: [{ id: 'T1', name: '任务', items: [{ ...full, subject: undefined }] }] })] }, errors: [{ messageId: 'missingParts', fields: ['plans[0].tasks[0].items[0].subject'], data: { parts: '抽查主体', partsEn: 'subject' } }] },
    { name: 'no item list, but the plan states the basis of its other items', plan: basePlan({ items: [full, { itemId: 'I2', name: '学校食堂检查', subject: '市场监管局', content: '食堂', method: '现场' }] }), errors: [{ messageId: 'missingParts', fields: ['plans[0].items[1].legalBasis'], data: { parts: '抽查依据' } }] },
    { name: 'a bare item the given item list does not describe', dossier: { itemList: [{ ...full, id: 'I1', kind: 'general' }], plans: [basePlan({ items: [{ itemId: 'I9' }] })] }, errors: [{ messageId: 'missingParts', data: { parts: '抽查依据、抽查主体、抽查内容、抽查方式' } }] },
  ],
  // (invalid, without an item list) another item of the same plan states its basis: the plan describes its items
  incomplete: [
    { name: 'a plan-table row: no item list given, the item names only itself', plan: basePlan({ items: [{ itemId: 'I9', name: '对旅行社经营情况的双随机抽查' }] }), incomplete: [{ messageId: 'missing', fields: ['plans[0].items[0].legalBasis', 'plans[0].items[0].subject', 'plans[0].items[0].content', 'plans[0].items[0].method'] }] },
    { name: 'no item list, the method stated (检查方式) but not the rest', plan: basePlan({ items: [{ itemId: 'I9', method: '实地核查' }] }), incomplete: [{ messageId: 'missing', fields: ['plans[0].items[0].legalBasis', 'plans[0].items[0].subject', 'plans[0].items[0].content'] }] },
  ],
});
