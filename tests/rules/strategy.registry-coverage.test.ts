import rule from '../../src/core/rules/defs/strategy.registry-coverage';
import { ruleTester } from './rule-tester';
import { strategyDossier, withStrategy } from '../fixtures/strategy-builders';

ruleTester(rule, {
  valid: [{ name: 'the library covers all 400 regulated objects', dossier: strategyDossier() }],
  invalid: [
    { name: '12 regulated objects left out', dossier: withStrategy({ coverage: { regulatedObjects: 400, libraryObjects: 388 } }), errors: [{ messageId: 'notCovered', data: { gap: 12 }, fields: ['plans[0].tasks[0].strategy.coverage.libraryObjects'] }] },
    { name: 'objects added and removed', dossier: withStrategy({ coverage: { regulatedObjects: 400, libraryObjects: 400, added: 3, removed: 3 } }), errors: [{ messageId: 'objectsAdded', data: { n: 3 } }, { messageId: 'objectsRemoved', data: { n: 3 } }] },
  ],
  incomplete: [
    { name: 'coverage not recorded', dossier: withStrategy({ coverage: undefined }), incomplete: [{ messageId: 'missing', fields: ['plans[0].tasks[0].strategy.coverage'] }] },
    { name: 'the regulated population unknown', dossier: withStrategy({ coverage: { libraryObjects: 400 } }), incomplete: [{ messageId: 'missing' }] },
  ],
});
