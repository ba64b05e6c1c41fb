import rule from '../../src/core/rules/defs/strategy.libraries-ready';
import { ruleTester } from './rule-tester';
import { strategyDossier, strategyTask } from '../fixtures/strategy-builders';

const parts = (ready: object) => [strategyTask().participants![0], { departmentId: 'D2', name: '区卫生健康委', role: 'responding' as const, ready }];

ruleTester(rule, {
  valid: [{ name: 'both departments have the list and both registries', dossier: strategyDossier() }],
  invalid: [
    { name: 'the responder has no inspector registry', dossier: strategyDossier({ participants: parts({ itemList: true, objectRegistry: true, inspectorRegistry: false }) }), errors: [{ messageId: 'notReady', fields: ['plans[0].tasks[0].participants[1].ready'], data: { department: '区卫生健康委', libs: '执法检查人员名录库' } }] },
    { name: 'no item list and no object registry', dossier: strategyDossier({ participants: parts({ itemList: false, objectRegistry: false, inspectorRegistry: true }) }), errors: [{ messageId: 'notReady', data: { libs: '随机抽查事项清单、检查对象名录库' } }] },
  ],
  incomplete: [{ name: 'readiness unknown', dossier: strategyDossier({ participants: parts({ itemList: true }) }), incomplete: [{ messageId: 'missing' }] }],
});
