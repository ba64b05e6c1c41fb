import rule from '../../src/core/rules/defs/strategy.recusal';
import { ruleTester } from './rule-tester';
import { inspectors, strategyDossier, withDraw } from '../fixtures/strategy-builders';

/** Two inspectors named 李娜: ZF-2 must recuse from O2, ZF-9 need not. */
const namesakes = [...inspectors, { id: 'ZF-9', name: '李娜', registryKind: 'supervisory' as const, departmentId: 'D1' }];
/** The same two known by name only (a page without ids): one record, which must recuse from O2. */
const byName = [{ id: '张伟', name: '张伟', nameOnly: true, conflicts: [] }, { id: '李娜', name: '李娜', nameOnly: true, conflicts: ['O2'] }];

ruleTester(rule, {
  valid: [
    { name: 'no conflicted pair', dossier: strategyDossier() },
    {
      name: 'a conflict replaced and recorded',
      dossier: withDraw({ objectIds: ['O2'], assignments: [{ objectId: 'O2', inspectorIds: ['ZF-1', 'ZF-3'] }], replacements: [{ objectId: 'O2', excludedInspectorId: 'ZF-2', replacementInspectorId: 'ZF-3', reason: '利害关系回避' }] }),
    },
    {
      name: 'two inspectors of the same name: the one matched has no conflict (told apart by id)',
      dossier: withDraw({ objectIds: ['O2'], assignments: [{ objectId: 'O2', inspectorIds: ['ZF-1', 'ZF-9'] }] }, {}, { inspectors: namesakes }),
    },
  ],
  invalid: [
    {
      name: 'two inspectors of the same name: the one who must recuse is matched, shown with the id that tells them apart',
      dossier: withDraw({ objectIds: ['O2'], assignments: [{ objectId: 'O2', inspectorIds: ['ZF-1', 'ZF-2'] }] }, {}, { inspectors: namesakes }),
      errors: [{ messageId: 'conflicted', data: { inspector: '李娜（ZF-2）', object: 'O2' } }],
    },
    {
      name: 'known by name only: the conflict is found by name, and the finding says so',
      dossier: withDraw({ objectIds: ['O2'], assignments: [{ objectId: 'O2', inspectorIds: ['张伟', '李娜'] }] }, {}, { inspectors: byName }),
      errors: [{ messageId: 'conflictedByName', data: { inspector: '李娜', object: 'O2' } }],
    },
    { name: 'a conflicted inspector matched', dossier: withDraw({ objectIds: ['O2'], assignments: [{ objectId: 'O2', inspectorIds: ['ZF-1', 'ZF-2'] }] }), errors: [{ messageId: 'conflicted', data: { inspector: '李娜', object: 'O2' }, fields: ['plans[0].tasks[0].draw.assignments[0]'] }] },
    { name: 'recused without a replacement', dossier: withDraw({ replacements: [{ objectId: 'O2', excludedInspectorId: 'ZF-2', reason: '回避' }] }), errors: [{ messageId: 'noReplacement', fields: ['plans[0].tasks[0].draw.replacements[0].replacementInspectorId'] }] },
    { name: 'the replacement is conflicted too', dossier: withDraw({ replacements: [{ objectId: 'O2', excludedInspectorId: 'ZF-1', replacementInspectorId: 'ZF-2', reason: '回避' }] }), errors: [{ messageId: 'conflicted', data: { inspector: 'ZF-2' } }] },
  ],
  incomplete: [{ name: 'no registry of conflicts', dossier: strategyDossier({}, { inspectors: undefined }), incomplete: [{ messageId: 'missing' }] }],
});
