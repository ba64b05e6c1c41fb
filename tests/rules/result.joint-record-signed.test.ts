import rule from '../../src/core/rules/defs/result.joint-record-signed';
import { ruleTester } from './rule-tester';
import { jointWithResults, result, withResults } from '../fixtures/result-builders';

ruleTester(rule, {
  valid: [{ name: 'every inspector signed', dossier: jointWithResults([result()]) }],
  invalid: [{ name: 'one inspector did not sign', dossier: jointWithResults([result({ recordSignedBy: ['ZF-1'] })]), errors: [{ messageId: 'unsigned', data: { inspectors: 'ZF-3' }, fields: ['plans[0].tasks[0].results[0].recordSignedBy'] }] }],
  incomplete: [{ name: 'signatures not recorded', dossier: jointWithResults([result({ recordSignedBy: undefined })]), incomplete: [{ messageId: 'missing' }] }],
  inapplicable: [{ name: 'an own-department check', dossier: withResults([result({ recordSignedBy: [] })]) }],
});
