import rule from '../../src/core/rules/defs/result.notify-object';
import { ruleTester } from './rule-tester';
import { result, withResults } from '../fixtures/result-builders';

ruleTester(rule, {
  valid: [{ name: 'told in advance', dossier: withResults([result()]) }],
  invalid: [{ name: 'not told', dossier: withResults([result({ notifiedInAdvance: false })]), errors: [{ messageId: 'notNotified', data: { object: '甲餐饮店' }, fields: ['plans[0].tasks[0].results[0].notifiedInAdvance'] }] }],
  incomplete: [{ name: 'not recorded', dossier: withResults([result({ notifiedInAdvance: undefined })]), incomplete: [{ messageId: 'missing' }] }],
});
