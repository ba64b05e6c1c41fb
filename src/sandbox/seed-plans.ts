/**
 * The year 2026 on the sandbox: plans and tasks in every list state, some compliant and some not
 * (a joint plan with 6 departments, a general item at 25%, a task ending 2026-12-05, results
 * published late across the National Day holiday), with drawn, locked and checked lists.
 */
import type { CheckResult } from '../core/model';
import { fixtureRandom } from './generate-registries';
import { deptName, LIBRARIES } from './seed-items';
import type { SandboxInspector, SandboxObject, SandboxPlan, SandboxTask } from './store-types';

const lead = (id: string) => ({ departmentId: id, name: deptName(id), role: 'lead' as const });
const resp = (id: string, consulted = true) => ({ departmentId: id, name: deptName(id), role: 'responding' as const, consultedInWriting: consulted });

export function seedPlans(): SandboxPlan[] {
  return [
    { id: 'JH-2026-001', name: '2026年度区市场监管局双随机抽查工作计划', year: 2026, kind: 'annual', scope: 'own', participants: [lead('SCJG')], responsibleUnit: '信用监管科', documentNumber: '丰市监发〔2026〕5号', start: '2026-03-01', end: '2026-11-30', filedOn: '2026-03-25', directed: false, items: [{ itemId: 'SJ-002', ratePercent: 5 }, { itemId: 'SJ-003', ratePercent: 25 }], randomMode: 'double', tasks: [], status: '执行中', notice: '已公告', scopeText: '全区登记在册企业，一般事项按5%比例抽取' },
    { id: 'JH-2026-002', name: '2026年食品安全跨部门联合抽查计划', year: 2026, kind: 'annual', scope: 'joint', participants: [lead('SCJG'), resp('WSJK'), resp('JY'), resp('STHJ'), resp('SW', false), resp('YJGL')], responsibleUnit: '食品经营监管科', documentNumber: '丰市监发〔2026〕9号', start: '2026-05-06', end: '2026-12-05', filedOn: '2026-04-28', directed: true, filters: { industries: ['餐饮服务', '食品生产'] }, items: [{ itemId: 'SJ-001', ratePercent: 25 }, { itemId: 'SJ-005', ratePercent: 25 }], randomMode: 'double', tasks: [], status: '执行中', notice: '已公告', scopeText: '餐饮服务、食品生产单位，重点事项25%' },
    { id: 'JH-2026-003', name: '2026年安全生产与排污许可联合抽查计划', year: 2026, kind: 'annual', scope: 'joint', participants: [lead('YJGL'), resp('STHJ'), resp('SCJG')], responsibleUnit: '执法监察科', documentNumber: '丰应急发〔2026〕3号', start: '2026-04-01', end: '2026-10-31', filedOn: '2026-03-30', directed: false, items: [{ itemId: 'YJ-001', ratePercent: 20 }, { itemId: 'ST-001', ratePercent: 20 }], randomMode: 'double', tasks: [], status: '已完成', notice: '已公告', scopeText: '工贸企业、重点排污单位' },
    { id: 'JH-2026-004', name: '2026年预付卡专项整治检查', year: 2026, kind: 'temporary', scope: 'own', participants: [lead('SW')], responsibleUnit: '市场秩序科', start: '2026-09-01', end: '2026-11-30', directed: false, items: [{ itemId: 'SW-001', ratePercent: 2.9 }], randomMode: 'objects-only', campaign: '专项整治', tasks: [], status: '待执行', notice: '未公告', scopeText: '发卡企业' },
    { id: 'JH-2026-005', name: '2026年公共场所卫生与学校食品安全联合抽查计划', year: 2026, kind: 'annual', scope: 'joint', participants: [lead('WSJK'), resp('SCJG'), resp('JY')], responsibleUnit: '卫生监督所', documentNumber: '丰卫发〔2026〕12号', start: '2026-04-01', end: '2026-11-30', filedOn: '2026-03-20', directed: false, items: [{ itemId: 'WS-001', ratePercent: 5 }, { itemId: 'JY-001', ratePercent: 10 }], randomMode: 'double', tasks: [], status: '执行中', notice: '已公告', scopeText: '住宿、餐饮等公共场所经营单位及学校食堂' },
    { id: 'JH-2026-006', name: '2026年度区生态环境局双随机抽查工作计划', year: 2026, kind: 'annual', scope: 'own', participants: [lead('STHJ')], responsibleUnit: '生态环境综合执法队', documentNumber: '丰环发〔2026〕4号', start: '2026-03-01', end: '2026-11-30', filedOn: '2026-02-27', directed: false, items: [{ itemId: 'ST-001', ratePercent: 20 }, { itemId: 'ST-002', ratePercent: 5 }], randomMode: 'double', tasks: [], status: '执行中', notice: '已公告', scopeText: '重点排污单位20%，一般排污单位5%' },
    { id: 'JH-2027-001', name: '2027年度区市场监管局双随机抽查工作计划（草稿）', year: 2027, kind: 'annual', scope: 'own', participants: [lead('SCJG')], responsibleUnit: '信用监管科', start: '2027-03-01', end: '2027-11-30', filedOn: '2026-11-20', directed: false, items: [{ itemId: 'SJ-002', ratePercent: 3 }, { itemId: 'SJ-006', ratePercent: 20 }], randomMode: 'double', tasks: [], status: '待执行', notice: '未公告', scopeText: '全区登记在册企业' },
  ];
}

const task = (t: Partial<SandboxTask> & Pick<SandboxTask, 'id' | 'planId' | 'name' | 'status'>): SandboxTask => ({
  scope: 'own', participants: [], items: [], inspectorIds: [], results: [], source: 'annual-plan', directed: false, publicise: true, description: '', ...t,
});

/** Seeded picks from a library (the sandbox's history, not a platform draw: that one is unseeded). */
function picked(objects: SandboxObject[], libraryId: string, n: number, seed: number): string[] {
  const lib = LIBRARIES.find((l) => l.id === libraryId)!;
  const pool = objects.filter((o) => !lib.industries.length || lib.industries.includes(o.industry ?? ''));
  const r = fixtureRandom(seed);
  const out = new Set<string>();
  while (out.size < Math.min(n, pool.length)) out.add(pool[r.int(pool.length)].id);
  return [...out];
}

/** Round-robin over a department's active inspectors, two per object, as the platform assigns. */
function teams(objectIds: string[], inspectors: SandboxInspector[], depts: string[], offset: number) {
  const pool = inspectors.filter((i) => i.active && depts.includes(i.departmentId ?? ''));
  return objectIds.map((objectId, k) => ({ objectId, inspectorIds: [pool[(offset + 2 * k) % pool.length].id, pool[(offset + 2 * k + 1) % pool.length].id], expertIds: [] as string[] }));
}

type Result = SandboxTask['results'][number];
const nameOf = (objects: SandboxObject[], id: string) => objects.find((o) => o.id === id)!.name;

export function seedTasks(objects: SandboxObject[], inspectors: SandboxInspector[]): SandboxTask[] {
  // RW-2026-003 (completed): its first result is half-entered (no measures, no inspectors) on purpose.
  const drawn3 = objects.filter((o) => o.industry === '建筑').slice(0, 6).map((o) => o.id);
  const results3: CheckResult[] = drawn3.map((id, k) => ({
    objectId: id,
    objectName: nameOf(objects, id),
    category: k === 2 ? '发现问题已责令改正' : '未发现问题',
    method: 'on-site',
    inspectorIds: [],
    checkedOn: '2026-09-18',
    uploadedOn: '2026-09-18',
    publishedOn: k < 4 ? '2026-10-22' : k === 4 ? '2026-10-26' : undefined,
    notifiedInAdvance: true,
  }));

  // RW-2026-004 (实施中): results in every review state.
  const drawn4 = picked(objects, 'LIB-GM', 12, 4);
  const teams4 = teams(drawn4, inspectors, ['SCJG'], 0);
  const results4: Result[] = drawn4.slice(0, 8).map((id, k) => ({
    objectId: id,
    objectName: nameOf(objects, id),
    category: (['未发现问题', '未发现问题', '发现问题已责令改正', '未发现开展本次抽查涉及的经营活动', '未发现问题', '通过登记的住所（经营场所）无法联系', '发现问题待后续处理', '未发现问题'] as const)[k],
    method: k === 3 ? 'documents' : 'on-site',
    inspectorIds: teams4[k].inspectorIds,
    // The ones still in review were checked last week, within their publication deadline.
    checkedOn: k < 4 ? `2026-10-${pad(12 + k)}` : `2026-11-${pad(12 + k)}`,
    uploadedOn: k < 4 ? `2026-10-${pad(12 + k)}` : `2026-11-${pad(12 + k)}`,
    measures: k === 2 || k === 6 ? '责令限期改正，跟踪复查' : '无',
    notifiedInAdvance: true,
    ...(k < 4 ? { state: '已公示' as const, publishedOn: `2026-10-${pad(22 + k)}` } : k === 5 ? { state: '审核退回' as const } : { state: '待审核' as const }),
  }));

  // RW-2026-005 (待设置任务计划): locked, inspectors not yet drawn.
  const drawn5 = picked(objects, 'LIB-SPSC', 15, 5);
  // RW-2026-006 (实施中, led by 卫生健康, 区市场监管局 participating).
  const drawn6 = picked(objects, 'LIB-GGCS', 10, 6);
  // RW-2026-008 (已完成, all published).
  const drawn8 = picked(objects, 'LIB-PW', 8, 8);
  const teams8 = teams(drawn8, inspectors, ['STHJ'], 1);

  return [
    task({ id: 'RW-2026-001', planId: 'JH-2026-001', number: '丰市监抽查〔2026〕1号', name: '2026年企业公示信息抽查', participants: [lead('SCJG')], items: [{ itemId: 'SJ-002', ratePercent: 5 }], start: '2026-05-01', end: '2026-09-30', status: '待抽取对象' }),
    task({ id: 'RW-2026-002', planId: 'JH-2026-002', number: '丰市监抽查〔2026〕2号', name: '2026年餐饮服务食品安全联合抽查', scope: 'joint', participants: [lead('SCJG'), resp('WSJK'), resp('JY')], items: [{ itemId: 'SJ-005', ratePercent: 25 }, { itemId: 'WS-001', ratePercent: 10 }], start: '2026-06-01', end: '2026-12-05', directed: true, status: '待抽取对象' }),
    task({ id: 'RW-2026-003', planId: 'JH-2026-003', number: '丰应急抽查〔2026〕1号', name: '2026年工贸企业安全生产联合抽查', scope: 'joint', participants: [lead('YJGL'), resp('STHJ')], items: [{ itemId: 'YJ-001', ratePercent: 20 }], start: '2026-08-01', end: '2026-10-31', status: '已完成', draw: { objectIds: drawn3, assignments: [], replacements: [], exclusions: [], reruns: [{ at: '2026-08-03T09:12:00+08:00' }], drawnAt: '2026-08-03T09:20:00+08:00', lockedAt: '2026-08-03T09:25:00+08:00' }, results: results3 }),
    task({ id: 'RW-2026-004', planId: 'JH-2026-001', number: '丰市监抽查〔2026〕3号', name: '2026年特种设备使用单位抽查', participants: [lead('SCJG')], items: [{ itemId: 'SJ-003', ratePercent: 25 }], start: '2026-06-15', end: '2026-11-20', status: '实施中', inspectorIds: [...new Set(teams4.flatMap((t) => t.inspectorIds))], strategy: { mode: 'special-library', entries: [{ itemId: 'SJ-003', libraryId: 'LIB-GM', quantityMode: 'fixed', target: 12 }], inspectorsPerObject: 2 }, draw: { objectIds: drawn4, assignments: teams4, replacements: [], exclusions: [], reruns: [], drawnAt: '2026-06-20T10:02:13+08:00', lockedAt: '2026-06-20T10:05:40+08:00' }, results: results4 }),
    task({ id: 'RW-2026-005', planId: 'JH-2026-002', number: '丰市监抽查〔2026〕4号', name: '2026年食品生产企业联合抽查', scope: 'joint', participants: [lead('SCJG'), resp('WSJK'), resp('STHJ')], items: [{ itemId: 'SJ-001', ratePercent: 25 }], start: '2026-07-01', end: '2026-11-30', status: '待设置任务计划', strategy: { mode: 'special-library', entries: [{ itemId: 'SJ-001', libraryId: 'LIB-SPSC', quantityMode: 'fixed', target: 15 }] }, draw: { objectIds: drawn5, assignments: [], replacements: [], exclusions: [], reruns: [{ at: '2026-07-02T15:40:09+08:00' }, { at: '2026-07-02T15:41:27+08:00' }], drawnAt: '2026-07-02T15:43:51+08:00', lockedAt: '2026-07-02T15:44:30+08:00' } }),
    task({ id: 'RW-2026-006', planId: 'JH-2026-005', number: '丰卫抽查〔2026〕2号', name: '2026年公共场所卫生联合抽查', scope: 'joint', participants: [lead('WSJK'), resp('SCJG'), resp('JY')], items: [{ itemId: 'WS-001', ratePercent: 5 }], start: '2026-05-10', end: '2026-11-15', status: '实施中', strategy: { mode: 'special-library', entries: [{ itemId: 'WS-001', libraryId: 'LIB-GGCS', quantityMode: 'fixed', target: 10 }], creditClassRates: { A: 1, B: 2, C: 5, D: 20 }, inspectorsPerObject: 2 }, draw: { objectIds: drawn6, assignments: teams(drawn6, inspectors, ['WSJK', 'SCJG'], 3), replacements: [], exclusions: [], reruns: [], drawnAt: '2026-05-12T09:30:00+08:00', lockedAt: '2026-05-12T09:31:10+08:00' } }),
    task({ id: 'RW-2026-007', planId: 'JH-2026-005', number: '丰教抽查〔2026〕1号', name: '2026年学校食堂食品安全联合检查', scope: 'joint', participants: [lead('JY'), resp('SCJG'), resp('WSJK')], items: [{ itemId: 'JY-001', ratePercent: 10 }], start: '2026-09-01', end: '2026-11-30', status: '待抽取对象' }),
    task({ id: 'RW-2026-008', planId: 'JH-2026-006', number: '丰环抽查〔2026〕1号', name: '2026年重点排污单位排污许可执行情况抽查', participants: [lead('STHJ')], items: [{ itemId: 'ST-001', ratePercent: 20 }], start: '2026-04-01', end: '2026-08-31', status: '已完成', inspectorIds: [...new Set(teams8.flatMap((t) => t.inspectorIds))], draw: { objectIds: drawn8, assignments: teams8, replacements: [], exclusions: [], reruns: [], drawnAt: '2026-04-08T14:00:00+08:00', lockedAt: '2026-04-08T14:02:00+08:00' }, results: drawn8.map((id, k) => ({ objectId: id, objectName: nameOf(objects, id), category: k === 5 ? '发现问题已责令改正' : '未发现问题', method: 'on-site', inspectorIds: teams8[k].inspectorIds, checkedOn: `2026-06-${pad(3 + k)}`, uploadedOn: `2026-06-${pad(3 + k)}`, publishedOn: `2026-06-${pad(15 + k)}`, measures: k === 5 ? '责令改正' : '无', state: '已公示', notifiedInAdvance: true })) }),
  ];
}

function pad(n: number) {
  return String(n).padStart(2, '0');
}
