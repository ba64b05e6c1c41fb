/**
 * The columns of published plan tables, with the headers real tables give them (gathered from
 * city and county joint plans and single departments' plans; see tests/fixtures/plan-tables/).
 * Headers are compared without spaces and line breaks (任务 名称, 抽查比例\n及频次).
 */
export type Column =
  | 'seq'
  | 'planId'
  | 'name'
  | 'item'
  | 'objects'
  | 'directed'
  | 'rateAndFrequency'
  | 'rate'
  | 'count'
  | 'frequency'
  | 'credit'
  | 'period'
  | 'start'
  | 'deadline'
  | 'lead'
  | 'partners'
  | 'subject'
  | 'level'
  | 'method'
  | 'office'
  | 'basis'
  | 'librarySize'
  | 'note'
  | 'flag';

export const HEADERS: Record<Column, string[]> = {
  seq: ['序号', '编号'],
  planId: ['抽查计划编号', '抽查任务编号'],
  name: ['抽查任务名称', '任务名称', '年度计划名称', '抽查计划名称', '抽查领域', '抽查任务'],
  item: ['抽查事项', '检查事项', '检查内容', '抽查内容'],
  objects: ['抽查对象范围', '抽查对象', '检查对象', '联查对象', '抽查对象范围（行业）'],
  directed: ['抽查类型', '抽查方式类型'],
  rateAndFrequency: ['抽查比例及频次', '抽查比例和频次', '上年度抽查比例和频次', '本年度已开展抽查比例和次数'],
  rate: ['抽查比例', '抽查比例（数量）', '抽查比例/数量', '抽查比例(数量)', '基数和比例', '抽查基数和比例'],
  count: ['抽查数量', '抽查户数', '计划抽查户数'],
  frequency: ['抽查频次', '抽查周期', '检查频次'],
  credit: ['智慧监管（信用风险分类）要求', '信用风险分类管理', '信用风险分类', '信用风险分类要求'],
  period: ['抽查检查起止时间', '起止时间', '抽查时间', '计划开展时间', '实施抽查时间段', '检查时间', '时间安排', '抽查检查时间', '实施时间'],
  start: ['实施日期', '开始时间'],
  deadline: ['完成时限', '完成时间'],
  lead: ['发起部门', '牵头部门', '发起处室', '发起主体/指导单位', '发起单位', '牵头单位', '联查部门'],
  partners: ['配合部门', '参与部门', '联合处室', '联合部门', '配合单位', '参与单位', '配合处室'],
  subject: ['检查主体', '抽查主体', '抽查主体（层级）', '实施主体'],
  level: ['抽查检查模式', '抽查层级', '发起方式', '检查层级'],
  method: ['检查方式', '随机抽查方式', '抽查方式'],
  office: ['股室', '责任科室', '责任股室', '实施科室', '责任分工'],
  basis: ['抽查依据', '检查依据', '法律依据'],
  librarySize: ['抽查基数'],
  note: ['备注'],
  flag: ['是否双随机一公开', '是否联合检查'],
};

export const normaliseHeader = (h: string): string =>
  h.replace(/[\s*＊:：]/g, '').replace(/\(/g, '（').replace(/\)/g, '）');

const BY_HEADER = new Map<string, Column>(
  (Object.entries(HEADERS) as Array<[Column, string[]]>).flatMap(([col, hs]) => hs.map((h) => [normaliseHeader(h), col] as [string, Column])),
);

export function columnOf(header: string): Column | undefined {
  return BY_HEADER.get(normaliseHeader(header));
}

/** The headers a plan table must show for us to read it: a name or item, and a rate, period or department. */
export const EXPECTED_HEADERS = ['抽查任务名称/抽查事项', '抽查比例', '抽查时间/起止时间', '发起部门/牵头部门'];

export function looksLikeHeader(cells: string[]): boolean {
  const cols = new Set(cells.map(columnOf).filter(Boolean));
  const named = cols.has('name') || cols.has('item');
  const about = ['rate', 'rateAndFrequency', 'period', 'lead', 'partners', 'frequency', 'deadline', 'start'].filter((c) => cols.has(c as Column)).length;
  return named && about >= 1 && cols.size >= 3;
}
