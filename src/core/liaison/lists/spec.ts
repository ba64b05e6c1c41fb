/**
 * The platform's list exports, as data: for each list kind the headers staff see (PLATFORM.md §3, §4,
 * §8, §9; the sandbox's lists use the same) and the model field each becomes. A province whose export
 * names a column differently needs one more header here, not new code.
 */
export type ListKind = 'plan' | 'task' | 'result';

export type FieldType = 'text' | 'date' | 'int' | 'period' | 'list' | 'yesno' | 'enum';

export interface ColumnSpec {
  field: string;
  /** header texts that mean this column, the platform's first */
  headers: string[];
  type: FieldType;
  required?: boolean;
  /** for enum: the label staff see → the stored value */
  values?: Record<string, string>;
}

export interface ListSpec {
  kind: ListKind;
  label: { zh: string; en: string };
  /** a sheet is of this kind when it has every one of these headers */
  signature: string[];
  columns: ColumnSpec[];
}

const SCOPE = { 本部门: 'own', 跨部门: 'joint', 本部门双随机抽查: 'own', 跨部门双随机抽查: 'joint', 跨部门联合抽查: 'joint' };

export const LIST_SPECS: ListSpec[] = [
  {
    kind: 'result',
    label: { zh: '检查结果', en: 'results' },
    signature: ['统一社会信用代码', '检查日期'],
    columns: [
      { field: 'taskId', headers: ['抽查任务编号', '任务编号'], type: 'text' },
      { field: 'taskName', headers: ['抽查任务名称'], type: 'text' },
      { field: 'objectName', headers: ['被检查对象', '企业名称'], type: 'text' },
      { field: 'objectId', headers: ['统一社会信用代码', '统一社会信用代码/注册号', '注册号'], type: 'text', required: true },
      { field: 'category', headers: ['检查结果', '抽查结果'], type: 'text' },
      { field: 'method', headers: ['核查方式'], type: 'enum', values: { 实地检查: 'on-site', 书面检查: 'documents', 行政部门检查结果或专业意见: 'other-department', 检验检测: 'testing', 网络监测: 'online', 委托专业机构辅助: 'commissioned' } },
      { field: 'inspectors', headers: ['检查人员'], type: 'list' },
      { field: 'checkedOn', headers: ['检查日期', '抽查完成日期'], type: 'date', required: true },
      { field: 'uploadedOn', headers: ['录入日期', '结果录入日期'], type: 'date' },
      { field: 'uploadDelayReason', headers: ['延期录入原因'], type: 'text' },
      { field: 'publishedOn', headers: ['公示日期'], type: 'date' },
      { field: 'industry', headers: ['行业'], type: 'text' },
      { field: 'status', headers: ['状态', '公示状态'], type: 'text' },
    ],
  },
  {
    kind: 'task',
    label: { zh: '抽查任务', en: 'tasks' },
    signature: ['抽查任务名称', '任务期限'],
    columns: [
      { field: 'id', headers: ['任务编号', '抽查任务编号'], type: 'text' },
      { field: 'name', headers: ['抽查任务名称'], type: 'text', required: true },
      { field: 'scope', headers: ['任务类型'], type: 'enum', values: SCOPE },
      { field: 'source', headers: ['任务来源'], type: 'enum', values: { 年度抽查工作计划: 'annual-plan', 临时任务: 'temporary' } },
      { field: 'lead', headers: ['任务组织部门', '任务设置部门'], type: 'text' },
      { field: 'departments', headers: ['任务参与部门'], type: 'list' },
      { field: 'period', headers: ['任务期限'], type: 'period', required: true },
      { field: 'directed', headers: ['抽查类型'], type: 'enum', values: { 定向: 'true', 不定向: 'false' } },
      { field: 'planId', headers: ['抽查计划编号', '所属计划编号'], type: 'text' },
      { field: 'planName', headers: ['抽查计划名称', '所属计划'], type: 'text' },
      { field: 'plannedChecks', headers: ['抽取目标总户数', '计划检查户数'], type: 'int' },
      { field: 'outsidePlan', headers: ['计划外任务'], type: 'yesno' },
      { field: 'status', headers: ['任务状态'], type: 'text' },
    ],
  },
  {
    kind: 'plan',
    label: { zh: '抽查计划', en: 'plans' },
    signature: ['抽查计划名称', '抽查计划年度'],
    columns: [
      { field: 'id', headers: ['抽查计划编号', '计划编号'], type: 'text' },
      { field: 'year', headers: ['抽查计划年度'], type: 'int', required: true },
      { field: 'name', headers: ['抽查计划名称'], type: 'text', required: true },
      { field: 'departments', headers: ['抽查计划部门'], type: 'list', required: true },
      { field: 'scope', headers: ['抽查计划类型'], type: 'enum', values: SCOPE },
      { field: 'kind', headers: ['计划类别'], type: 'enum', values: { 年度抽查计划: 'annual', 年度抽查工作计划: 'annual', 临时抽查计划: 'temporary', 年度: 'annual', 临时: 'temporary' } },
      { field: 'directed', headers: ['抽查类型'], type: 'enum', values: { 定向: 'true', 不定向: 'false' } },
      { field: 'period', headers: ['计划活动期限'], type: 'period' },
      { field: 'responsibleUnit', headers: ['责任单位（牵头处室）', '责任单位'], type: 'text' },
      { field: 'documentNumber', headers: ['发文文号'], type: 'text' },
      { field: 'filedOn', headers: ['编制完成日期', '备案日期'], type: 'date' },
      { field: 'legalBasis', headers: ['临时计划依据', '法律依据'], type: 'text' },
      { field: 'approvedBy', headers: ['审批备案机关'], type: 'text' },
      { field: 'status', headers: ['计划状态'], type: 'text' },
      { field: 'announced', headers: ['公告状态'], type: 'text' },
    ],
  },
];

/** Headers compared without spaces, asterisks (required marks) and with full-width brackets folded. */
export function normaliseHeader(h: string): string {
  return h.replace(/[\s*＊:：]/g, '').replace(/\(/g, '（').replace(/\)/g, '）');
}

/** The list kind a header row belongs to, or undefined. */
export function detectKind(headers: string[]): ListSpec | undefined {
  const have = new Set(headers.map(normaliseHeader));
  return LIST_SPECS.find((s) => s.signature.every((h) => have.has(normaliseHeader(h))));
}
