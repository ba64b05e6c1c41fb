import rule from '../../src/core/rules/defs/registry.inspector-fields';
import { ruleTester } from './rule-tester';

const good = { id: 'ZF-1', name: '张伟', gender: '男', position: '科员', licenceNumber: '京执0101234', unit: '区市场监管局', expertise: ['食品安全'] };
const reg = (...inspectors: Array<typeof good | Record<string, unknown>>) => ({ inspectors: inspectors as Array<typeof good>, plans: [] });

ruleTester(rule, {
  valid: [{ name: 'complete', dossier: reg(good) }],
  invalid: [
    { name: 'no licence number', dossier: reg({ ...good, licenceNumber: ' ' }), errors: [{ messageId: 'missingFields', data: { fields: '执法证号' }, fields: ['inspectors[0].licenceNumber'] }] },
    { name: 'no expertise', dossier: reg({ ...good, expertise: [] }), errors: [{ messageId: 'missingFields', data: { fields: '业务专长' } }] },
  ],
  inapplicable: [{ name: 'no registry', dossier: { plans: [] } }],
});
