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

/** A field's name for a message, looked up only when one is written. */
type Labels = (key: string) => string;

/** A cell as text; a formula is refused because what it shows is not data the platform exported. */
function text(c: RawCell, key: string, L: Labels): string {
  if (c === null || c === undefined) return '';
  if (typeof c === 'string') return c.trim();
  if (typeof c === 'number') return Number.isFinite(c) ? String(c) : '';
  if (typeof c === 'boolean') return c ? '是' : '否';
  return fail(`“${L(key)}”是公式（${c.formula.slice(0, 40)}），不导入公式`, `"${L(key)}" is a formula (${c.formula.slice(0, 40)}); formulas are not imported`);
}

/**
 * A code (USCC, registration or ID number) must arrive as text: an 18-digit number has lost its last
 * digits in the spreadsheet (JavaScript and Excel keep 15-16), so it is refused, never guessed.
 */
function code(c: RawCell, key: string, L: Labels): string {
  if (typeof c === 'number') {
    if (Number.isSafeInteger(c) && c >= 0 && String(c).length <= 15) return String(c);
    return fail(`“${L(key)}”存成了数字（${c}），18 位代码已失真；请把该列设为文本后重新导出`, `"${L(key)}" is stored as a number (${c}): an 18-digit code has lost digits; export the column as text`);
  }
  const t = text(c, key, L).replace(/[\s\u3000]/g, '').toUpperCase();
  if (LOST_NUMBER.test(t)) fail(`“${L(key)}”是科学计数法（${t}），代码已失真`, `"${L(key)}" is in scientific notation (${t}); the code has lost digits`);
  return t;
}

const YES = new Set(['是', 'Y', 'YES', 'TRUE', '1', '有', '√']);
const NO = new Set(['否', 'N', 'NO', 'FALSE', '0', '无', '']);
function flag(c: RawCell, key: string, L: Labels): boolean | undefined {
  const t = text(c, key, L).toUpperCase();
  if (t === '') return undefined;
  if (YES.has(t)) return true;
  if (NO.has(t)) return false;
  return fail(`“${L(key)}”应为“是”或“否”，而不是“${t}”`, `"${L(key)}" should be 是 or 否 (yes/no), not "${t}"`);
}

const CLASS: Record<string, CreditClass> = {
  A: 'A', B: 'B', C: 'C', D: 'D', A类: 'A', B类: 'B', C类: 'C', D类: 'D',
  低风险: 'A', 信用风险低: 'A', 一般风险: 'B', 信用风险一般: 'B', 较高风险: 'C', 信用风险较高: 'C', 高风险: 'D', 信用风险高: 'D',
};
function creditClass_(c: RawCell, key: string, L: Labels): CreditClass | undefined {
  const t = text(c, key, L).replace(/\s/g, '').toUpperCase().replace('类', '类');
  if (t === '' || t === '未分类' || t === '暂无') return undefined;
  const k = CLASS[t] ?? CLASS[t.replace(/类$/, '')] ?? CLASS[t.toLowerCase()];
  if (!k) fail(`“${L(key)}”应为 A、B、C、D 类之一，而不是“${t}”`, `"${L(key)}" should be one of A, B, C, D, not "${t}"`);
  return k;
}

const pad = (n: number) => String(n).padStart(2, '0');
const digit = (t: string, i: number) => t.charCodeAt(i) - 48;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/**
 * A date already written YYYY-MM-DD and real (1900–2100), as most exports write it: returned as is without a
 * regular expression or a Date. Anything else (other forms, a wrong day) takes the full path and its errors.
 */
function isoDate(t: string): string | undefined {
  if (t.length !== 10 || t.charCodeAt(4) !== 45 || t.charCodeAt(7) !== 45) return undefined;
  for (const i of [0, 1, 2, 3, 5, 6, 8, 9]) if (!(digit(t, i) >= 0 && digit(t, i) <= 9)) return undefined;
  const y = digit(t, 0) * 1000 + digit(t, 1) * 100 + digit(t, 2) * 10 + digit(t, 3);
  const m = digit(t, 5) * 10 + digit(t, 6);
  const d = digit(t, 8) * 10 + digit(t, 9);
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return undefined;
  const leap = m === 2 && (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0));
  return d <= DAYS[m - 1] + (leap ? 1 : 0) ? t : undefined;
}
/** Dates as staff write them (2020-05-01, 2020/5/1, 2020年5月1日, 20200501) or an Excel serial day. */
function date(c: RawCell, key: string, L: Labels): string | undefined {
  let y: number, m: number, d: number;
  if (typeof c === 'number') {
    if (!(c > 0 && c < 2958466)) fail(`“${L(key)}”不是日期（${c}）`, `"${L(key)}" is not a date (${c})`);
    const t = new Date(Math.round((c - 25569) * 86400000));
    [y, m, d] = [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
  } else {
    const t = text(c, key, L);
    if (!t) return undefined;
    const iso = isoDate(t);
    if (iso) return iso;
    const x = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/.exec(t) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(t);
    if (!x) return fail(`“${L(key)}”不是日期（${t}），应为 YYYY-MM-DD`, `"${L(key)}" is not a date (${t}); expected YYYY-MM-DD`);
    [y, m, d] = [+x[1], +x[2], +x[3]];
  }
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d || y < 1900 || y > 2100) fail(`“${L(key)}”不是真实日期（${y}-${pad(m)}-${pad(d)}）`, `"${L(key)}" is not a real date (${y}-${pad(m)}-${pad(d)})`);
  return `${y}-${pad(m)}-${pad(d)}`;
}

function checks(c: RawCell, key: string, L: Labels): number {
  const t = text(c, key, L);
  if (t === '') return 0;
  const b = YES.has(t.toUpperCase()) ? 1 : NO.has(t.toUpperCase()) ? 0 : undefined;
  if (b !== undefined && !/^\d+$/.test(t)) return b;
  if (!/^\d{1,3}$/.test(t)) fail(`“${L(key)}”应为次数或是/否，而不是“${t}”`, `"${L(key)}" should be a count or 是/否, not "${t}"`);
  return Number(t);
}

const KINDS: Record<string, Inspector['registryKind']> = {
  'civil-servant': 'civil-servant', qualified: 'qualified', supervisory: 'supervisory',
  行政执法类公务员: 'civil-servant', 具备行政执法资格人员: 'qualified', 日常从事监管工作人员: 'supervisory',
};
const ACTIVE: Record<string, boolean> = { 有效: true, 在职: true, 正常: true, 是: true, 失效: false, 无效: false, 离职: false, 停用: false, 否: false };

/** The column of each field, worked out once per mapping (a Map: header text never becomes an object key). */
const columnsOf = new WeakMap<ColumnMapping, Map<string, number>>();
function columnMap(m: ColumnMapping): Map<string, number> {
  let cols = columnsOf.get(m);
  if (!cols) {
    cols = new Map();
    m.columns.forEach((k, i) => k && !cols!.has(k) && cols!.set(k, i));
    columnsOf.set(m, cols);
  }
  return cols;
}
function byField(m: ColumnMapping, cells: RawCell[]): { get(k: string): RawCell } {
  const c = columnMap(m);
  return { get: (k) => (c.has(k) ? cells[c.get(k)!] : undefined) };
}

/** Set only the fields that have a value: records stay small and fast (no `delete`, which slows objects down). */
function put<T extends object, K extends keyof T>(o: T, k: K, v: T[K] | undefined) {
  if (v !== undefined && v !== '') o[k] = v;
}

const opt = (s: string) => (s === '' ? undefined : s);

/** The column of each object field, worked out once per mapping (-1: not mapped). */
const objectColumnsOf = new WeakMap<ColumnMapping, Record<ObjectField, number>>();
const OBJECT_FIELDS = ['uscc', 'idNumber', 'name', 'address', 'personInCharge', 'contact', 'type', 'industry', 'region', 'registrationOffice', 'scale', 'establishedOn', 'creditClass', 'abnormal', 'dishonest', 'seriousViolation', 'complaint', 'specialIndustry', 'checksThisYear'] as const;
type ObjectField = (typeof OBJECT_FIELDS)[number];
function objectColumns(m: ColumnMapping): Record<ObjectField, number> {
  let cols = objectColumnsOf.get(m);
  if (!cols) {
    const at = columnMap(m);
    cols = Object.fromEntries(OBJECT_FIELDS.map((k) => [k, at.get(k) ?? -1])) as Record<ObjectField, number>;
    objectColumnsOf.set(m, cols);
  }
  return cols;
}
const O = (k: string) => fieldName('objects', k);

/**
 * One object row. Checked in the order of the fields below (the first failure is the row's reason); the record is
 * written in canonical key order (docs/draw-spec.md §1), flags too, so its canonical line is written natively
 * (fastCanonicalLine). A field's Chinese name is looked up only for a message.
 */
function objectRow(m: ColumnMapping, cells: RawCell[]): { id: string; record: ObjectRecord; warnings: Reason[] } {
  const col = objectColumns(m);
  const at = (i: number): RawCell => (i < 0 ? undefined : cells[i]);
  const warnings: Reason[] = [];
  const uscc = opt(code(at(col.uscc), 'uscc', O));
  const idNumber = opt(code(at(col.idNumber), 'idNumber', O));
  const name = text(at(col.name), 'name', O);
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
  const abnormal = flag(at(col.abnormal), 'abnormal', O);
  const dishonest = flag(at(col.dishonest), 'dishonest', O);
  const seriousViolation = flag(at(col.seriousViolation), 'seriousViolation', O);
  const complaint = flag(at(col.complaint), 'complaint', O);
  const address = text(at(col.address), 'address', O);
  const personInCharge = text(at(col.personInCharge), 'personInCharge', O);
  const contact = text(at(col.contact), 'contact', O);
  const type = text(at(col.type), 'type', O);
  const industry = text(at(col.industry), 'industry', O);
  const region = text(at(col.region), 'region', O);
  const registrationOffice = text(at(col.registrationOffice), 'registrationOffice', O);
  const scale = text(at(col.scale), 'scale', O);
  const establishedOn = date(at(col.establishedOn), 'establishedOn', O);
  const creditClass = creditClass_(at(col.creditClass), 'creditClass', O);
  const specialIndustry = flag(at(col.specialIndustry), 'specialIndustry', O);
  const checksThisYear = checks(at(col.checksThisYear), 'checksThisYear', O);
  // Keys in canonical (sorted) order; a field without a value is not set.
  const flags: ObjectRecord['flags'] = {};
  if (abnormal !== undefined) flags.abnormal = abnormal;
  if (complaint !== undefined) flags.complaint = complaint;
  if (dishonest !== undefined) flags.dishonest = dishonest;
  if (seriousViolation !== undefined) flags.seriousViolation = seriousViolation;
  const record = {} as ObjectRecord;
  if (address) record.address = address;
  record.checksThisYear = checksThisYear;
  if (contact) record.contact = contact;
  if (creditClass) record.creditClass = creditClass;
  if (establishedOn) record.establishedOn = establishedOn;
  record.flags = flags;
  record.id = (uscc ?? idNumber)!;
  if (idNumber) record.idNumber = idNumber;
  if (industry) record.industry = industry;
  record.name = name;
  if (personInCharge) record.personInCharge = personInCharge;
  if (region) record.region = region;
  if (registrationOffice) record.registrationOffice = registrationOffice;
  if (scale) record.scale = scale;
  if (specialIndustry !== undefined) record.specialIndustry = specialIndustry;
  if (type) record.type = type;
  if (uscc) record.uscc = uscc;
  return { id: record.id, record, warnings };
}

function inspectorRow(m: ColumnMapping, cells: RawCell[]): { id: string; record: Inspector; warnings: Reason[] } {
  const f = byField(m, cells);
  const L = (k: string) => fieldName('inspectors', k);
  const warnings: Reason[] = [];
  const name = text(f.get('name'), 'name', L);
  const licence = code(f.get('licenceNumber'), 'licenceNumber', L);
  const licenceNumber = licence === '' || licence === '无' ? undefined : licence;
  const idNumber = opt(code(f.get('idNumber'), 'idNumber', L));
  if (!name) fail('缺少姓名', 'the name (姓名) is missing');
  if (!licenceNumber && !idNumber) fail('缺少执法证号或身份证号，无法识别人员', 'neither a licence number nor an ID number: the person cannot be identified');
  if (idNumber && !idNumber.includes('*') && checkIdNumber(idNumber) !== 'valid') warnings.push({ zh: `身份证号校验不符（${idNumber.slice(0, 6)}…），已保留`, en: `ID number fails its check (${idNumber.slice(0, 6)}…); kept` });
  if (!licenceNumber && idNumber?.includes('*')) fail('身份证号被遮挡且没有执法证号，无法识别人员', 'the ID number is masked and there is no licence number: the person cannot be identified');
  const kindText = text(f.get('registryKind'), 'registryKind', L);
  const registryKind = kindText ? KINDS[kindText] : undefined;
  if (kindText && !registryKind) fail(`“人员类别”应为行政执法类公务员、具备行政执法资格人员或日常从事监管工作人员，而不是“${kindText}”`, `"人员类别" should be one of the three registries, not "${kindText}"`);
  const stateText = text(f.get('active'), 'active', L);
  const active = stateText === '' ? true : ACTIVE[stateText];
  if (active === undefined) fail(`“状态”应为有效或失效，而不是“${stateText}”`, `"状态" should be 有效 or 失效, not "${stateText}"`);
  const expertise = text(f.get('expertise'), 'expertise', L);
  const record = { id: (licenceNumber ?? idNumber)!, name } as Inspector;
  put(record, 'gender', text(f.get('gender'), 'gender', L));
  put(record, 'position', text(f.get('position'), 'position', L));
  put(record, 'licenceNumber', licenceNumber);
  put(record, 'unit', text(f.get('unit'), 'unit', L));
  put(record, 'departmentId', text(f.get('departmentId'), 'departmentId', L));
  put(record, 'registryKind', registryKind);
  record.expert = flag(f.get('expert'), 'expert', L) ?? false;
  record.thirdParty = flag(f.get('thirdParty'), 'thirdParty', L) ?? false;
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
