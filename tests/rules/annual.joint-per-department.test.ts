import rule from '../../src/core/rules/defs/annual.joint-per-department';
import { ruleTester } from './rule-tester';
import { jointTask, ownTask, year } from '../fixtures/annual-builders';

ruleTester(rule, {
  valid: [
    { name: 'every department in one joint check (lead or responding)', dossier: year([jointTask('SCJG', ['WSJK', 'STHJ'], 1), ownTask('SCJG', 1)]) },
    { name: 'a profile asking none', dossier: year([ownTask('SCJG', 1)]), params: { min: 0 } },
  ],
  invalid: [
    { name: 'the environment bureau joined none', dossier: year([jointTask('SCJG', ['WSJK'], 1), ownTask('STHJ', 1)]), errors: [{ messageId: 'tooFew', data: { department: '区生态环境局', count: 0, min: 1, year: 2026 } }] },
    { name: 'a joint check of another year does not count', dossier: year([jointTask('SCJG', ['WSJK'], 1)], { plans: [{ id: 'OLD', name: '2025计划', year: 2025, tasks: [jointTask('STHJ', ['SCJG'], 9)] }, { id: 'Y', name: '2026计划', year: 2026, tasks: [jointTask('SCJG', ['WSJK'], 1)] }] }), errors: [{ messageId: 'tooFew', data: { department: '区生态环境局' } }] },
    { name: 'two asked, one done', dossier: year([jointTask('SCJG', ['WSJK', 'STHJ'], 1), jointTask('SCJG', ['WSJK', 'STHJ'], 2)]), params: { min: 3 }, errors: [{ messageId: 'tooFew' }, { messageId: 'tooFew' }, { messageId: 'tooFew' }] },
  ],
  incomplete: [{ name: 'no department known', dossier: { year: 2026, plans: [] }, incomplete: [{ messageId: 'missing', data: { what: 'departments' } }] }],
});
