import rule from '../../src/core/rules/defs/annual.item-list-on-platform';
import { ruleTester } from './rule-tester';
import { departments, year } from '../fixtures/annual-builders';

const list = (ids: string[]) => ids.map((d, i) => ({ id: `I${i}`, name: `事项${i}`, kind: 'general' as const, departmentId: d, inList: true }));

ruleTester(rule, {
  valid: [{ name: 'every department has items on the platform', dossier: year([], { itemList: list(departments.map((d) => d.id)) }) }],
  invalid: [
    { name: 'the health commission has none', dossier: year([], { itemList: list(['SCJG', 'STHJ']) }), errors: [{ messageId: 'noItemList', data: { department: '区卫生健康委' } }] },
    { name: 'an item marked off the platform does not count', dossier: year([], { itemList: [...list(['SCJG', 'STHJ']), { id: 'X', name: 'x', kind: 'key', departmentId: 'WSJK', inList: false }] }), errors: [{ messageId: 'noItemList' }] },
  ],
  incomplete: [{ name: 'no item list at hand', dossier: year([]), incomplete: [{ messageId: 'missing', data: { what: 'itemList' } }] }],
});
