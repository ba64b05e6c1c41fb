/**
 * Synthetic but realistic registries for the sandbox, the tests and the benchmarks: valid unified
 * social credit codes, a spread of credit classes, industries and flags, inspectors of the three
 * registry kinds with some experts and declared conflicts. Deterministic for a given seed, using its
 * own small generator (not the draw's), so fixtures never depend on the code they test.
 */
import { completeUscc, type CreditClass, type Inspector, type ObjectRecord } from '../core/model';

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** mulberry32: tiny, fast, good enough for fixtures. */
export function fixtureRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)] };
}

export const INDUSTRIES = ['餐饮服务', '食品生产', '食品销售', '药品零售', '零售', '批发', '住宿', '建筑', '软件和信息技术服务', '道路运输', '环境保护', '医疗器械经营'] as const;
export const REGIONS = ['东城街道', '西城街道', '南苑街道', '北湖街道', '新村镇'] as const;
export const OFFICES = ['区市场监管局登记科', '东城市场监管所', '南苑市场监管所', '北湖市场监管所'] as const;
const TYPES = ['有限责任公司', '股份有限公司', '个体工商户', '个人独资企业', '农民专业合作社'] as const;
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国文斌宇浩凯鹏辉';
const BRANDS = '华盛鑫隆恒达顺丰嘉禾泰和金源永康安福瑞祥宏远天成兴旺佳美同创德信';

function name(r: ReturnType<typeof fixtureRandom>) {
  return r.pick([...SURNAMES]) + r.pick([...GIVEN]) + (r.next() < 0.5 ? r.pick([...GIVEN]) : '');
}

/** n objects with ids O0000001…, USCC-valid, classes A 30% / B 45% / C 18% / D 7%. */
export function generateObjects(n: number, seed = 1): ObjectRecord[] {
  const r = fixtureRandom(seed);
  const width = Math.max(7, String(n).length);
  const out: ObjectRecord[] = new Array(n);
  for (let i = 0; i < n; i++) {
    let body = '91' + String(110000 + r.int(9999)).padStart(6, '0');
    for (let k = 0; k < 9; k++) body += USCC_CHARS[r.int(31)];
    const u = r.next();
    const creditClass: CreditClass = u < 0.3 ? 'A' : u < 0.75 ? 'B' : u < 0.93 ? 'C' : 'D';
    const industry = r.pick(INDUSTRIES);
    const f = r.next();
    out[i] = {
      id: `O${String(i + 1).padStart(width, '0')}`,
      uscc: completeUscc(body),
      name: `${r.pick(REGIONS).slice(0, 2)}${r.pick([...BRANDS])}${r.pick([...BRANDS])}${industry.slice(0, 2)}${r.pick(TYPES)}`,
      address: `${r.pick(REGIONS)}${1 + r.int(300)}号`,
      personInCharge: name(r),
      contact: `1${3 + r.int(6)}${String(r.int(1e9)).padStart(9, '0')}`,
      type: r.pick(TYPES),
      industry,
      region: r.pick(REGIONS),
      registrationOffice: r.pick(OFFICES),
      creditClass,
      flags: { abnormal: f < 0.04, dishonest: f > 0.985, seriousViolation: f > 0.995, complaint: f > 0.04 && f < 0.07 },
      checksThisYear: r.next() < 0.85 ? 0 : 1 + r.int(3),
      specialIndustry: /食品|药品|环境/.test(industry),
    };
  }
  return out;
}

export const KINDS = ['civil-servant', 'qualified', 'supervisory'] as const;

/** n inspectors spread over departments, ids ZF0001…; ~8% experts; some conflicts with the first objects. */
export function generateInspectors(n: number, departments: readonly string[], seed = 2, conflictPool = 200): Inspector[] {
  const r = fixtureRandom(seed);
  return Array.from({ length: n }, (_, i) => ({
    id: `ZF${String(i + 1).padStart(4, '0')}`,
    name: name(r),
    gender: r.next() < 0.6 ? '男' : '女',
    position: r.pick(['科员', '副主任科员', '主任科员', '科长', '所长']),
    licenceNumber: `执${String(100000 + r.int(899999))}`,
    unit: departments[i % departments.length],
    departmentId: departments[i % departments.length],
    registryKind: KINDS[r.int(3)],
    expert: r.next() < 0.08,
    thirdParty: false,
    expertise: [r.pick(['食品安全', '特种设备', '价格监管', '广告监管', '计量', '环境执法', '安全生产'])],
    conflicts: r.next() < 0.1 ? [`O${String(1 + r.int(conflictPool)).padStart(7, '0')}`] : [],
    active: r.next() > 0.03,
  }));
}
