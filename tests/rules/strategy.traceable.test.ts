import rule from '../../src/core/rules/defs/strategy.traceable';
import { ruleTester } from './rule-tester';
import { strategyDossier, withDraw } from '../fixtures/strategy-builders';

ruleTester(rule, {
  valid: [
    { name: 'seed, inputs hash, result and time recorded', dossier: strategyDossier() },
    { name: 're-draws recorded with their time', dossier: withDraw({ reruns: [{ at: '2026-05-06T09:10:00+08:00', reason: '名录库更新' }] }) },
  ],
  invalid: [
    { name: 'no seed (the platform’s unseeded draw)', dossier: withDraw({ seed: undefined, seedCommitment: undefined }), errors: [{ messageId: 'notTraceable', fields: ['plans[0].tasks[0].draw.seed'], data: { parts: '随机种子' } }] },
    { name: 'no inputs hash and no result', dossier: withDraw({ inputsHash: undefined, objectIds: [] }), errors: [{ messageId: 'notTraceable', data: { parts: '输入数据摘要、抽取结果' } }] },
    { name: 'results but no draw record', dossier: strategyDossier({ draw: undefined, results: [{ objectId: 'O1', checkedOn: '2026-06-01' }] }), errors: [{ messageId: 'noRecord', fields: ['plans[0].tasks[0].draw'] }] },
    { name: 'an undated re-draw', dossier: withDraw({ reruns: [{ at: ' ' }] }), errors: [{ messageId: 'rerunUndated', data: { n: 1 } }] },
  ],
  inapplicable: [{ name: 'not drawn yet', dossier: strategyDossier({ draw: undefined }) }],
});
