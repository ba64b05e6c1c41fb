import rule from '../../src/core/rules/defs/registry.object-fields';
import { ruleTester } from './rule-tester';
import { completeUscc } from '../../src/core/model/identifiers';

const good = { id: 'O1', uscc: completeUscc('91110106MA01ABCD1'), name: '北京甲餐饮有限公司', address: '丰台区某路1号', personInCharge: '张三', contact: '010-12345678' };
const reg = (...objects: Array<Record<string, unknown>>) => ({ objects: objects as Array<typeof good>, plans: [] });

ruleTester(rule, {
  valid: [
    { name: 'complete, valid code', dossier: reg(good) },
    { name: 'an individual business with an ID number', dossier: reg({ ...good, uscc: undefined, idNumber: '11010519491231002X' }) },
  ],
  invalid: [
    { name: 'no address or contact', dossier: reg({ ...good, address: '', contact: undefined }), errors: [{ messageId: 'missingFields', data: { fields: '住所、联系方式' }, fields: ['objects[0].address', 'objects[0].contact'] }] },
    { name: 'a wrong check digit (kept, flagged)', dossier: reg({ ...good, uscc: '91350100M000100Y44' }), errors: [{ messageId: 'badCheckDigit', fields: ['objects[0].uscc'] }] },
    { name: 'a malformed code', dossier: reg({ ...good, uscc: '9135010OM000100Y43' }), errors: [{ messageId: 'badIdentifier' }] },
    { name: 'no identifier', dossier: reg({ ...good, uscc: undefined }), errors: [{ messageId: 'noIdentifier' }] },
    { name: 'a bad ID number', dossier: reg({ ...good, uscc: undefined, idNumber: '110105194912310021' }), errors: [{ messageId: 'badCheckDigit', fields: ['objects[0].idNumber'] }] },
  ],
  inapplicable: [{ name: 'no registry in the dossier', dossier: { plans: [] } }],
});
