/**
 * A passing and a failing example for every rule, as dossiers. The explorer judges them live with the
 * rule and the active profile; tests/trainer/explorer.test.ts proves each passes and fails under the
 * baseline. The failing example bends the passing one (or a compliant base) in one place.
 */
import type { Bilingual, DossierInput } from '../../core/model';
import { completeUscc } from '../../core/model/identifiers';
import { basePlan, jointPlan, jointTask, jointWithResults, ownTask, result, strategyDossier, withDraw, withResults, withStrategy, year, departments, inspectors, objects } from './builders';

export interface RuleExample {
  description: Bilingual;
  dossier: DossierInput;
  asOf?: string;
}
export interface RuleExamples {
  pass: RuleExample;
  fail: RuleExample;
}

const ex = (zh: string, en: string, dossier: DossierInput, asOf?: string): RuleExample => ({ description: { zh, en }, dossier, asOf });
const one = (plan: DossierInput['plans'] extends (infer P)[] | undefined ? P : never): DossierInput => ({ plans: [plan] });
const approval = { by: '区市场监管局局务会', on: '2026-05-10' };
const general = (rate: number) => basePlan({ items: [{ itemId: 'G', name: '一般事项', kind: 'general', ratePercent: rate }] });
const key = (rate: number, batchOrder?: string[]) =>
  basePlan({ items: [{ itemId: 'K', name: '特种设备检查', kind: 'key', ratePercent: rate }], tasks: [{ id: 'EX-T', name: '特种设备抽查任务', items: [{ itemId: 'K' }], draw: { objectIds: ['EX-O1', 'EX-O2'], batchOrder } }] });
const priorPlan = basePlan({ tasks: [{ id: 'EX-T1', name: '任务', items: [{ itemId: 'I1' }], draw: { objectIds: ['EX-O1'] } }] });
const cityDepts = [{ id: 'SCJG', name: '区市场监管局', system: '市场监管' }, { id: 'CITY', name: '市市场监管局', system: '市场监管' }];
const itemList = [{ id: 'I1', name: '企业公示信息检查', kind: 'general' as const, inList: true }, { id: 'I2', name: '食品生产企业监督检查', kind: 'key' as const, inList: true }];
const list = (ids: string[]) => ids.map((d, i) => ({ id: `I${i}`, name: `事项${i}`, kind: 'general' as const, departmentId: d, inList: true }));
const filings = (f: Array<{ changedOn: string; filedOn?: string }>): DossierInput => ({
  year: 2026, asOf: '2026-11-23', departments, registryFilings: f.map((x) => ({ departmentId: 'SCJG', ...x })), plans: [],
});
const person = { id: 'EX-ZF1', name: '张伟', gender: '男', position: '科员', licenceNumber: '京执0101234', unit: '区市场监管局', expertise: ['食品安全'] };
const entity = { id: 'EX-O1', uscc: completeUscc('91110000MA01ABCD1'), name: '北京甲餐饮有限公司', address: '丰台区某路1号', personInCharge: '张三', contact: '010-12345678' };

export const RULE_EXAMPLES: Record<string, RuleExamples> = {
  'plan.joint.max-departments': {
    pass: ex('5 个部门的联合抽查计划', 'A joint plan with 5 departments', one(jointPlan(5))),
    fail: ex('6 个部门的联合抽查计划', 'A joint plan with 6 departments', one(jointPlan(6))),
  },
  'plan.joint.max-inspectors': {
    pass: ex('联合抽查安排 10 名检查人员', 'A joint plan with 10 inspectors', one(jointPlan(3, { inspectorIds: Array.from({ length: 10 }, (_, i) => `ZF-${i + 1}`) }))),
    fail: ex('联合抽查安排 11 名检查人员', 'A joint plan with 11 inspectors', one(jointPlan(3, { inspectorIds: Array.from({ length: 11 }, (_, i) => `ZF-${i + 1}`) }))),
  },
  'plan.joint.lead-department': {
    pass: ex('一个牵头部门，其余为响应部门', 'One lead, the others responding', one(jointPlan(3))),
    fail: ex('两个部门都标为牵头部门', 'Two departments both marked lead', one(jointPlan(3, { participants: [{ departmentId: 'SCJG', role: 'lead' }, { departmentId: 'WSJK', role: 'lead' }, { departmentId: 'STHJ', role: 'responding' }] }))),
  },
  'plan.joint.responders-consulted': {
    pass: ex('响应部门都已书面征求意见', 'Every responding department consulted in writing', one(jointPlan(3))),
    fail: ex('区生态环境局未书面征求意见', 'The environment bureau was not consulted in writing', one(jointPlan(3, { participants: [...jointPlan(2).participants!, { departmentId: 'STHJ', name: '区生态环境局', role: 'responding', consultedInWriting: false }] }))),
  },
  'plan.item.in-list': {
    pass: ex('事项都在随机抽查事项清单内', 'Every item is on the item list', { itemList, plans: [basePlan({ items: [{ itemId: 'I1' }, { itemId: 'I2' }] })] }),
    fail: ex('计划自定了清单外的事项', 'The plan adds an item not on the list', { itemList, plans: [basePlan({ items: [{ itemId: 'I1' }, { itemId: 'X9', name: '自定检查' }] })] }),
  },
  'plan.item.has-basis': {
    pass: ex('事项写明依据、主体、内容和方式', 'Each item states basis, subject, content and method', one(basePlan())),
    fail: ex('事项清单中的事项缺少抽查依据', 'An item on the item list without its legal basis', { itemList: [], plans: [basePlan({ items: [{ ...basePlan().items![0], legalBasis: undefined }] })] }),
  },
  'plan.rate.general-bounds': {
    pass: ex('一般事项按 5% 抽查', 'A general item at 5%', one(general(5))),
    fail: ex('一般事项按 25% 抽查', 'A general item at 25%', one(general(25))),
  },
  'plan.rate.key-minimum': {
    pass: ex('重点事项按 30% 抽查', 'A key item at 30%', one(basePlan())),
    fail: ex('重点事项只抽 15%', 'A key item at only 15%', one(basePlan({ items: [{ itemId: 'K', name: '重点事项', kind: 'key', ratePercent: 15 }] }))),
  },
  'plan.rate.key-batch-order': {
    pass: ex('重点事项 60%，检查批次顺序随机确定', 'A key item at 60% with a drawn batch order', one(key(60, ['EX-O2', 'EX-O1']))),
    fail: ex('重点事项 60%，未随机确定批次顺序', 'A key item at 60% without a batch order', one(key(60))),
  },
  'plan.schedule.end-by': {
    pass: ex('计划截至 11 月 30 日', 'The plan ends on 30 November', one(basePlan())),
    fail: ex('计划截至 12 月 5 日', 'The plan ends on 5 December', one(basePlan({ end: '2026-12-05' }))),
  },
  'plan.schedule.annual-due': {
    pass: ex('年度计划 3 月 20 日编制完成', 'The annual plan filed on 20 March', one(basePlan())),
    fail: ex('年度计划 5 月 6 日才编制完成', 'The annual plan filed only on 6 May', one(basePlan({ filedOn: '2026-05-06' }))),
  },
  'plan.schedule.halves': {
    pass: ex('计划覆盖上下半年', 'The plan spans both halves of the year', one(basePlan())),
    fail: ex('计划从 7 月 1 日才开始', 'The plan starts only on 1 July', one(basePlan({ start: '2026-07-01', end: '2026-11-30' }))),
  },
  'plan.schedule.in-year': {
    pass: ex('2026 年度计划，3 月至 11 月', 'A 2026 plan running March to November', one(basePlan())),
    fail: ex('2026 年度计划写「10月-次年3月」', 'A 2026 plan running October to March of the next year', one(basePlan({ start: '2026-10-01', end: '2027-03-31' }))),
  },
  'plan.frequency.entity-limit': {
    pass: ex('每年抽查 2 次', 'Checked twice a year', one(basePlan({ items: [{ itemId: 'F', name: '出租汽车经营者经营服务抽查', frequency: { exact: 2 } }] }))),
    fail: ex('抽查周期「每月」（每年 12 次）', 'Checked every month (12 a year)', one(basePlan({ items: [{ itemId: 'F', name: '出租汽车经营者经营服务抽查', frequency: { exact: 12 } }] }))),
  },
  'plan.rate.below-every-minimum': {
    pass: ex('未写明类别的事项，抽查比例 3%', 'An item of unstated kind at 3%', one(basePlan({ items: [{ itemId: 'R', name: '特种设备使用登记检查', rate: { percent: { exact: 3 } } }] }))),
    fail: ex('未写明类别的事项，抽查比例「2%-5%」', 'An item of unstated kind at "2%-5%"', one(basePlan({ items: [{ itemId: 'R', name: '特种设备使用登记检查', rate: { percent: { min: 2, max: 5 } } }] }))),
  },
  'plan.rate.full-inspection': {
    pass: ex('抽查比例 10%', 'A rate of 10%', one(basePlan({ items: [{ itemId: 'P', name: '拍卖企业检查', rate: { percent: { exact: 10 } } }] }))),
    fail: ex('抽查比例 100%', 'A rate of 100%', one(basePlan({ items: [{ itemId: 'P', name: '拍卖企业检查', rate: { percent: { exact: 100 } } }] }))),
  },
  'plan.temporary.basis': {
    pass: ex('临时计划有依据、经审批、随机抽取', 'A temporary plan with basis, approval and random sampling', one(basePlan({ kind: 'temporary', temporary: { legalBasis: '《产品质量法》第十五条', random: true, approval } }))),
    fail: ex('临时计划未附检查依据', 'A temporary plan without legal basis', one(basePlan({ kind: 'temporary', temporary: { random: true, approval } }))),
  },
  'plan.nonrandom.exemption': {
    pass: ex('因投诉举报开展、经批准的非随机检查', 'A non-random check on a complaint, approved', one(basePlan({ nonRandom: { ground: 'complaint', approval } }))),
    fail: ex('“领导交办”的非随机检查，无法定情形', 'A non-random check “assigned by a leader”, no lawful ground', one(basePlan({ nonRandom: { groundText: '领导交办', approval } }))),
  },
  'plan.nonrandom.campaign-label': {
    pass: ex('专项整治按双随机方式开展', 'A special campaign run by double-random sampling', one(basePlan({ name: '2026年成品油专项整治双随机抽查' }))),
    fail: ex('以联合行动名义、不随机抽取', 'A joint action without random sampling', one(basePlan({ name: '校园周边联合行动', nonRandom: { ground: 'complaint', approval } }))),
  },
  'plan.duplicate.cross-level': {
    pass: ex('今年无上级对同一对象同一事项的检查', 'No higher-level check of the same object and item this year', { departments: cityDepts, priorChecks: [], plans: [priorPlan] }),
    fail: ex('市局今年已查过同一对象同一事项', 'The city bureau already checked the same object and item this year', { departments: cityDepts, priorChecks: [{ objectId: 'EX-O1', itemId: 'I1', departmentId: 'CITY', on: '2026-04-02' }], plans: [priorPlan] }),
  },
  'plan.single-random.fallback': {
    pass: ex('双随机', 'Double random', one(basePlan())),
    fail: ex('只随机抽取对象，未声明临时性', 'Objects only, not declared as temporary', one(basePlan({ randomMode: 'objects-only' }))),
  },
  'strategy.initiator-only': {
    pass: ex('牵头部门添加策略', 'The lead department adds the strategy', strategyDossier()),
    fail: ex('参与部门添加了策略', 'A participating department added the strategy', withStrategy({ addedBy: 'WSJK' })),
  },
  'strategy.libraries-ready': {
    pass: ex('各部门事项清单和两库齐备', 'Every department has its list and both registries', strategyDossier()),
    fail: ex('响应部门没有执法检查人员名录库', 'The responder has no inspector registry', strategyDossier({ participants: [strategyDossierLead(), { departmentId: 'WSJK', name: '区卫生健康委', role: 'responding', ready: { itemList: true, objectRegistry: true, inspectorRegistry: false } }] })),
  },
  'strategy.credit-classified': {
    pass: ex('按 A–D 信用风险分类设定比例', 'A rate for each credit class A–D', strategyDossier()),
    fail: ex('未按信用风险分类设定比例', 'No rates by credit class', withStrategy({ creditClassRates: undefined })),
  },
  'strategy.risk-rate-order': {
    pass: ex('风险越高比例越高', 'Higher risk, higher rate', strategyDossier()),
    fail: ex('C 类比例低于 B 类', 'Class C below class B', withStrategy({ creditClassRates: { A: 2, B: 10, C: 8, D: 30 } })),
  },
  'strategy.directed-filters': {
    pass: ex('定向抽查写明行业条件', 'A directed check names its industry', one(basePlan({ directed: true, filters: { industries: ['餐饮服务'] } }))),
    fail: ex('定向抽查没有任何条件', 'A directed check with no filters', one(basePlan({ directed: true }))),
  },
  'strategy.min-inspectors-per-object': {
    pass: ex('每户 2 名检查人员', 'Two inspectors per object', strategyDossier()),
    fail: ex('一户只配 1 名检查人员', 'An object with one inspector', withDraw({ assignments: [{ objectId: 'EX-O1', inspectorIds: ['EX-ZF1'] }] })),
  },
  'strategy.inspector-in-registry': {
    pass: ex('检查人员都来自名录库', 'Every inspector from the registry', strategyDossier()),
    fail: ex('借调人员 LS-99 不在名录库', 'Borrowed staff LS-99 not in the registry', strategyDossier({ inspectorIds: ['EX-ZF1', 'LS-99'] })),
  },
  'strategy.experts-extra': {
    pass: ex('专家在 2 名检查人员之外参加', 'The expert joins on top of two inspectors', withDraw({ assignments: [{ objectId: 'EX-O1', inspectorIds: ['EX-ZF1', 'EX-ZF3'], expertIds: ['EX-EX1'] }] })),
    fail: ex('专家被算作检查人员', 'The expert counted as an inspector', withDraw({ assignments: [{ objectId: 'EX-O1', inspectorIds: ['EX-ZF1', 'EX-EX1'] }] })),
  },
  'strategy.recusal': {
    pass: ex('有利害关系的人员回避并递补', 'A conflicted inspector recused and replaced', withDraw({ objectIds: ['EX-O2'], assignments: [{ objectId: 'EX-O2', inspectorIds: ['EX-ZF1', 'EX-ZF3'] }], replacements: [{ objectId: 'EX-O2', excludedInspectorId: 'EX-ZF2', replacementInspectorId: 'EX-ZF3', reason: '利害关系回避' }] })),
    fail: ex('有利害关系的人员被匹配', 'A conflicted inspector matched', withDraw({ objectIds: ['EX-O2'], assignments: [{ objectId: 'EX-O2', inspectorIds: ['EX-ZF1', 'EX-ZF2'] }] })),
  },
  'strategy.entity-frequency': {
    pass: ex('今年第 2 次抽到该主体', 'The entity drawn for the 2nd time this year', withDraw({ objectIds: ['EX-O1'], assignments: [] })),
    fail: ex('今年第 3 次抽到该主体', 'The entity drawn for the 3rd time this year', withDraw({ objectIds: ['EX-O2'], assignments: [] })),
  },
  'strategy.registry-coverage': {
    pass: ex('名录库覆盖全部 400 户监管对象', 'The library covers all 400 regulated objects', strategyDossier()),
    fail: ex('12 户监管对象未入库', '12 regulated objects left out', withStrategy({ coverage: { regulatedObjects: 400, libraryObjects: 388, added: 0, removed: 0 } })),
  },
  'strategy.traceable': {
    pass: ex('记录了种子、输入摘要、结果和时间', 'Seed, inputs hash, result and time recorded', strategyDossier()),
    fail: ex('平台抽取没有随机种子', 'The platform’s draw kept no seed', withDraw({ seed: undefined, seedCommitment: undefined })),
  },
  'result.notify-object': {
    pass: ex('检查前告知了检查对象', 'The object was told in advance', withResults([result()])),
    fail: ex('未事先告知检查对象', 'The object was not told in advance', withResults([result({ notifiedInAdvance: false })])),
  },
  'result.upload-same-day': {
    pass: ex('检查当天上传结果', 'Uploaded the day of the check', withResults([result()])),
    fail: ex('次日上传且未说明理由', 'Uploaded the next day without a reason', withResults([result({ uploadedOn: '2026-06-11' })])),
  },
  'result.publish-deadline': {
    pass: ex('跨国庆假期第 20 个工作日公示', 'Published on the 20th working day, across National Day', withResults([result({ checkedOn: '2026-09-24', uploadedOn: '2026-09-24', publishedOn: '2026-10-29', displayedUntil: '2026-11-10' })])),
    fail: ex('跨国庆假期第 22 个工作日才公示', 'Published on the 22nd working day, across National Day', withResults([result({ checkedOn: '2026-09-24', uploadedOn: '2026-09-24', publishedOn: '2026-11-02', displayedUntil: '2026-11-12' })])),
  },
  'result.display-period': {
    pass: ex('公示 7 个工作日', 'Displayed for 7 working days', withResults([result({ checkedOn: '2026-10-30', uploadedOn: '2026-10-30', publishedOn: '2026-11-02', displayedUntil: '2026-11-10' })])),
    fail: ex('公示只有 6 个工作日', 'Displayed for only 6 working days', withResults([result({ checkedOn: '2026-10-30', uploadedOn: '2026-10-30', publishedOn: '2026-11-02', displayedUntil: '2026-11-09' })])),
  },
  'result.unpublished-is-undone': {
    pass: ex('检查结果全部公示', 'Every check published', withResults([result(), result({ objectId: 'EX-O2', objectName: '乙百货' })])),
    fail: ex('任务结束后仍有结果未公示', 'A check still unpublished after the task ended', withResults([result(), result({ objectId: 'EX-O2', objectName: '乙百货', publishedOn: undefined, displayedUntil: undefined })])),
  },
  'result.category': {
    pass: ex('结果类别为九类之一', 'One of the nine result categories', withResults([result({ category: '发现问题已责令改正' })])),
    fail: ex('结果类别“基本合格”不在九类之内', '“基本合格” is not one of the nine categories', withResults([result({ category: '基本合格' })])),
  },
  'result.joint-record-signed': {
    pass: ex('联合检查记录全部签字', 'Every inspector signed the joint record', jointWithResults([result()])),
    fail: ex('一名检查人员未在联合检查记录上签字', 'An inspector did not sign the joint record', jointWithResults([result({ recordSignedBy: ['EX-ZF1'] })])),
  },
  'result.referral': {
    pass: ex('涉嫌犯罪的问题已移送公安', 'A suspected crime referred to the police', withResults([result({ category: '发现问题待后续处理', referral: { needed: true, done: true, to: '区公安分局' } })])),
    fail: ex('需移送的问题未移送', 'A needed referral not made', withResults([result({ category: '发现问题待后续处理', referral: { needed: true, done: false } })])),
  },
  'annual.joint-per-department': {
    pass: ex('每个部门都参加了一次联合抽查', 'Every department in a joint check', year([jointTask('SCJG', ['WSJK', 'STHJ'], 1), ownTask('SCJG', 1)])),
    fail: ex('区生态环境局全年未参加联合抽查', 'The environment bureau joined no joint check', year([jointTask('SCJG', ['WSJK'], 1), ownTask('STHJ', 1)])),
  },
  'annual.joint-share': {
    pass: ex('联合抽查占 10%（10 次中 1 次）', 'Joint checks are 10% (1 of 10)', year([jointTask('SCJG', ['WSJK'], 1), ...Array.from({ length: 9 }, (_, i) => ownTask('SCJG', i + 1))])),
    fail: ex('全年没有联合抽查', 'No joint check all year', year([ownTask('SCJG', 1), ownTask('WSJK', 2), ownTask('STHJ', 3)])),
  },
  'annual.plan-complete': {
    pass: ex('计划的 2 户都已检查并公示', 'Both planned checks done and published', year([ownTask('SCJG', 1, { plannedChecks: 2, results: [result({ publishedOn: '2026-07-01' }), result({ objectId: 'EX-O2', publishedOn: '2026-07-01' })] })], { asOf: '2026-12-01' })),
    fail: ex('计划 2 户，1 户检查后未公示', 'Two planned, one checked but unpublished', year([ownTask('SCJG', 1, { plannedChecks: 2, results: [result({ publishedOn: '2026-07-01' }), result({ objectId: 'EX-O2', publishedOn: undefined })] })], { asOf: '2026-12-01' })),
  },
  'annual.registry-filed': {
    pass: ex('名录库调整在当季度末前报备', 'A registry change filed by the end of its quarter', filings([{ changedOn: '2026-02-10', filedOn: '2026-03-31' }])),
    fail: ex('第三季度的调整一直未报备', 'A Q3 change never filed', filings([{ changedOn: '2026-07-15' }])),
  },
  'annual.item-list-on-platform': {
    pass: ex('各部门都在平台录入了事项清单', 'Every department has its item list on the platform', year([], { itemList: list(departments.map((d) => d.id)) })),
    fail: ex('区卫生健康委没有录入事项清单', 'The health commission has no item list on the platform', year([], { itemList: list(['SCJG', 'STHJ']) })),
  },
  'registry.object-fields': {
    pass: ex('检查对象信息齐全', 'An object record with every field', { objects: [entity], plans: [] }),
    fail: ex('检查对象缺少住所和联系方式', 'An object record without address or contact', { objects: [{ ...entity, address: '', contact: undefined }], plans: [] }),
  },
  'registry.inspector-fields': {
    pass: ex('检查人员信息齐全', 'An inspector record with every field', { inspectors: [person], plans: [] }),
    fail: ex('检查人员缺少执法证号', 'An inspector record without a licence number', { inspectors: [{ ...person, licenceNumber: ' ' }], plans: [] }),
  },
};

function strategyDossierLead() {
  return { departmentId: 'SCJG', name: '区市场监管局', role: 'lead' as const, ready: { itemList: true, objectRegistry: true, inspectorRegistry: true } };
}

export { inspectors, objects };
