import rule from '../../src/core/rules/defs/strategy.min-inspectors-per-object';
import { ruleTester } from './rule-tester';
import { strategyDossier, withDraw, withStrategy } from '../fixtures/strategy-builders';

ruleTester(rule, {
  valid: [
    { name: 'exactly 2 per object', dossier: strategyDossier() },
    { name: '2 inspectors plus an expert', dossier: withDraw({ assignments: [{ objectId: 'O1', inspectorIds: ['ZF-1', 'ZF-3'], expertIds: ['EX-1'] }] }) },
  ],
  invalid: [
    { name: 'the strategy configures 1 per object', dossier: withStrategy({ inspectorsPerObject: 1 }), errors: [{ messageId: 'perObjectTooFew', data: { n: 1, min: 2 }, fields: ['plans[0].tasks[0].strategy.inspectorsPerObject'] }] },
    { name: 'an object with one inspector', dossier: withDraw({ assignments: [{ objectId: 'O1', inspectorIds: ['ZF-1'] }] }), errors: [{ messageId: 'objectTooFew', data: { object: 'O1', n: 1 } }] },
    { name: 'an expert does not make up the second inspector', dossier: withDraw({ assignments: [{ objectId: 'O1', inspectorIds: ['ZF-1', 'EX-1'] }] }), errors: [{ messageId: 'objectTooFew', data: { n: 1 } }] },
    { name: '2 is too few where the profile asks 3', dossier: strategyDossier(), params: { min: 3 }, errors: [{ messageId: 'perObjectTooFew' }, { messageId: 'objectTooFew' }] },
  ],
  incomplete: [{ name: 'nothing configured yet', dossier: withStrategy({ inspectorsPerObject: undefined }, { draw: undefined }), incomplete: [{ messageId: 'missing' }] }],
});
