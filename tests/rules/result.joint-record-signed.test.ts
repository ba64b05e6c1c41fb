import rule from '../../src/core/rules/defs/result.joint-record-signed';
import { ruleTester } from './rule-tester';
import { jointWithResults, result, withResults } from '../fixtures/result-builders';

// result() is checked by ZF-1 and ZF-3.
const drawnPair = { draw: { assignments: [{ objectId: 'O1', inspectorIds: ['ZF-2', 'ZF-4'] }] } };

ruleTester(rule, {
  valid: [
    { name: 'every inspector signed', dossier: jointWithResults([result()]) },
    { name: 'an extra signature does no harm', dossier: jointWithResults([result({ recordSignedBy: ['ZF-3', 'ZF-1', 'ZF-9'] })]) },
    { name: 'a joint task in an own-department plan', dossier: withResults([result()], { scope: 'joint' }) },
    { name: 'inspectors taken from the draw when the result lists none', dossier: withResults([result({ inspectorIds: [], recordSignedBy: ['ZF-2', 'ZF-4'] })], { scope: 'joint', ...drawnPair }) },
  ],
  invalid: [
    { name: 'one inspector did not sign', dossier: jointWithResults([result({ recordSignedBy: ['ZF-1'] })]), errors: [{ messageId: 'unsigned', data: { inspectors: 'ZF-3' }, fields: ['plans[0].tasks[0].results[0].recordSignedBy'] }] },
    { name: 'nobody signed', dossier: jointWithResults([result({ recordSignedBy: [] })]), errors: [{ messageId: 'unsigned', data: { inspectors: 'ZF-1、ZF-3' } }] },
    { name: 'a drawn inspector did not sign', dossier: withResults([result({ inspectorIds: [], recordSignedBy: ['ZF-2'] })], { scope: 'joint', ...drawnPair }), errors: [{ messageId: 'unsigned', data: { inspectors: 'ZF-4' } }] },
  ],
  incomplete: [
    { name: 'signatures not recorded', dossier: jointWithResults([result({ recordSignedBy: undefined })]), incomplete: [{ messageId: 'missing', fields: ['plans[0].tasks[0].results[0].recordSignedBy'] }] },
    { name: 'who checked is not recorded', dossier: jointWithResults([result({ inspectorIds: [] })]), incomplete: [{ messageId: 'missing', fields: ['plans[0].tasks[0].results[0].inspectorIds'] }] },
  ],
  inapplicable: [
    { name: 'an own-department check', dossier: withResults([result({ recordSignedBy: [] })]) },
    { name: 'an own-department task in a joint plan', dossier: { plans: [{ ...(jointWithResults([]).plans![0]), tasks: [{ id: 'T1', name: '本部门任务', scope: 'own', results: [result({ recordSignedBy: [] })] }] }] } },
  ],
});
