import rule from '../../src/core/rules/defs/annual.joint-per-department';
import { ruleTester } from './rule-tester';
import { jointTask, ownTask, year } from '../fixtures/annual-builders';

const allThree = [
  { departmentId: 'SCJG', role: 'lead' as const },
  { departmentId: 'WSJK', role: 'responding' as const },
  { departmentId: 'STHJ', role: 'responding' as const },
];

ruleTester(rule, {
  valid: [
    { name: 'every department in exactly one joint check (lead or responding)', dossier: year([jointTask('SCJG', ['WSJK', 'STHJ'], 1), ownTask('SCJG', 1)]) },
    { name: 'a task naming no departments and no scope takes its joint plan’s', dossier: year([{ id: 'T', name: '联合抽查' }], {}, { scope: 'joint', participants: allThree }) },
    { name: 'departments taken from the plans when the dossier lists none', dossier: year([jointTask('SCJG', ['WSJK'], 1)], { departments: undefined }, { participants: [] }) },
    { name: 'a profile asking none', dossier: year([ownTask('SCJG', 1)]), params: { min: 0 } },
  ],
  invalid: [
    { name: 'the environment bureau joined none', dossier: year([jointTask('SCJG', ['WSJK'], 1), ownTask('STHJ', 1)]), errors: [{ messageId: 'tooFew', data: { department: '区生态环境局', count: 0, min: 1, year: 2026 } }] },
    { name: 'without a department list, a department seen only in an own plan is judged too', dossier: year([jointTask('SCJG', ['WSJK'], 1)], { departments: undefined }, { participants: [{ departmentId: 'D1', name: '区市场监管局某所', role: 'lead' }] }), errors: [{ messageId: 'tooFew', data: { department: '区市场监管局某所', count: 0 } }] },
    { name: 'an own-department task in a joint plan does not count', dossier: year([ownTask('SCJG', 1, { participants: allThree })], {}, { scope: 'joint', participants: allThree }), errors: [{ messageId: 'tooFew' }, { messageId: 'tooFew' }, { messageId: 'tooFew' }] },
    { name: 'a joint check of another year does not count', dossier: year([], { plans: [{ id: 'OLD', name: '2025计划', year: 2025, tasks: [jointTask('STHJ', ['SCJG'], 9)] }, { id: 'Y', name: '2026计划', year: 2026, tasks: [jointTask('SCJG', ['WSJK'], 1)] }] }), errors: [{ messageId: 'tooFew', data: { department: '区生态环境局' } }] },
    { name: 'three asked, two done', dossier: year([jointTask('SCJG', ['WSJK', 'STHJ'], 1), jointTask('SCJG', ['WSJK'], 2)]), params: { min: 3 }, errors: [{ messageId: 'tooFew', data: { count: 2, min: 3 } }, { messageId: 'tooFew', data: { count: 2 } }, { messageId: 'tooFew', data: { count: 1 } }] },
  ],
  incomplete: [{ name: 'no department known', dossier: { year: 2026, plans: [] }, incomplete: [{ messageId: 'missing', data: { what: 'departments' } }] }],
});
