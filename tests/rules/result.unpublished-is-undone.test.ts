import rule from '../../src/core/rules/defs/result.unpublished-is-undone';
import { ruleTester } from './rule-tester';
import { result, withResults } from '../fixtures/result-builders';

// withResults' task ends on 2026-10-31.
const unpublished = (objectId: string) => result({ objectId, publishedOn: undefined, displayedUntil: undefined });

ruleTester(rule, {
  valid: [
    { name: 'every check published', dossier: withResults([result(), result({ objectId: 'O2' })]) },
    { name: 'an unpublished check on the task’s last day (not yet ended)', dossier: withResults([result(), unpublished('O2')], {}, '2026-10-31') },
    { name: 'an object not yet checked needs no publication', dossier: withResults([result(), result({ objectId: 'O2', checkedOn: undefined, publishedOn: undefined })]) },
  ],
  invalid: [
    { name: 'the day after the task ended, a check unpublished', dossier: withResults([result(), unpublished('O2')], {}, '2026-11-01'), errors: [{ messageId: 'undone', data: { count: 1, end: '2026-10-31' }, fields: ['plans[0].tasks[0].results[1].publishedOn'] }] },
    { name: 'two unpublished checks are counted, each field named', dossier: withResults([unpublished('O1'), result({ objectId: 'O2' }), unpublished('O3')]), errors: [{ messageId: 'undone', data: { count: 2 }, fields: ['plans[0].tasks[0].results[0].publishedOn', 'plans[0].tasks[0].results[2].publishedOn'] }] },
  ],
  incomplete: [{ name: 'task end unknown', dossier: withResults([unpublished('O1')], { end: undefined }), incomplete: [{ messageId: 'missing', fields: ['plans[0].tasks[0].end'] }] }],
  inapplicable: [{ name: 'nothing checked yet', dossier: withResults([result({ checkedOn: undefined, publishedOn: undefined })]) }],
});
