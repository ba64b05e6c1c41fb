/**
 * The fields an adapter can feed: each a path of the model (checked against the zod model in
 * tests/platform/vocabulary.test.ts), the value's form, and the rules that read it. docs/adapters.md
 * lists them; an adapter naming a field outside this list is refused with the list.
 */

/** How a value read from the page becomes the model's value (src/platform/transforms.ts). */
export type ValueType =
  | 'text'
  | 'date'
  | 'year'
  | 'number'
  | 'percent'
  | 'count'
  | 'boolean'
  | 'list'
  | 'scope'
  | 'planKind'
  | 'itemKind'
  | 'quantityMode'
  | 'strategyMode';

export interface VocabEntry {
  /** What an adapter writes in `field`. */
  path: string;
  /** Where it lands in the dossier (src/core/model), `[]` standing for any element of an array. */
  model: string;
  type: ValueType;
  zh: string;
  en: string;
  /** Rule ids that read the model field. */
  rules: string[];
}

/** Which row vocabulary a table feeds: plan or task items, the strategy's entries, or the draw's inspectors per object. */
export type TableFeeds = 'items' | 'entries' | 'assignments';

const P = 'plans[]';
const T = 'plans[].tasks[]';
const S = 'plans[].tasks[].strategy';
const R = 'plans[].tasks[].results[]';

const DEPT_RULES = ['plan.joint.max-departments', 'plan.joint.lead-department', 'plan.joint.responders-consulted'];
const RATE_RULES = ['plan.rate.general-bounds', 'plan.rate.key-minimum'];
const FILTER_RULES = ['strategy.directed-filters'];
const INSPECTOR_RULES = ['strategy.min-inspectors-per-object', 'strategy.recusal'];

function party(of: 'plan' | 'task', base: string, label: string): VocabEntry[] {
  const en = of === 'plan' ? 'plan' : 'task';
  return [
    { path: `${of}.name`, model: `${base}.name`, type: 'text', zh: `${label}名称`, en: `the ${en}'s name`, rules: [] },
    { path: `${of}.scope`, model: `${base}.scope`, type: 'scope', zh: `${label}类型：本部门（own）或跨部门（joint）`, en: `own department or joint (cross-department)`, rules: DEPT_RULES },
    { path: `${of}.lead`, model: `${base}.participants[].departmentId`, type: 'text', zh: `牵头（发起、组织）部门的编码或名称`, en: `the lead (initiating) department's code or name`, rules: DEPT_RULES },
    {
      path: `${of}.departments`,
      model: `${base}.participants[].departmentId`,
      type: 'list',
      zh: `参与（配合、联合）部门，可含牵头部门；一个下拉多选，或以逗号、顿号分隔的一个值`,
      en: `the departments taking part (the lead may be among them): a multiple select, or one value joined by commas`,
      rules: DEPT_RULES,
    },
    { path: `${of}.start`, model: `${base}.start`, type: 'date', zh: `${label}期限开始日期`, en: `the ${en}'s first day`, rules: [] },
    { path: `${of}.end`, model: `${base}.end`, type: 'date', zh: `${label}期限截止日期`, en: `the ${en}'s last day`, rules: ['plan.schedule.end-by', 'plan.schedule.halves'] },
    { path: `${of}.directed`, model: `${base}.directed`, type: 'boolean', zh: `抽查类型：定向（true）或不定向（false）`, en: `directed (true) or not (false)`, rules: FILTER_RULES },
  ];
}

export const VOCABULARY: VocabEntry[] = [
  ...party('plan', P, '抽查计划'),
  { path: 'plan.year', model: `${P}.year`, type: 'year', zh: '抽查计划年度（2025 或 2025年）', en: 'the plan year (2025 or 2025年)', rules: ['plan.schedule.end-by', 'plan.schedule.annual-due'] },
  { path: 'plan.kind', model: `${P}.kind`, type: 'planKind', zh: '年度计划（annual）或临时计划（temporary）', en: 'annual or temporary plan', rules: ['plan.temporary.basis'] },
  { path: 'plan.responsibleUnit', model: `${P}.responsibleUnit`, type: 'text', zh: '责任单位（牵头处室）', en: 'the responsible unit', rules: ['annual.plan-complete'] },
  { path: 'plan.documentNumber', model: `${P}.documentNumber`, type: 'text', zh: '发文文号', en: 'the document number', rules: ['annual.plan-complete'] },
  { path: 'plan.legalBasis', model: `${P}.temporary.legalBasis`, type: 'text', zh: '临时计划的法律依据', en: 'a temporary plan’s legal basis', rules: ['plan.temporary.basis'] },
  ...party('task', T, '抽查任务'),
  { path: 'task.number', model: `${T}.number`, type: 'text', zh: '任务编号', en: 'the task number', rules: [] },
  { path: 'task.items', model: `${T}.items[].itemId`, type: 'list', zh: '任务涉及的检查事项（编号）', en: 'the task’s check items (ids)', rules: RATE_RULES },
  { path: 'strategy.mode', model: `${S}.mode`, type: 'strategyMode', zh: '抽取模式：按专项库（special-library）或按选取名单（selected-list）', en: 'draw mode', rules: [] },
  { path: 'strategy.directed', model: `${S}.directed`, type: 'boolean', zh: '策略的抽查类型：定向或不定向', en: 'the strategy is directed', rules: FILTER_RULES },
  ...(['industries', 'regions', 'types', 'registrationOffices', 'creditClasses'] as const).map(
    (k): VocabEntry => ({
      path: `strategy.filters.${k}`,
      model: `${S}.filters.${k}`,
      type: 'list',
      zh: { industries: '定向条件：行业', regions: '定向条件：区域', types: '定向条件：企业类型', registrationOffices: '定向条件：登记机关', creditClasses: '定向条件：信用风险分类' }[k],
      en: `directed filter: ${k}`,
      rules: FILTER_RULES,
    }),
  ),
  { path: 'strategy.filters.abnormal', model: `${S}.filters.flags.abnormal`, type: 'boolean', zh: '定向条件：是否异常名录', en: 'directed filter: on the abnormal list', rules: FILTER_RULES },
  ...(['A', 'B', 'C', 'D'] as const).map(
    (c): VocabEntry => ({ path: `strategy.creditClassRates.${c}`, model: `${S}.creditClassRates.${c}`, type: 'percent', zh: `${c} 类信用风险抽取比例（%）`, en: `rate for credit class ${c} (%)`, rules: ['strategy.risk-rate-order', 'strategy.credit-classified'] }),
  ),
  { path: 'strategy.marketEntities', model: `${S}.marketEntities`, type: 'boolean', zh: '检查对象是市场主体（按信用风险分类抽取）', en: 'the objects are market entities', rules: ['strategy.credit-classified'] },
  { path: 'strategy.inspectorsPerObject', model: `${S}.inspectorsPerObject`, type: 'count', zh: '每户检查对象配置检查人员数', en: 'inspectors per object', rules: ['strategy.min-inspectors-per-object'] },
  { path: 'draw.drawnAt', model: `${T}.draw.drawnAt`, type: 'text', zh: '抽取时间（页面显示；用于重复抽取提示和证据）', en: 'when the draw ran, as shown (the re-draw watch and evidence use it)', rules: [] },
  { path: 'draw.drawnCount', model: `${T}.draw.objectIds`, type: 'count', zh: '已抽取的检查对象户数（页面显示）', en: 'how many objects were drawn, as shown', rules: [] },
  // The result-entry page (检查结果录入): one object's result, as the 随机抽查情况记录表 holds it.
  { path: 'result.object', model: `${R}.objectName`, type: 'text', zh: '被检查对象（名称）', en: 'the object checked (its name)', rules: [] },
  { path: 'result.category', model: `${R}.category`, type: 'text', zh: '检查结果（规定的结果类别之一）', en: 'the result (one of the set categories)', rules: ['result.category'] },
  { path: 'result.categories', model: `${R}.category`, type: 'list', zh: '检查结果（可多选的勾选框：勾选的各项；细项可映射为所属类别）', en: 'the result, as ticked check boxes (several may be ticked; a detail may be mapped to its category)', rules: ['result.category'] },
  { path: 'result.checkedOn', model: `${R}.checkedOn`, type: 'date', zh: '检查日期（检查结束之日）', en: 'the day the check ended', rules: ['result.upload-same-day', 'result.publish-deadline', 'result.category'] },
  { path: 'result.uploadedOn', model: `${R}.uploadedOn`, type: 'date', zh: '结果录入（上传）日期；页面没有时按今天（保存之日）计', en: 'the day the result is entered; today (the day it is saved) when the page shows none', rules: ['result.upload-same-day'] },
  { path: 'result.uploadDelayReason', model: `${R}.uploadDelayReason`, type: 'text', zh: '未在检查当日录入的特殊情况说明', en: 'the special reason for not entering it the day the check ended', rules: ['result.upload-same-day'] },
  { path: 'result.publishedOn', model: `${R}.publishedOn`, type: 'date', zh: '公示日期（页面显示）', en: 'the day it was published, as shown', rules: ['result.publish-deadline'] },
  // The result review page (结果审核公示): on platforms where a result that passes review is published, the day of
  // the review is the day of publication.
  { path: 'result.reviewPassed', model: `${R}.publishedOn`, type: 'boolean', zh: '审核结果：通过（true，即公示）或不通过、退回（false）', en: 'the review: passed (true, published) or not (false, sent back)', rules: ['result.publish-deadline'] },
  { path: 'result.reviewedOn', model: `${R}.publishedOn`, type: 'date', zh: '审核日期；审核通过即公示，按此计公示日期', en: 'the day of the review; a result that passes is published that day', rules: ['result.publish-deadline'] },
  // Item rows (a table feeding `items`): the plan's items on a plan page, the task's elsewhere.
  { path: 'item.id', model: `${P}.items[].itemId`, type: 'text', zh: '检查事项编号（行的标识）', en: 'the item id (names the row)', rules: RATE_RULES },
  { path: 'item.name', model: `${P}.items[].name`, type: 'text', zh: '检查事项名称', en: 'the item name', rules: [] },
  { path: 'item.kind', model: `${P}.items[].kind`, type: 'itemKind', zh: '事项类别：重点（key）或一般（general）；页面没有时取自事项清单', en: 'key or general; from the item list when the page lacks it', rules: RATE_RULES },
  { path: 'item.ratePercent', model: `${P}.items[].ratePercent`, type: 'percent', zh: '抽查比例（%）', en: 'sampling rate (%)', rules: RATE_RULES },
  { path: 'item.fixedCount', model: `${P}.items[].fixedCount`, type: 'count', zh: '固定抽取户数', en: 'fixed count', rules: RATE_RULES },
  { path: 'item.legalBasis', model: `${P}.items[].legalBasis`, type: 'text', zh: '抽查依据；页面没有时取自事项清单', en: 'legal basis; from the item list when the page lacks it', rules: ['plan.item.has-basis'] },
  // Strategy rows (a table feeding `entries`): one per item of the task.
  { path: 'entry.itemId', model: `${S}.entries[].itemId`, type: 'text', zh: '任务涉及的检查事项（行的标识）', en: 'the item of the row', rules: RATE_RULES },
  { path: 'entry.itemName', model: `${T}.items[].name`, type: 'text', zh: '检查事项名称（页面显示）', en: 'the item name as shown', rules: [] },
  { path: 'entry.itemKind', model: `${T}.items[].kind`, type: 'itemKind', zh: '事项类别：重点或一般；页面没有时取自事项清单', en: 'key or general; from the item list when the page lacks it', rules: RATE_RULES },
  { path: 'entry.libraryId', model: `${S}.entries[].libraryId`, type: 'text', zh: '对应的检查对象抽取库', en: 'the object library', rules: ['strategy.libraries-ready'] },
  { path: 'entry.librarySize', model: `${S}.entries[].librarySize`, type: 'count', zh: '抽取库主体户数', en: 'objects in the library', rules: RATE_RULES },
  { path: 'entry.quantityMode', model: `${S}.entries[].quantityMode`, type: 'quantityMode', zh: '抽取数量方式：固定（fixed）或比例（ratio）', en: 'fixed count or ratio', rules: RATE_RULES },
  { path: 'entry.target', model: `${S}.entries[].target`, type: 'number', zh: '抽取目标：固定时为户数，比例时为 %', en: 'target: a count when fixed, a percent when ratio', rules: RATE_RULES },
  // Inspector rows (a table feeding `assignments`, 随机抽取执法人员): the inspectors matched to one drawn object.
  { path: 'assignment.object', model: `${T}.draw.assignments[].objectId`, type: 'text', zh: '检查对象（行的标识：编号或名称）', en: 'the drawn object (names the row: its id or name)', rules: INSPECTOR_RULES },
  { path: 'assignment.inspectors', model: `${T}.draw.assignments[].inspectorIds`, type: 'list', zh: '匹配给该对象的检查人员（姓名或编号）', en: 'the inspectors matched to the object (names or ids)', rules: INSPECTOR_RULES },
  { path: 'assignment.recused', model: 'inspectors[].conflicts', type: 'list', zh: '与该对象有利害关系、应当回避的人员（页面显示的回避声明）', en: 'the inspectors with a conflict of interest with the object, who must recuse (as the page shows them)', rules: ['strategy.recusal'] },
  // Who a person is: the page's own number (执法证号, 人员编码), in the order of the names beside it. Without it,
  // recusal is matched by name and two inspectors of the same name are one (the finding says so).
  { path: 'assignment.inspectorIds', model: `${T}.draw.assignments[].inspectorIds`, type: 'list', zh: '匹配给该对象的检查人员的编号（执法证号、人员编码等），与姓名同序', en: 'the ids (licence or staff numbers) of the inspectors matched to the object, in the order of their names', rules: INSPECTOR_RULES },
  { path: 'assignment.recusedIds', model: 'inspectors[].id', type: 'list', zh: '应当回避人员的编号（执法证号、人员编码等），与姓名同序', en: 'the ids of the inspectors who must recuse, in the order of their names', rules: ['strategy.recusal'] },
];

export const VOCAB = new Map(VOCABULARY.map((v) => [v.path, v]));

/** The paths a page field may name, and those a table of each kind may name. */
export const FIELD_PATHS = VOCABULARY.filter((v) => !/^(item|entry|assignment)\./.test(v.path)).map((v) => v.path);
export const ROW_PATHS: Record<TableFeeds, string[]> = {
  items: VOCABULARY.filter((v) => v.path.startsWith('item.')).map((v) => v.path),
  entries: VOCABULARY.filter((v) => v.path.startsWith('entry.')).map((v) => v.path),
  assignments: VOCABULARY.filter((v) => v.path.startsWith('assignment.')).map((v) => v.path),
};

/** The key a table's rows are kept under in the values: `entries`, `items`, `planItems`, `taskItems`. */
export const tableKey = (t: { feeds: TableFeeds; of?: 'plan' | 'task' }) => (t.feeds === 'items' && t.of ? `${t.of}Items` : t.feeds);

/** A row field's key inside its row record: `entry.target` → `target`. */
export const rowKey = (path: string) => path.slice(path.indexOf('.') + 1);
