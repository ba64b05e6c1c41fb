import rule from '../../src/core/rules/defs/strategy.credit-classified';
import { ruleTester } from './rule-tester';
import { strategyDossier, withStrategy } from '../fixtures/strategy-builders';

ruleTester(rule, {
  valid: [
    { name: 'a rate for each of A–D', dossier: strategyDossier() },
    { name: 'market entities known from the item list', dossier: withStrategy({ marketEntities: undefined }, { items: [{ itemId: 'I1' }] }, { itemList: [{ id: 'I1', name: '公示信息', kind: 'general', marketEntities: true }] }) },
  ],
  invalid: [
    { name: 'no class rates', dossier: withStrategy({ creditClassRates: undefined }), errors: [{ messageId: 'notClassified', fields: ['plans[0].tasks[0].strategy.creditClassRates'], data: { missingClasses: 'A/B/C/D' } }] },
    { name: 'D missing', dossier: withStrategy({ creditClassRates: { A: 1, B: 3, C: 10 } }), errors: [{ messageId: 'notClassified', data: { missingClasses: 'D' } }] },
  ],
  incomplete: [{ name: 'unknown whether the objects are market entities', dossier: withStrategy({ marketEntities: undefined }), incomplete: [{ messageId: 'missing' }] }],
  inapplicable: [{ name: 'not market entities (e.g. schools)', dossier: withStrategy({ marketEntities: false, creditClassRates: undefined }) }],
});
