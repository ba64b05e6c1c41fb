import rule from '../../src/core/rules/defs/strategy.recusal';
import { ruleTester } from './rule-tester';
import { strategyDossier, withDraw } from '../fixtures/strategy-builders';

ruleTester(rule, {
  valid: [
    { name: 'no conflicted pair', dossier: strategyDossier() },
    {
      name: 'a conflict replaced and recorded',
      dossier: withDraw({ objectIds: ['O2'], assignments: [{ objectId: 'O2', inspectorIds: ['ZF-1', 'ZF-3'] }], replacements: [{ objectId: 'O2', excludedInspectorId: 'ZF-2', replacementInspectorId: 'ZF-3', reason: '利害关系回避' }] }),
    },
  ],
  invalid: [
    { name: 'a conflicted inspector matched', dossier: withDraw({ objectIds: ['O2'], assignments: [{ objectId: 'O2', inspectorIds: ['ZF-1', 'ZF-2'] }] }), errors: [{ messageId: 'conflicted', data: { inspector: '李娜', object: 'O2' }, fields: ['plans[0].tasks[0].draw.assignments[0]'] }] },
    { name: 'recused without a replacement', dossier: withDraw({ replacements: [{ objectId: 'O2', excludedInspectorId: 'ZF-2', reason: '回避' }] }), errors: [{ messageId: 'noReplacement', fields: ['plans[0].tasks[0].draw.replacements[0].replacementInspectorId'] }] },
    { name: 'the replacement is conflicted too', dossier: withDraw({ replacements: [{ objectId: 'O2', excludedInspectorId: 'ZF-1', replacementInspectorId: 'ZF-2', reason: '回避' }] }), errors: [{ messageId: 'conflicted', data: { inspector: 'ZF-2' } }] },
  ],
  incomplete: [{ name: 'no registry of conflicts', dossier: strategyDossier({}, { inspectors: undefined }), incomplete: [{ messageId: 'missing' }] }],
});
