import rule from '../../src/core/rules/defs/result.notify-object';
import { ruleTester } from './rule-tester';
import { result, withResults } from '../fixtures/result-builders';

ruleTester(rule, {
  valid: [
    { name: 'told in advance', dossier: withResults([result({ notifiedInAdvance: true })]) },
    { name: 'two objects, both told', dossier: withResults([result(), result({ objectId: 'O2', objectName: '乙超市' })]) },
  ],
  invalid: [
    { name: 'not told', dossier: withResults([result({ notifiedInAdvance: false })]), errors: [{ messageId: 'notNotified', data: { object: '甲餐饮店' }, fields: ['plans[0].tasks[0].results[0].notifiedInAdvance'] }] },
    { name: 'the second of two not told', dossier: withResults([result(), result({ objectId: 'O2', objectName: '乙超市', notifiedInAdvance: false })]), errors: [{ messageId: 'notNotified', data: { object: '乙超市' }, fields: ['plans[0].tasks[0].results[1].notifiedInAdvance'] }] },
  ],
  incomplete: [{ name: 'not recorded', dossier: withResults([result({ notifiedInAdvance: undefined })]), incomplete: [{ messageId: 'missing', fields: ['plans[0].tasks[0].results[0].notifiedInAdvance'] }] }],
});
