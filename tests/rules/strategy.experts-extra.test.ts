import rule from '../../src/core/rules/defs/strategy.experts-extra';
import { ruleTester } from './rule-tester';
import { strategyDossier, withDraw } from '../fixtures/strategy-builders';

ruleTester(rule, {
  valid: [
    { name: 'no experts', dossier: strategyDossier() },
    { name: 'the expert joins on top', dossier: withDraw({ assignments: [{ objectId: 'O1', inspectorIds: ['ZF-1', 'ZF-3'], expertIds: ['EX-1'] }] }) },
  ],
  invalid: [
    { name: 'the expert counted as an inspector', dossier: withDraw({ assignments: [{ objectId: 'O1', inspectorIds: ['ZF-1', 'EX-1'] }] }), errors: [{ messageId: 'expertCounted', data: { inspector: '赵教授', object: 'O1' }, fields: ['plans[0].tasks[0].draw.assignments[0].inspectorIds'] }] },
  ],
  incomplete: [{ name: 'no registry to tell experts', dossier: strategyDossier({}, { inspectors: undefined }), incomplete: [{ messageId: 'missing' }] }],
});
