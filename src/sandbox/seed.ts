/**
 * The sandbox's seed data: departments, an item list, a few thousand objects, a hundred inspectors,
 * and a year (2026) of plans, tasks and results in various states, some compliant and some not.
 * Generated deterministically so `--reset` always restores the same training copy.
 */
import type { CheckItem, CheckResult, Department } from '../core/model';
import { generateInspectors, generateObjects } from './generate-registries';
import type { SandboxData, SandboxPlan, SandboxTask } from './store-types';

export const DEPARTMENTS: Department[] = [
  { id: 'SCJG', name: '区市场监管局', system: '市场监管', level: 'county' },
  { id: 'WSJK', name: '区卫生健康委', system: '卫生健康', level: 'county' },
  { id: 'STHJ', name: '区生态环境局', system: '生态环境', level: 'county' },
  { id: 'YJGL', name: '区应急管理局', system: '应急管理', level: 'county' },
  { id: 'SW', name: '区商务局', system: '商务', level: 'county' },
  { id: 'JY', name: '区教育委员会', system: '教育', level: 'county' },
];

const item = (id: string, departmentId: string, name: string, kind: 'key' | 'general', legalBasis: string, content: string, method: string, marketEntities = true): CheckItem => ({
  id, departmentId, name, kind, legalBasis, content, method, subject: DEPARTMENTS.find((d) => d.id === departmentId)!.name, objectType: marketEntities ? '市场主体' : '学校', inList: true, marketEntities,
});

export const ITEMS: CheckItem[] = [
  item('SJ-001', 'SCJG', '食品生产企业监督检查', 'key', '《中华人民共和国食品安全法》第一百一十条', '生产过程控制、原料进货查验', '实地检查'),
  item('SJ-002', 'SCJG', '企业公示信息检查', 'general', '《企业信息公示暂行条例》第十四条', '年度报告公示信息', '书面检查'),
  item('SJ-003', 'SCJG', '特种设备使用单位监督检查', 'key', '《中华人民共和国特种设备安全法》第五十七条', '使用登记、定期检验', '实地检查'),
  item('SJ-004', 'SCJG', '广告发布行为检查', 'general', '《中华人民共和国广告法》第四十九条', '广告内容合法性', '网络监测'),
  item('SJ-005', 'SCJG', '餐饮服务食品安全检查', 'general', '《中华人民共和国食品安全法》第一百一十条', '量化分级、从业人员健康', '实地检查'),
  item('WS-001', 'WSJK', '公共场所卫生监督检查', 'general', '《公共场所卫生管理条例》第十一条', '卫生许可、从业人员健康证明', '实地检查'),
  item('WS-002', 'WSJK', '医疗机构依法执业检查', 'key', '《医疗机构管理条例》第四十条', '执业许可、人员资质', '实地检查'),
  item('ST-001', 'STHJ', '排污许可执行情况检查', 'key', '《排污许可管理条例》第二十八条', '排污许可证执行', '实地检查'),
  item('YJ-001', 'YJGL', '安全生产责任制落实检查', 'key', '《中华人民共和国安全生产法》第六十五条', '安全生产责任制、隐患排查', '实地检查'),
  item('SW-001', 'SW', '单用途商业预付卡发卡企业检查', 'general', '《单用途商业预付卡管理办法（试行）》第三十八条', '备案、资金存管', '书面检查'),
  item('JY-001', 'JY', '学校食堂食品安全检查', 'general', '《学校食品安全与营养健康管理规定》第五十六条', '食堂卫生、原料采购', '实地检查', false),
];

const lead = (id: string) => ({ departmentId: id, name: DEPARTMENTS.find((d) => d.id === id)!.name, role: 'lead' as const });
const resp = (id: string, consulted = true) => ({ departmentId: id, name: DEPARTMENTS.find((d) => d.id === id)!.name, role: 'responding' as const, consultedInWriting: consulted });

export function seedData(): SandboxData {
  const objects = generateObjects(3000, 2026);
  const inspectors = generateInspectors(100, DEPARTMENTS.map((d) => d.id), 2026, 3000);
  const plans: SandboxPlan[] = [
    { id: 'JH-2026-001', name: '2026年度区市场监管局双随机抽查工作计划', year: 2026, kind: 'annual', scope: 'own', participants: [lead('SCJG')], responsibleUnit: '信用监管科', documentNumber: '丰市监发〔2026〕5号', start: '2026-03-01', end: '2026-11-30', filedOn: '2026-03-25', directed: false, items: [{ itemId: 'SJ-002', ratePercent: 5 }, { itemId: 'SJ-003', ratePercent: 25 }], randomMode: 'double', tasks: [], status: '执行中', notice: '已公告', scopeText: '全区登记在册企业，一般事项按5%比例抽取' },
    { id: 'JH-2026-002', name: '2026年食品安全跨部门联合抽查计划', year: 2026, kind: 'annual', scope: 'joint', participants: [lead('SCJG'), resp('WSJK'), resp('JY'), resp('STHJ'), resp('SW', false), resp('YJGL')], responsibleUnit: '食品经营监管科', documentNumber: '丰市监发〔2026〕9号', start: '2026-05-06', end: '2026-12-05', filedOn: '2026-04-28', directed: true, filters: { industries: ['餐饮服务', '食品生产'] }, items: [{ itemId: 'SJ-001', ratePercent: 25 }, { itemId: 'SJ-005', ratePercent: 25 }], randomMode: 'double', tasks: [], status: '执行中', notice: '已公告', scopeText: '餐饮服务、食品生产单位，重点事项25%' },
    { id: 'JH-2026-003', name: '2026年安全生产与排污许可联合抽查计划', year: 2026, kind: 'annual', scope: 'joint', participants: [lead('YJGL'), resp('STHJ'), resp('SCJG')], responsibleUnit: '执法监察科', documentNumber: '丰应急发〔2026〕3号', start: '2026-04-01', end: '2026-10-31', filedOn: '2026-03-30', directed: false, items: [{ itemId: 'YJ-001', ratePercent: 20 }, { itemId: 'ST-001', ratePercent: 20 }], randomMode: 'double', tasks: [], status: '已完成', notice: '已公告', scopeText: '工贸企业、重点排污单位' },
    { id: 'JH-2026-004', name: '2026年预付卡专项整治检查', year: 2026, kind: 'temporary', scope: 'own', participants: [lead('SW')], responsibleUnit: '市场秩序科', start: '2026-09-01', end: '2026-11-30', directed: false, items: [{ itemId: 'SW-001', ratePercent: 2.9 }], randomMode: 'objects-only', campaign: '专项整治', tasks: [], status: '待执行', notice: '未公告', scopeText: '发卡企业' },
  ];
  const task = (t: Partial<SandboxTask> & Pick<SandboxTask, 'id' | 'planId' | 'name' | 'status'>): SandboxTask => ({
    scope: 'own', participants: [], items: [], inspectorIds: [], results: [], source: 'annual-plan', directed: false, publicise: true, description: '', ...t,
  });
  const drawnTask3 = objects.filter((o) => o.industry === '建筑').slice(0, 6).map((o) => o.id);
  const results: CheckResult[] = drawnTask3.map((id, k) => ({
    objectId: id,
    objectName: objects.find((o) => o.id === id)!.name,
    category: k === 2 ? '发现问题已责令改正' : '未发现问题',
    method: 'on-site',
    inspectorIds: [],
    checkedOn: '2026-09-18',
    uploadedOn: '2026-09-18',
    publishedOn: k < 4 ? '2026-10-22' : k === 4 ? '2026-10-26' : undefined,
    notifiedInAdvance: true,
  }));
  const tasks: SandboxTask[] = [
    task({ id: 'RW-2026-001', planId: 'JH-2026-001', number: '丰市监抽查〔2026〕1号', name: '2026年企业公示信息抽查', participants: [lead('SCJG')], items: [{ itemId: 'SJ-002', ratePercent: 5 }], start: '2026-05-01', end: '2026-09-30', status: '待抽取对象' }),
    task({ id: 'RW-2026-002', planId: 'JH-2026-002', number: '丰市监抽查〔2026〕2号', name: '2026年餐饮服务食品安全联合抽查', scope: 'joint', participants: [lead('SCJG'), resp('WSJK'), resp('JY')], items: [{ itemId: 'SJ-005', ratePercent: 25 }, { itemId: 'WS-001', ratePercent: 10 }], start: '2026-06-01', end: '2026-12-05', directed: true, status: '待抽取对象' }),
    task({ id: 'RW-2026-003', planId: 'JH-2026-003', number: '丰应急抽查〔2026〕1号', name: '2026年工贸企业安全生产联合抽查', scope: 'joint', participants: [lead('YJGL'), resp('STHJ')], items: [{ itemId: 'YJ-001', ratePercent: 20 }], start: '2026-08-01', end: '2026-10-31', status: '已完成', draw: { objectIds: drawnTask3, assignments: [], replacements: [], exclusions: [], reruns: [{ at: '2026-08-03T09:12:00+08:00' }], drawnAt: '2026-08-03T09:20:00+08:00', lockedAt: '2026-08-03T09:25:00+08:00' }, results }),
  ];
  return { version: 1, today: '2026-11-23', departments: DEPARTMENTS, items: ITEMS, objects, inspectors, plans, tasks };
}
