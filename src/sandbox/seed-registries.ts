/**
 * Registry columns the rules never read (联络员, 注册资本, 身份证号, 单位层级...), added to the generated
 * registries from their own random stream, so generate-registries.ts (which the draw's golden
 * vectors depend on) stays untouched.
 */
import type { Inspector, ObjectRecord } from '../core/model';
import { fixtureRandom } from './generate-registries';
import type { SandboxInspector, SandboxObject } from './store-types';

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平';
const JURISDICTIONS: Record<string, string> = { 东城街道: '东城市场监管所', 西城街道: '东城市场监管所', 南苑街道: '南苑市场监管所', 北湖街道: '北湖市场监管所', 新村镇: '北湖市场监管所' };

const pad = (n: number) => String(n).padStart(2, '0');

/** The generated names end in a type picked apart from the object's type: make the name say what the registry says. */
const NAME_SUFFIX: Record<string, string> = { 有限责任公司: '有限公司', 股份有限公司: '股份有限公司', 个体工商户: '经营部', 个人独资企业: '商行', 农民专业合作社: '专业合作社' };
const TYPE_SUFFIX = /(有限责任公司|股份有限公司|个体工商户|个人独资企业|农民专业合作社)$/;

export function enrichObjects(objects: ObjectRecord[], seed: number): SandboxObject[] {
  const r = fixtureRandom(seed);
  return objects.map((o) => ({
    ...o,
    name: o.name?.replace(TYPE_SUFFIX, NAME_SUFFIX[o.type ?? ''] ?? '$1'),
    establishedOn: `${1995 + r.int(31)}-${pad(1 + r.int(12))}-${pad(1 + r.int(28))}`,
    scale: o.type === '个体工商户' ? '微型' : r.pick(['微型', '小型', '小型', '中型', '大型']),
    liaison: r.pick([...SURNAMES]) + r.pick([...GIVEN]),
    registeredCapital: o.type === '个体工商户' ? '' : `${r.pick([10, 50, 100, 200, 500, 1000, 3000])}万元人民币`,
    riskWarning: o.creditClass === 'D' || r.next() < 0.02,
    jurisdiction: JURISDICTIONS[o.region ?? ''] ?? '区市场监管局',
  }));
}

/** GB 11643 check digit, so the registry's 身份证号 are well-formed (they are shown masked). */
function idCheckDigit(body17: string): string {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body17].reduce((s, c, i) => s + Number(c) * w[i], 0);
  return '10X98765432'[sum % 11];
}

const POSTS = ['行政执法', '市场监管', '卫生监督', '环境监察', '安全监管', '综合管理'];

export function enrichInspectors(inspectors: Inspector[], itemsByDept: (departmentId: string) => string[], seed: number): SandboxInspector[] {
  const r = fixtureRandom(seed);
  return inspectors.map((i) => {
    const body = `110106${1965 + r.int(35)}${pad(1 + r.int(12))}${pad(1 + r.int(28))}${String(r.int(1000)).padStart(3, '0')}`;
    const items = itemsByDept(i.departmentId ?? '');
    return {
      ...i,
      idNumber: body + idCheckDigit(body),
      licenceKind: i.registryKind === 'supervisory' ? (r.next() < 0.5 ? '无' : '有部门执法证') : r.next() < 0.7 ? '有省政府执法证' : '有部门执法证',
      level: r.next() < 0.7 ? '县级' : r.next() < 0.5 ? '所级' : '市级',
      postCategory: r.pick(POSTS),
      itemScope: items.filter(() => r.next() < 0.7),
      mobile: `1${r.pick(['3', '5', '8'])}${String(r.int(1e9)).padStart(9, '0')}`,
    };
  });
}
