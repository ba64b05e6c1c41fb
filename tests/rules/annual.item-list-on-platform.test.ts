import rule from '../../src/core/rules/defs/annual.item-list-on-platform';
import { ruleTester } from './rule-tester';
import { departments, jointTask, year } from '../fixtures/annual-builders';

const list = (ids: string[]) => ids.map((d, i) => ({ id: `I${i}`, name: `事项${i}`, kind: 'general' as const, departmentId: d, inList: true }));

ruleTester(rule, {
  valid: [
    { name: 'every department has items on the platform', dossier: year([], { itemList: list(departments.map((d) => d.id)) }) },
    { name: 'an item with no inList flag counts as entered', dossier: year([], { itemList: list(departments.map((d) => d.id)).map(({ inList: _, ...i }) => i) }) },
    { name: 'departments taken from the year’s plans', dossier: year([jointTask('SCJG', ['WSJK'], 1)], { departments: undefined, itemList: list(['SCJG', 'WSJK']) }, { participants: [] }) },
  ],
  invalid: [
    { name: 'the health commission has none', dossier: year([], { itemList: list(['SCJG', 'STHJ']) }), errors: [{ messageId: 'noItemList', data: { department: '区卫生健康委' }, fields: ['itemList'] }] },
    { name: 'an item marked off the platform does not count', dossier: year([], { itemList: [...list(['SCJG', 'STHJ']), { id: 'X', name: 'x', kind: 'key', departmentId: 'WSJK', inList: false }] }), errors: [{ messageId: 'noItemList', data: { department: '区卫生健康委' } }] },
    { name: 'items with no department belong to none', dossier: year([], { itemList: [{ id: 'X', name: 'x', kind: 'key' }, ...list(['SCJG', 'WSJK'])] }), errors: [{ messageId: 'noItemList', data: { department: '区生态环境局' } }] },
  ],
  incomplete: [
    { name: 'no item list at hand', dossier: year([]), incomplete: [{ messageId: 'missing', data: { what: 'itemList' } }] },
    { name: 'no department known', dossier: { year: 2026, itemList: list(['SCJG']), plans: [] }, incomplete: [{ messageId: 'missing', data: { what: 'departments' } }] },
  ],
});
