import rule from '../../src/core/rules/defs/registry.inspector-fields';
import { ruleTester } from './rule-tester';

const good = { id: 'ZF-1', name: '张伟', gender: '男', position: '科员', licenceNumber: '京执0101234', unit: '区市场监管局', expertise: ['食品安全'] };
const reg = (...inspectors: Array<Record<string, unknown>>) => ({ inspectors: inspectors as Array<typeof good>, plans: [] });

ruleTester(rule, {
  valid: [
    { name: 'complete', dossier: reg(good) },
    { name: 'several areas of expertise, one blank among them', dossier: reg({ ...good, expertise: ['', '特种设备'] }) },
  ],
  invalid: [
    { name: 'a blank licence number', dossier: reg({ ...good, licenceNumber: ' ' }), errors: [{ messageId: 'missingFields', data: { inspector: '张伟', fields: '执法证号', fieldsEn: 'licenceNumber' }, fields: ['inspectors[0].licenceNumber'] }] },
    { name: 'no expertise', dossier: reg({ ...good, expertise: [] }), errors: [{ messageId: 'missingFields', data: { fields: '业务专长' }, fields: ['inspectors[0].expertise'] }] },
    { name: 'expertise of blanks only', dossier: reg({ ...good, expertise: [' '] }), errors: [{ messageId: 'missingFields', data: { fields: '业务专长' } }] },
    { name: 'no name, gender or unit: named by id, every gap listed', dossier: reg({ ...good, name: undefined, gender: '', unit: undefined }), errors: [{ messageId: 'missingFields', data: { inspector: 'ZF-1', fields: '姓名、性别、工作单位' }, fields: ['inspectors[0].name', 'inspectors[0].gender', 'inspectors[0].unit'] }] },
    { name: 'only the faulty record of two fails', dossier: reg(good, { ...good, id: 'ZF-2', name: '李娜', position: undefined }), errors: [{ messageId: 'missingFields', data: { inspector: '李娜', fields: '职务' }, fields: ['inspectors[1].position'] }] },
  ],
  inapplicable: [{ name: 'no registry', dossier: { plans: [] } }],
});
