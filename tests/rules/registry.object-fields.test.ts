import rule from '../../src/core/rules/defs/registry.object-fields';
import { ruleTester } from './rule-tester';
import { completeUscc } from '../../src/core/model/identifiers';

const uscc = completeUscc('91110000MA01ABCD1'); // 91 + 110000 + 9 characters, check character computed
const wrongCheck = uscc.slice(0, 17) + (uscc[17] === '0' ? '1' : '0');
const good = { id: 'O1', uscc, name: '北京甲餐饮有限公司', address: '丰台区某路1号', personInCharge: '张三', contact: '010-12345678' };
const reg = (...objects: Array<Record<string, unknown>>) => ({ objects: objects as Array<typeof good>, plans: [] });

ruleTester(rule, {
  valid: [
    { name: 'complete, valid code', dossier: reg(good) },
    { name: 'a valid code with stray spaces', dossier: reg({ ...good, uscc: ` ${uscc} ` }) },
    { name: 'an individual business with an ID number', dossier: reg({ ...good, uscc: undefined, idNumber: '11010519491231002X' }) },
    { name: 'a blank USCC falls back to the ID number', dossier: reg({ ...good, uscc: '  ', idNumber: '11010519491231002X' }) },
  ],
  invalid: [
    { name: 'no address or contact', dossier: reg({ ...good, address: '', contact: undefined }), errors: [{ messageId: 'missingFields', data: { object: '北京甲餐饮有限公司', fields: '住所、联系方式', fieldsEn: 'address, contact' }, fields: ['objects[0].address', 'objects[0].contact'] }] },
    { name: 'a blank person in charge', dossier: reg({ ...good, personInCharge: '  ' }), errors: [{ messageId: 'missingFields', data: { fields: '负责人' }, fields: ['objects[0].personInCharge'] }] },
    { name: 'no name: named by its id', dossier: reg({ ...good, name: undefined }), errors: [{ messageId: 'missingFields', data: { object: 'O1', fields: '名称' } }] },
    { name: 'a wrong check digit (kept, flagged)', dossier: reg({ ...good, uscc: wrongCheck }), errors: [{ messageId: 'badCheckDigit', data: { code: wrongCheck }, fields: ['objects[0].uscc'] }] },
    { name: 'a malformed code (letter O is not a USCC character)', dossier: reg({ ...good, uscc: '91110000MAO1ABCD1X' }), errors: [{ messageId: 'badIdentifier', fields: ['objects[0].uscc'] }] },
    { name: 'a 15-digit old registration number is not a USCC', dossier: reg({ ...good, uscc: '110000000000001' }), errors: [{ messageId: 'badIdentifier' }] },
    { name: 'no identifier', dossier: reg({ ...good, uscc: undefined }), errors: [{ messageId: 'noIdentifier', fields: ['objects[0].uscc', 'objects[0].idNumber'] }] },
    { name: 'a bad ID number check digit', dossier: reg({ ...good, uscc: undefined, idNumber: '110105194912310021' }), errors: [{ messageId: 'badCheckDigit', fields: ['objects[0].idNumber'] }] },
    { name: 'a malformed ID number', dossier: reg({ ...good, uscc: undefined, idNumber: '11010519491231' }), errors: [{ messageId: 'badIdentifier', fields: ['objects[0].idNumber'] }] },
    { name: 'missing fields and a bad code are both reported', dossier: reg({ ...good, contact: '', uscc: wrongCheck }), errors: [{ messageId: 'missingFields' }, { messageId: 'badCheckDigit' }] },
    { name: 'only the faulty record of two fails', dossier: reg(good, { ...good, id: 'O2', name: '乙超市', address: undefined }), errors: [{ messageId: 'missingFields', data: { object: '乙超市' }, fields: ['objects[1].address'] }] },
  ],
  inapplicable: [{ name: 'no registry in the dossier', dossier: { plans: [] } }],
});
