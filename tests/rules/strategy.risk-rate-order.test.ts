import rule from '../../src/core/rules/defs/strategy.risk-rate-order';
import { ruleTester } from './rule-tester';
import { strategyDossier, withStrategy } from '../fixtures/strategy-builders';

ruleTester(rule, {
  valid: [
    { name: 'A ≤ B ≤ C ≤ D, flagged at D’s rate', dossier: strategyDossier() },
    { name: 'equal rates are not inverted', dossier: withStrategy({ creditClassRates: { A: 5, B: 5, C: 5, D: 5 }, flaggedRate: 5 }) },
  ],
  invalid: [
    { name: 'C below B', dossier: withStrategy({ creditClassRates: { A: 2, B: 10, C: 8, D: 30 } }), errors: [{ messageId: 'inverted', data: { higher: 'C', lower: 'B' }, fields: ['plans[0].tasks[0].strategy.creditClassRates.C'] }] },
    { name: 'flagged objects below ordinary ones', dossier: withStrategy({ flaggedRate: 4 }), errors: [{ messageId: 'flaggedLow', data: { rate: 4, general: 5 } }] },
  ],
  inapplicable: [{ name: 'no class rates at all', dossier: withStrategy({ creditClassRates: undefined }) }],
});
