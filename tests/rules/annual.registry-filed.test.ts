import rule from '../../src/core/rules/defs/annual.registry-filed';
import { ruleTester } from './rule-tester';
import { year } from '../fixtures/annual-builders';

const filings = (f: Array<{ changedOn: string; filedOn?: string }>, asOf = '2026-11-23') =>
  year([], { asOf, registryFilings: f.map((x) => ({ departmentId: 'SCJG', ...x })) });

ruleTester(rule, {
  valid: [
    { name: 'filed on the last day of the quarter', dossier: filings([{ changedOn: '2026-02-10', filedOn: '2026-03-31' }]) },
    { name: 'a change in the current quarter, not yet filed', dossier: filings([{ changedOn: '2026-10-20' }]) },
    { name: 'monthly filing in time', dossier: filings([{ changedOn: '2026-05-03', filedOn: '2026-05-31' }]), params: { periodMonths: 1 } },
  ],
  invalid: [
    { name: 'filed on the first day of the next quarter', dossier: filings([{ changedOn: '2026-02-10', filedOn: '2026-04-01' }]), errors: [{ messageId: 'lateFiling', data: { due: '2026-03-31' }, fields: ['registryFilings[0].filedOn'] }] },
    { name: 'a Q3 change never filed', dossier: filings([{ changedOn: '2026-07-15' }]), errors: [{ messageId: 'notFiled', data: { due: '2026-09-30' } }] },
    { name: 'a December change filed in January', dossier: filings([{ changedOn: '2026-12-02', filedOn: '2027-01-04' }], '2027-01-10'), errors: [{ messageId: 'lateFiling', data: { due: '2026-12-31' } }] },
  ],
  incomplete: [{ name: 'no filings recorded', dossier: year([]), incomplete: [{ messageId: 'missing', data: { what: 'registryFilings' } }] }],
});
