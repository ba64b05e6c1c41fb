import rule from '../../src/core/rules/defs/strategy.initiator-only';
import { ruleTester } from './rule-tester';
import { strategyDossier, withStrategy } from '../fixtures/strategy-builders';
import { basePlan } from '../fixtures/builders';

ruleTester(rule, {
  valid: [{ name: 'the lead adds the strategy', dossier: strategyDossier() }],
  invalid: [{ name: 'a participating department adds it', dossier: withStrategy({ addedBy: 'D2' }), errors: [{ messageId: 'notInitiator', fields: ['plans[0].tasks[0].strategy.addedBy'], data: { department: 'D2', lead: '区市场监管局' } }] }],
  incomplete: [{ name: 'who added it is not recorded', dossier: withStrategy({ addedBy: undefined }), incomplete: [{ messageId: 'missing', fields: ['plans[0].tasks[0].strategy.addedBy'] }] }],
  inapplicable: [{ name: 'an own-department task', dossier: { plans: [basePlan({ tasks: [{ id: 'T', name: '任务', scope: 'own', strategy: { addedBy: 'X' } }] })] } }],
});
