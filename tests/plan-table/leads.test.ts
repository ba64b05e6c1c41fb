import { describe, expect, it } from 'vitest';
import { checkPasted } from '../../src/core/plan-table';
import { loadProfile } from '../../src/core/profiles';

const profile = loadProfile('baseline');
const tsv = (rows: string[][]) => rows.map((r) => r.join('\t')).join('\n');
const check = (rows: string[][]) => checkPasted(undefined, tsv(rows), profile, { asOf: '2026-12-01' })[0];
const fails = (t: ReturnType<typeof check>, row: number) => t.findings.filter((f) => f.row === row && f.finding.status === 'fail').map((f) => f.finding.ruleId);

describe('several departments in one lead cell are handled deliberately, never silently', () => {
  it('two 发起部门 in one cell: both count as leads, the cell says so and the joint check fails for two leads', () => {
    const t = check([['2026年度部门联合抽查计划'], ['序号', '抽查任务名称', '抽查比例', '抽查时间', '发起部门', '配合部门'], ['1', '食品经营抽查', '5%', '3月—11月', '市市场监管局、市商务局', '市公安局']]);
    expect(fails(t, 3)).toContain('plan.joint.lead-department');
    const remark = t.cells.find((c) => c.row === 3 && c.header === '发起部门')?.remark;
    expect(remark?.zh).toContain('列出 2 个发起部门（市市场监管局、市商务局）');
  });

  it('one 发起部门: no remark, no lead finding', () => {
    const t = check([['2026年度部门联合抽查计划'], ['序号', '抽查任务名称', '抽查比例', '抽查时间', '发起部门', '配合部门'], ['1', '食品经营抽查', '5%', '3月—11月', '市市场监管局', '市公安局']]);
    expect(fails(t, 3)).not.toContain('plan.joint.lead-department');
    expect(t.cells.find((c) => c.row === 3 && c.header === '发起部门')?.remark).toBeUndefined();
  });

  it('several 抽查主体 and no lead column: not taken as several leads; the cell says how it was read', () => {
    const t = check([['2026年度抽查计划'], ['序号', '抽查事项', '抽查比例', '抽查时间', '抽查主体'], ['1', '建设工程质量抽查', '5%', '3月—11月', '市住房和城乡建设管理委员会、各区住房和城乡建设管理委员会(市级+区级)']]);
    expect(fails(t, 3)).not.toContain('plan.joint.lead-department');
    expect(t.plans[0].plan.scope).toBe('own');
    expect(t.cells.find((c) => c.row === 3 && c.header === '抽查主体')?.remark?.zh).toContain('不当作联合抽查的多个牵头部门');
  });

  it('发起处室 / 联合处室: offices of one bureau, not a cross-department joint check', () => {
    const t = check([['2026年度局内部联合抽查计划'], ['序号', '抽查任务名称', '抽查比例', '抽查时间', '发起处室', '联合处室'], ['1', '文化市场抽查', '5%', '3月—11月', '网络执法队、旅游执法队', '传媒管理科']]);
    expect(t.plans[0].plan.scope).toBe('own');
    expect(fails(t, 3)).not.toContain('plan.joint.lead-department');
  });
});
