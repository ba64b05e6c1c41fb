import rule from '../../src/core/rules/defs/strategy.entity-frequency';
import { ruleTester } from './rule-tester';
import { withDraw } from '../fixtures/strategy-builders';

const drawn = (...objectIds: string[]) => withDraw({ objectIds, assignments: [] });

ruleTester(rule, {
  valid: [
    { name: 'checked once before: this is the 2nd check', dossier: drawn('O1') },
    { name: 'checked twice, but in food production (special industry)', dossier: drawn('O3') },
    { name: 'checked three times, but with complaints (high risk)', dossier: drawn('O4') },
    { name: 'a profile allowing 3 a year', dossier: drawn('O2'), params: { maxPerYear: 3 } },
  ],
  invalid: [
    { name: 'checked twice: drawn a third time', dossier: drawn('O1', 'O2'), errors: [{ messageId: 'tooFrequent', data: { object: '乙百货', count: 2, next: 3, max: 2 }, fields: ['plans[0].tasks[0].draw.objectIds[1]'] }] },
    { name: 'food production no longer special under a profile listing none', dossier: drawn('O3'), params: { specialIndustries: ['环境保护'] }, errors: [{ messageId: 'tooFrequent' }] },
  ],
  incomplete: [
    { name: 'no object registry', dossier: withDraw({ objectIds: ['O1'] }, {}, { objects: undefined }), incomplete: [{ messageId: 'missing', data: { what: 'objects' } }] },
    { name: 'a drawn object not in the registry', dossier: drawn('O9'), incomplete: [{ messageId: 'missing' }] },
  ],
});
