import rule from '../../src/core/rules/defs/strategy.inspector-in-registry';
import { ruleTester } from './rule-tester';
import { inspectors, strategyDossier } from '../fixtures/strategy-builders';

ruleTester(rule, {
  valid: [{ name: 'all from the registry, allowed kinds', dossier: strategyDossier() }],
  invalid: [
    { name: 'an inspector outside the registry', dossier: strategyDossier({ inspectorIds: ['ZF-1', 'LS-99'] }), errors: [{ messageId: 'notInRegistry', data: { inspector: 'LS-99' }, fields: ['plans[0].tasks[0].inspectorIds'] }] },
    { name: 'an inactive inspector', dossier: strategyDossier({}, { inspectors: inspectors.map((i) => (i.id === 'ZF-3' ? { ...i, active: false } : i)) }), errors: [{ messageId: 'inactive', data: { inspector: '王强' } }] },
    { name: 'a kind outside the allowed three (profile restricts to civil servants)', dossier: strategyDossier({ inspectorIds: ['ZF-1', 'ZF-3'] }), params: { allowedKinds: ['civil-servant'] }, errors: [{ messageId: 'kindNotAllowed', data: { inspector: '王强' } }] },
  ],
  incomplete: [{ name: 'no registry to check against', dossier: strategyDossier({}, { inspectors: undefined }), incomplete: [{ messageId: 'missing', data: { what: 'inspectors' } }] }],
});
