/**
 * The registry columns we read, with the Chinese headers platforms and staff use for them. Headers are
 * matched after normalising (spaces, full-width forms, required-field stars, brackets); within a field
 * the earlier synonym wins when a file has several (区域 before 管辖单位).
 */
export type RegistryKind = 'objects' | 'inspectors';

export interface FieldDef {
  key: string;
  zh: string;
  en: string;
  synonyms: string[];
}

export const OBJECT_FIELDS: FieldDef[] = [
  { key: 'uscc', zh: '统一社会信用代码/注册号', en: 'USCC / registration number', synonyms: ['统一社会信用代码/注册号', '统一社会信用代码', '社会信用代码', '信用代码', '注册号', '统一代码', 'USCC'] },
  { key: 'idNumber', zh: '身份证号', en: 'ID number', synonyms: ['经营者身份证号', '身份证号', '身份证号码', '证件号码'] },
  { key: 'name', zh: '企业名称', en: 'name', synonyms: ['企业名称', '市场主体名称', '主体名称', '对象名称', '单位名称', '名称'] },
  { key: 'personInCharge', zh: '法定代表人', en: 'person in charge', synonyms: ['法定代表人', '法定代表人/负责人', '法定代表人（负责人）', '负责人', '经营者', '投资人'] },
  { key: 'address', zh: '住所', en: 'address', synonyms: ['住所', '住所/经营场所', '经营场所', '注册地址', '地址'] },
  { key: 'contact', zh: '联系电话', en: 'phone', synonyms: ['联系电话', '电话', '联系方式', '手机号'] },
  { key: 'type', zh: '企业类型', en: 'type', synonyms: ['企业类型', '主体类型', '市场主体类型', '类型'] },
  { key: 'industry', zh: '行业', en: 'industry', synonyms: ['行业', '所属行业', '行业类别', '行业门类'] },
  { key: 'region', zh: '区域', en: 'region', synonyms: ['区域', '所属区域', '所在区域', '街道', '所属街道', '管辖单位', '管辖机关'] },
  { key: 'registrationOffice', zh: '登记机关', en: 'registration office', synonyms: ['登记机关', '登记机构'] },
  { key: 'scale', zh: '规模', en: 'scale', synonyms: ['规模', '企业规模'] },
  { key: 'establishedOn', zh: '成立日期', en: 'established on', synonyms: ['成立日期', '注册日期', '登记日期', '成立时间'] },
  { key: 'creditClass', zh: '信用风险分类', en: 'credit class', synonyms: ['信用风险分类', '信用风险分类结果', '信用风险类别', '风险分类', '信用分类'] },
  { key: 'abnormal', zh: '是否进入异常名录', en: 'abnormal list', synonyms: ['是否进入异常名录', '是否列入经营异常名录', '经营异常名录', '异常名录', '是否异常'] },
  { key: 'dishonest', zh: '是否失信', en: 'dishonest', synonyms: ['是否失信', '失信', '失信被执行人'] },
  { key: 'seriousViolation', zh: '严重违法失信', en: 'serious violation', synonyms: ['是否列入严重违法失信名单', '严重违法失信', '严重违法失信名单'] },
  { key: 'complaint', zh: '投诉举报', en: 'complaints', synonyms: ['是否有投诉举报', '投诉举报', '投诉举报较多'] },
  { key: 'specialIndustry', zh: '特殊重点领域', en: 'special industry', synonyms: ['特殊重点领域', '是否特殊重点领域', '重点行业'] },
  { key: 'checksThisYear', zh: '一年内被抽查次数', en: 'checks this year', synonyms: ['一年内被抽查次数', '本年被抽查次数', '一年内是否被抽查'] },
];

export const INSPECTOR_FIELDS: FieldDef[] = [
  { key: 'name', zh: '姓名', en: 'name', synonyms: ['姓名', '人员姓名', '检查人员'] },
  { key: 'gender', zh: '性别', en: 'gender', synonyms: ['性别'] },
  { key: 'idNumber', zh: '身份证号', en: 'ID number', synonyms: ['身份证号', '身份证号码', '证件号码'] },
  { key: 'licenceNumber', zh: '执法证号', en: 'licence number', synonyms: ['执法证号', '执法证件号', '执法证件号码', '执法证编号'] },
  { key: 'unit', zh: '工作单位', en: 'unit', synonyms: ['工作单位', '所在单位', '单位'] },
  { key: 'departmentId', zh: '业务部门', en: 'department', synonyms: ['部门编码', '部门代码', '业务部门', '所属部门', '部门'] },
  { key: 'position', zh: '担任职务', en: 'position', synonyms: ['担任职务', '职务'] },
  { key: 'registryKind', zh: '人员类别', en: 'registry kind', synonyms: ['人员类别', '人员类型', '名录库类别'] },
  { key: 'expert', zh: '是否专家', en: 'expert', synonyms: ['是否专家', '专家'] },
  { key: 'thirdParty', zh: '是否第三方', en: 'third party', synonyms: ['是否第三方专业技术人员', '是否第三方', '第三方专业技术人员'] },
  { key: 'expertise', zh: '业务专长', en: 'expertise', synonyms: ['业务专长', '专长'] },
  { key: 'active', zh: '状态', en: 'state', synonyms: ['状态', '人员状态', '是否有效'] },
];

export const FIELDS: Record<RegistryKind, FieldDef[]> = { objects: OBJECT_FIELDS, inspectors: INSPECTOR_FIELDS };

/** Header text as compared: no spaces (ASCII or full-width), no required-field star, ASCII brackets and slashes. */
export function normaliseHeader(h: string): string {
  return h
    .normalize('NFKC')
    .replace(/[\s\u3000\uFEFF]+/g, '')
    .replace(/^\*+|\*+$/g, '')
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .toUpperCase();
}

export function fieldByKey(kind: RegistryKind, key: string): FieldDef | undefined {
  return FIELDS[kind].find((f) => f.key === key);
}
