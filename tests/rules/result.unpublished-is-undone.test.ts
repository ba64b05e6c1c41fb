import rule from '../../src/core/rules/defs/result.unpublished-is-undone';
import { ruleTester } from './rule-tester';
import { result, withResults } from '../fixtures/result-builders';

const unpublished = result({ objectId: 'O2', publishedOn: undefined, displayedUntil: undefined });

ruleTester(rule, {
  valid: [
    { name: 'every check published', dossier: withResults([result(), result({ objectId: 'O2' })]) },
    { name: 'an unpublished check while the task still runs', dossier: withResults([result(), unpublished], {}, '2026-10-31') },
  ],
  invalid: [
    { name: 'the task ended with a check unpublished', dossier: withResults([result(), unpublished]), errors: [{ messageId: 'undone', data: { count: 1, end: '2026-10-31' }, fields: ['plans[0].tasks[0].results[1].publishedOn'] }] },
  ],
  incomplete: [{ name: 'task end unknown', dossier: withResults([unpublished], { end: undefined }), incomplete: [{ messageId: 'missing', fields: ['plans[0].tasks[0].end'] }] }],
  inapplicable: [{ name: 'nothing checked yet', dossier: withResults([result({ checkedOn: undefined, publishedOn: undefined })]) }],
});
