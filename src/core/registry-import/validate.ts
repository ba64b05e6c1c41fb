import type { Inspector, ObjectRecord } from '../model';
import type { CreditClass } from '../model/common';
import { checkIdNumber, checkUscc } from '../model/identifiers';
import type { RegistryKind } from './fields';
import { fieldName, type ColumnMapping } from './mapping';

/** A cell as read: CSV gives strings; a spreadsheet also numbers, booleans and formulas. */
export type RawCell = string | number | boolean | { formula: string } | null | undefined;

export interface Reason {
  zh: string;
  en: string;
}

export type RowOutcome =
  | { ok: true; id: string; record: ObjectRecord | Inspector; warnings: Reason[] }
  | { ok: false; reason: Reason };

class RowError extends Error {
  constructor(readonly reason: Reason) {
    super(reason.en);
  }
}
const fail = (zh: string, en: string): never => {
  throw new RowError({ zh, en });
};

const LOST_NUMBER = /^[+-]?\d(\.\d+)?E\+?\d+$/i;

/** A cell as text; a formula is refused because what it shows is not data the platform exported. */
function text(c: RawCell, label: string): string {
  if (c === null || c === undefined) return '';
  if (typeof c === 'string') return c.trim();
  if (typeof c === 'number') return Number.isFinite(c) ? String(c) : '';
  if (typeof c === 'boolean') return c ? '是' : '否';
  return fail(`“${label}”是公式（${c.formula.slice(0, 40)}），不导入公式`, `"${label}" is a formula (${c.formula.slice(0, 40)}); formulas are not imported`);
}

/**
 * A code (USCC, registration or ID number) must arrive as text: an 18-digit number has lost its last
 * digits in the spreadsheet (JavaScript and Excel keep 15-16), so it is refused, never guessed.
 */
function code(c: RawCell, label: string): string {
  if (typeof c === 'number') {
    if (Number.isSafeInteger(c) && c >= 0 && String(c).length <= 15) return String(c);
    return fail(`“${label}”存成了数字（${c}），18 位代码已失真；请把该列设为文本后重新导出`, `"${label}" is stored as a number (${c}): an 18-digit code has lost digits; export the column as text`);
  }
  const t = text(c, label).replace(/[\s\u3000]/g, '').toUpperCase();
  if (LOST_NUMBER.test(t)) fail(`“${label}”是科学计数法（${t}），代码已失真`, `"${label}" is in scientific notation (${t}); the code has lost digits`);
  return t;
}

const YES = new Set(['是', 'Y', 'YES', 'TRUE', '1', '有', '√']);
const NO = new Set(['否', 'N', 'NO', 'FALSE', '0', '无', '']);
function flag(c: RawCell, label: string): boolean | undefined {
  const t = text(c, label).toUpperCase();
  if (t === '') return undefined;
  if (YES.has(t)) return true;
  if (NO.has(t)) return false;
  return fail(`“${label}”应为“是”或“否”，而不是“${t}”`, `"${label}" should be 是 or 否 (yes/no), not "${t}"`);
}

const CLASS: Record<string, CreditClass> = {
  A: 'A', B: 'B', C: 'C', D: 'D', A类: 'A', B类: 'B', C类: 'C', D类: 'D',
  低风险: 'A', 信用风险低: 'A', 一般风险: 'B', 信用风险一般: 'B', 较高风险: 'C', 信用风险较高: 'C', 高风险: 'D', 信用风险高: 'D',
};
function creditClass(c: RawCell, label: string): CreditClass | undefined {
  const t = text(c, label).replace(/\s/g, '').toUpperCase().replace('类', '类');
  if (t === '' || t === '未分类' || t === '暂无') return undefined;
  const k = CLASS[t] ?? CLASS[t.replace(/类$/, '')] ?? CLASS[t.toLowerCase()];
  if (!k) fail(`“${label}”应为 A、B、C、D 类之一，而不是“${t}”`, `"${label}" should be one of A, B, C, D, not "${t}"`);
  return k;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** Dates as staff write them (2020-05-01, 2020/5/1, 2020年5月1日, 20200501) or an Excel serial day. */
function date(c: RawCell, label: string): string | undefined {
  let y: number, m: number, d: number;
  if (typeof c === 'number') {
    if (!(c > 0 && c < 2958466)) fail(`“${label}”不是日期（${c}）`, `"${label}" is not a date (${c})`);
    const t = new Date(Math.round((c - 25569) * 86400000));
    [y, m, d] = [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
  } else {
    const t = text(c, label);
    if (!t) return undefined;
    const x = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/.exec(t) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(t);
    if (!x) return fail(`“${label}”不是日期（${t}），应为 YYYY-MM-DD`, `"${label}" is not a date (${t}); expected YYYY-MM-DD`);
    [y, m, d] = [+x[1], +x[2], +x[3]];
  }
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d || y < 1900 || y > 2100) fail(`“${label}”不是真实日期（${y}-${pad(m)}-${pad(d)}）`, `"${label}" is not a real date (${y}-${pad(m)}-${pad(d)})`);
  return `${y}-${pad(m)}-${pad(d)}`;
}

function checks(c: RawCell, label: string): number {
  const t = text(c, label);
  if (t === '') return 0;
  const b = YES.has(t.toUpperCase()) ? 1 : NO.has(t.toUpperCase()) ? 0 : undefined;
  if (b !== undefined && !/^\d+$/.test(t)) return b;
  if (!/^\d{1,3}$/.test(t)) fail(`“${label}”应为次数或是/否，而不是“${t}”`, `"${label}" should be a count or 是/否, not "${t}"`);
  return Number(t);
}

const KINDS: Record<string, Inspector['registryKind']> = {
  'civil-servant': 'civil-servant', qualified: 'qualified', supervisory: 'supervisory',
  行政执法类公务员: 'civil-servant', 具备行政执法资格人员: 'qualified', 日常从事监管工作人员: 'supervisory',
};
const ACTIVE: Record<string, boolean> = { 有效: true, 在职: true, 正常: true, 是: true, 失效: false, 无效: false, 离职: false, 停用: false, 否: false };

/** The column of each field, worked out once per mapping (a Map: header text never becomes an object key). */
const columnsOf = new WeakMap<ColumnMapping, Map<string, number>>();
function byField(m: ColumnMapping, cells: RawCell[]): { get(k: string): RawCell } {
  let cols = columnsOf.get(m);
  if (!cols) {
    cols = new Map();
    m.columns.forEach((k, i) => k && !cols!.has(k) && cols!.set(k, i));
    columnsOf.set(m, cols);
  }
  const c = cols;
  return { get: (k) => (c.has(k) ? cells[c.get(k)!] : undefined) };
}

/** Set only the fields that have a value: records stay small and fast (no `delete`, which slows objects down). */
function put<T extends object, K extends keyof T>(o: T, k: K, v: T[K] | undefined) {
  if (v !== undefined && v !== '') o[k] = v;
}

const opt = (s: string) => (s === '' ? undefined : s);

function objectRow(m: ColumnMapping, cells: RawCell[]): { id: string; record: ObjectRecord; warnings: Reason[] } {
  const f = byField(m, cells);
  const L = (k: string) => fieldName('objects', k);
  const warnings: Reason[] = [];
  const uscc = opt(code(f.get('uscc'), L('uscc')));
  const idNumber = opt(code(f.get('idNumber'), L('idNumber')));
  const name = text(f.get('name'), L('name'));
  if (!uscc && !idNumber) fail('缺少统一社会信用代码/注册号', 'the USCC / registration number is missing');
  if (!name) fail('缺少企业名称', 'the name (企业名称) is missing');
  if (uscc) {
    if (uscc.length === 18) {
      const c = checkUscc(uscc);
      if (c === 'bad-format') fail(`统一社会信用代码格式不对（${uscc}）`, `not a well-formed USCC (${uscc})`);
      if (c === 'bad-check-digit') warnings.push({ zh: `统一社会信用代码校验位不符（${uscc}），已保留`, en: `USCC check digit does not match (${uscc}); kept` });
    } else if (!/^\d{13}$|^\d{15}$/.test(uscc)) fail(`“${uscc}”既不是 18 位统一社会信用代码，也不是 13/15 位注册号`, `"${uscc}" is neither an 18-character USCC nor a 13/15-digit registration number`);
  }
  if (idNumber && checkIdNumber(idNumber) !== 'valid') warnings.push({ zh: `身份证号校验不符（${idNumber.slice(0, 6)}…），已保留`, en: `ID number fails its check (${idNumber.slice(0, 6)}…); kept` });
  const flags: ObjectRecord['flags'] = {};
  for (const k of ['abnormal', 'dishonest', 'seriousViolation', 'complaint'] as const) {
    const v = flag(f.get(k), L(k));
    if (v !== undefined) flags[k] = v;
  }
  const record = { id: (uscc ?? idNumber)! } as ObjectRecord;
  put(record, 'uscc', uscc);
  put(record, 'idNumber', idNumber);
  record.name = name;
  for (const k of ['address', 'personInCharge', 'contact', 'type', 'industry', 'region', 'registrationOffice', 'scale'] as const) put(record, k, text(f.get(k), L(k)));
  put(record, 'establishedOn', date(f.get('establishedOn'), L('establishedOn')));
  put(record, 'creditClass', creditClass(f.get('creditClass'), L('creditClass')));
  record.flags = flags;
  put(record, 'specialIndustry', flag(f.get('specialIndustry'), L('specialIndustry')));
  record.checksThisYear = checks(f.get('checksThisYear'), L('checksThisYear'));
  return { id: record.id, record, warnings };
}

function inspectorRow(m: ColumnMapping, cells: RawCell[]): { id: string; record: Inspector; warnings: Reason[] } {
  const f = byField(m, cells);
  const L = (k: string) => fieldName('inspectors', k);
  const warnings: Reason[] = [];
  const name = text(f.get('name'), L('name'));
  const licence = code(f.get('licenceNumber'), L('licenceNumber'));
  const licenceNumber = licence === '' || licence === '无' ? undefined : licence;
  const idNumber = opt(code(f.get('idNumber'), L('idNumber')));
  if (!name) fail('缺少姓名', 'the name (姓名) is missing');
  if (!licenceNumber && !idNumber) fail('缺少执法证号或身份证号，无法识别人员', 'neither a licence number nor an ID number: the person cannot be identified');
  if (idNumber && !idNumber.includes('*') && checkIdNumber(idNumber) !== 'valid') warnings.push({ zh: `身份证号校验不符（${idNumber.slice(0, 6)}…），已保留`, en: `ID number fails its check (${idNumber.slice(0, 6)}…); kept` });
  if (!licenceNumber && idNumber?.includes('*')) fail('身份证号被遮挡且没有执法证号，无法识别人员', 'the ID number is masked and there is no licence number: the person cannot be identified');
  const kindText = text(f.get('registryKind'), L('registryKind'));
  const registryKind = kindText ? KINDS[kindText] : undefined;
  if (kindText && !registryKind) fail(`“人员类别”应为行政执法类公务员、具备行政执法资格人员或日常从事监管工作人员，而不是“${kindText}”`, `"人员类别" should be one of the three registries, not "${kindText}"`);
  const stateText = text(f.get('active'), L('active'));
  const active = stateText === '' ? true : ACTIVE[stateText];
  if (active === undefined) fail(`“状态”应为有效或失效，而不是“${stateText}”`, `"状态" should be 有效 or 失效, not "${stateText}"`);
  const expertise = text(f.get('expertise'), L('expertise'));
  const record = { id: (licenceNumber ?? idNumber)!, name } as Inspector;
  put(record, 'gender', text(f.get('gender'), L('gender')));
  put(record, 'position', text(f.get('position'), L('position')));
  put(record, 'licenceNumber', licenceNumber);
  put(record, 'unit', text(f.get('unit'), L('unit')));
  put(record, 'departmentId', text(f.get('departmentId'), L('departmentId')));
  put(record, 'registryKind', registryKind);
  record.expert = flag(f.get('expert'), L('expert')) ?? false;
  record.thirdParty = flag(f.get('thirdParty'), L('thirdParty')) ?? false;
  record.expertise = expertise ? expertise.split(/[、,，;；\s]+/).filter(Boolean) : [];
  record.conflicts = [];
  record.active = active!;
  return { id: record.id, record, warnings };
}

/** One data row against the model: the record it makes, with warnings, or why it is refused. */
export function validateRow(kind: RegistryKind, m: ColumnMapping, cells: RawCell[]): RowOutcome {
  try {
    const r = kind === 'objects' ? objectRow(m, cells) : inspectorRow(m, cells);
    return { ok: true, ...r };
  } catch (e) {
    if (e instanceof RowError) return { ok: false, reason: e.reason };
    throw e;
  }
}
