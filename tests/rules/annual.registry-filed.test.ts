import rule from '../../src/core/rules/defs/annual.registry-filed';
import { ruleTester } from './rule-tester';
import { year } from '../fixtures/annual-builders';

const filings = (f: Array<{ changedOn: string; filedOn?: string }>, asOf = '2026-11-23') =>
  year([], { asOf, registryFilings: f.map((x) => ({ departmentId: 'SCJG', ...x })) });

ruleTester(rule, {
  valid: [
    { name: 'filed on the last day of the quarter', dossier: filings([{ changedOn: '2026-02-10', filedOn: '2026-03-31' }]) },
    { name: 'changed on the first day of Q2, filed on its last', dossier: filings([{ changedOn: '2026-04-01', filedOn: '2026-06-30' }]) },
    { name: 'a change in the current quarter, not yet filed', dossier: filings([{ changedOn: '2026-10-20' }]) },
    { name: 'a December change unfiled on 31 December', dossier: filings([{ changedOn: '2026-12-02' }], '2026-12-31') },
    { name: 'monthly filing in time', dossier: filings([{ changedOn: '2026-05-03', filedOn: '2026-05-31' }]), params: { periodMonths: 1 } },
    { name: 'half-yearly: a February change filed in June', dossier: filings([{ changedOn: '2026-02-10', filedOn: '2026-06-30' }]), params: { periodMonths: 6 } },
  ],
  invalid: [
    { name: 'filed on the first day of the next quarter', dossier: filings([{ changedOn: '2026-02-10', filedOn: '2026-04-01' }]), errors: [{ messageId: 'lateFiling', data: { department: '区市场监管局', changedOn: '2026-02-10', filedOn: '2026-04-01', due: '2026-03-31' }, fields: ['registryFilings[0].filedOn'] }] },
    { name: 'a Q3 change never filed', dossier: filings([{ changedOn: '2026-07-15' }]), errors: [{ messageId: 'notFiled', data: { due: '2026-09-30' }, fields: ['registryFilings[0].filedOn'] }] },
    { name: 'a December change unfiled on 1 January', dossier: filings([{ changedOn: '2026-12-02' }], '2027-01-01'), errors: [{ messageId: 'notFiled', data: { due: '2026-12-31' } }] },
    { name: 'a December change filed in January', dossier: filings([{ changedOn: '2026-12-02', filedOn: '2027-01-04' }], '2027-01-10'), errors: [{ messageId: 'lateFiling', data: { due: '2026-12-31' } }] },
    { name: 'monthly: a May change filed in June', dossier: filings([{ changedOn: '2026-05-03', filedOn: '2026-06-01' }]), params: { periodMonths: 1 }, errors: [{ messageId: 'lateFiling', data: { due: '2026-05-31' } }] },
    { name: 'only this year’s changes are judged', dossier: filings([{ changedOn: '2025-02-10', filedOn: '2025-12-01' }, { changedOn: '2026-02-10', filedOn: '2026-05-01' }]), errors: [{ messageId: 'lateFiling', fields: ['registryFilings[1].filedOn'] }] },
  ],
  incomplete: [{ name: 'no filings recorded', dossier: year([]), incomplete: [{ messageId: 'missing', data: { what: 'registryFilings' } }] }],
  inapplicable: [{ name: 'a recorded list with no change this year', dossier: filings([{ changedOn: '2025-05-10', filedOn: '2025-06-01' }]) }],
});
