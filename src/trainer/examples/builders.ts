/**
 * Small compliant dossiers for the explorer's examples, each example bending one of them in one place
 * (the shape of the rule tables' builders; shipped code keeps its own copy).
 */
import type { DossierInput, PlanInput } from '../../core/model';

export type TaskInput = NonNullable<PlanInput['tasks']>[number];
type ResultInput = NonNullable<TaskInput['results']>[number];

/** A compliant own-department annual plan for 2026 with one general and one key item. */
export function basePlan(over: Partial<PlanInput> = {}): PlanInput {
  return {
    id: 'EX-P1',
    name: '2026年度市场监管领域双随机抽查计划（示例）',
    year: 2026,
    kind: 'annual',
    scope: 'own',
    participants: [{ departmentId: 'SCJG', name: '区市场监管局', role: 'lead' }],
    responsibleUnit: '信用监管科',
    start: '2026-03-01',
    end: '2026-11-30',
    filedOn: '2026-03-20',
    directed: false,
    items: [
      { itemId: 'I1', name: '企业公示信息检查', kind: 'general', ratePercent: 5, legalBasis: '《企业信息公示暂行条例》', subject: '市场监管局', content: '年报公示信息', method: '书面检查', inList: true },
      { itemId: 'I2', name: '食品生产企业监督检查', kind: 'key', ratePercent: 30, legalBasis: '《食品安全法》', subject: '市场监管局', content: '生产过程控制', method: '实地检查', inList: true },
    ],
    ...over,
  };
}

const DEPTS = [
  ['SCJG', '区市场监管局'], ['WSJK', '区卫生健康委'], ['STHJ', '区生态环境局'], ['YJGL', '区应急管理局'], ['SW', '区商务局'], ['JY', '区教育委员会'],
] as const;

/** A joint plan with n of the sandbox's departments (the market regulator leading). */
export function jointPlan(n: number, over: Partial<PlanInput> = {}): PlanInput {
  return basePlan({
    name: '2026年跨部门联合抽查计划（示例）',
    scope: 'joint',
    participants: DEPTS.slice(0, n).map(([departmentId, name], i) => ({ departmentId, name, role: i === 0 ? ('lead' as const) : ('responding' as const), consultedInWriting: i === 0 ? undefined : true })),
    ...over,
  });
}

/** Four inspectors: two civil servants, one supervisor, one expert; EX-ZF2 has a conflict with EX-O2. */
export const inspectors = [
  { id: 'EX-ZF1', name: '张伟', gender: '男', position: '科员', licenceNumber: '执0101', unit: '区市场监管局', registryKind: 'civil-servant' as const, departmentId: 'SCJG', expertise: ['食品安全'] },
  { id: 'EX-ZF2', name: '李娜', gender: '女', position: '科员', licenceNumber: '执0102', unit: '区市场监管局', registryKind: 'qualified' as const, departmentId: 'SCJG', expertise: ['广告监管'], conflicts: ['EX-O2'] },
  { id: 'EX-ZF3', name: '王强', gender: '男', position: '主任科员', licenceNumber: '执0201', unit: '区卫生健康委', registryKind: 'supervisory' as const, departmentId: 'WSJK', expertise: ['公共卫生'] },
  { id: 'EX-EX1', name: '赵教授', gender: '男', position: '专家', licenceNumber: '—', unit: '某大学', registryKind: 'qualified' as const, expert: true, expertise: ['食品检验'] },
];

export const objects = [
  { id: 'EX-O1', name: '甲餐饮店', industry: '餐饮服务', creditClass: 'B' as const, checksThisYear: 1 },
  { id: 'EX-O2', name: '乙百货', industry: '零售', creditClass: 'A' as const, checksThisYear: 2 },
];

/** A compliant joint task: strategy by the lead, classes rated, a traceable draw with two inspectors per object. */
export function strategyTask(over: Partial<TaskInput> = {}): TaskInput {
  return {
    id: 'EX-T1',
    name: '2026年餐饮联合抽查任务（示例）',
    scope: 'joint',
    start: '2026-05-01',
    end: '2026-09-30',
    participants: [
      { departmentId: 'SCJG', name: '区市场监管局', role: 'lead', ready: { itemList: true, objectRegistry: true, inspectorRegistry: true } },
      { departmentId: 'WSJK', name: '区卫生健康委', role: 'responding', ready: { itemList: true, objectRegistry: true, inspectorRegistry: true } },
    ],
    inspectorIds: ['EX-ZF1', 'EX-ZF2', 'EX-ZF3'],
    strategy: {
      addedBy: 'SCJG',
      marketEntities: true,
      creditClassRates: { A: 2, B: 5, C: 10, D: 30 },
      flaggedRate: 30,
      directed: false,
      inspectorsPerObject: 2,
      coverage: { regulatedObjects: 400, libraryObjects: 400, added: 0, removed: 0 },
      entries: [{ itemId: 'I1', quantityMode: 'ratio', target: 5 }],
    },
    draw: {
      seed: 'a3f1c2',
      seedCommitment: 'sha256:…',
      inputsHash: 'sha256:…',
      drawnAt: '2026-05-06T09:30:00+08:00',
      objectIds: ['EX-O1'],
      assignments: [{ objectId: 'EX-O1', inspectorIds: ['EX-ZF1', 'EX-ZF3'] }],
    },
    ...over,
  };
}

export function strategyDossier(task: Partial<TaskInput> = {}, over: Partial<DossierInput> = {}): DossierInput {
  return { inspectors, objects, plans: [jointPlan(2, { tasks: [strategyTask(task)] })], ...over };
}
export const withStrategy = (s: Partial<NonNullable<TaskInput['strategy']>>) => strategyDossier({ strategy: { ...strategyTask().strategy!, ...s } });
export const withDraw = (d: Partial<NonNullable<TaskInput['draw']>>) => strategyDossier({ draw: { ...strategyTask().draw!, ...d } });

/** A compliant result: checked Wed 2026-06-10, uploaded the same day, published Mon 06-15, shown to 07-01. */
export function result(over: Partial<ResultInput> = {}): ResultInput {
  return {
    objectId: 'EX-O1', objectName: '甲餐饮店', category: '未发现问题', method: '实地检查', inspectorIds: ['EX-ZF1', 'EX-ZF3'],
    checkedOn: '2026-06-10', uploadedOn: '2026-06-10', publishedOn: '2026-06-15', displayedUntil: '2026-07-01', notifiedInAdvance: true, recordSignedBy: ['EX-ZF1', 'EX-ZF3'],
    ...over,
  };
}

export function withResults(results: ResultInput[], taskOver: Partial<TaskInput> = {}, asOf = '2026-11-23'): DossierInput {
  return { asOf, plans: [basePlan({ tasks: [{ id: 'EX-T1', name: '抽查任务（示例）', start: '2026-05-01', end: '2026-10-31', results, ...taskOver }] })] };
}
export function jointWithResults(results: ResultInput[]): DossierInput {
  return { asOf: '2026-11-23', plans: [jointPlan(2, { tasks: [{ id: 'EX-T1', name: '联合抽查任务（示例）', end: '2026-10-31', results }] })] };
}

export const departments = [
  { id: 'SCJG', name: '区市场监管局' },
  { id: 'WSJK', name: '区卫生健康委' },
  { id: 'STHJ', name: '区生态环境局' },
];
const lead = (id: string) => ({ departmentId: id, role: 'lead' as const });
const resp = (id: string) => ({ departmentId: id, role: 'responding' as const });
export const ownTask = (dept: string, n: number, over: Partial<TaskInput> = {}): TaskInput => ({ id: `${dept}-own-${n}`, name: `${dept}本部门抽查${n}`, scope: 'own', participants: [lead(dept)], ...over });
export const jointTask = (leadId: string, responders: string[], n: number, over: Partial<TaskInput> = {}): TaskInput => ({
  id: `${leadId}-joint-${n}`, name: `${leadId}联合抽查${n}`, scope: 'joint', participants: [lead(leadId), ...responders.map(resp)], ...over,
});
/** A year dossier: one annual plan holding the given tasks. */
export function year(tasks: TaskInput[], over: Partial<DossierInput> = {}): DossierInput {
  return { year: 2026, asOf: '2026-11-23', departments, plans: [basePlan({ id: 'EX-Y', tasks })], ...over };
}
