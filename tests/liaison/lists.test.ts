import { describe, expect, it } from 'vitest';
import { assembleDossier, convertCell, decodeCsv, detectKind, LIST_SPECS, parseDate, readListFile, readSheet } from '../../src/core/liaison';

describe('cell conversion', () => {
  const col = (field: string) => LIST_SPECS.flatMap((s) => s.columns).find((c) => c.field === field)!;
  it.each([
    ['2026-03-01', '2026-03-01'],
    ['2026/3/1', '2026-03-01'],
    ['2026.3.1', '2026-03-01'],
    ['2026年3月1日', '2026-03-01'],
    ['2026-03-01 10:20:00', '2026-03-01'],
    ['46082', '2026-03-01'],
    ['2026-02-30', undefined],
    ['三月一日', undefined],
  ])('date %s → %s', (raw, iso) => expect(parseDate(raw)).toBe(iso));
  it.each([
    ['period', '2026-03-01 至 2026-11-30', { value: { start: '2026-03-01', end: '2026-11-30' } }],
    ['period', '2026-03-01~2026-11-30', { value: { start: '2026-03-01', end: '2026-11-30' } }],
    ['scope', '跨部门双随机抽查', { value: 'joint' }],
    ['departments', '区市场监管局、区卫生健康委,区应急管理局', { value: ['区市场监管局', '区卫生健康委', '区应急管理局'] }],
    ['plannedChecks', '12', { value: 12 }],
    ['outsidePlan', '否', { value: false }],
    ['plannedChecks', '十二', { error: '「十二」不是整数' }],
    ['outsidePlan', '也许', { error: '「也许」应为“是”或“否”' }],
  ])('%s %s', (field, raw, out) => expect(convertCell(col(field), raw)).toEqual(out));
  it('an unknown enum value names the accepted ones', () => {
    expect(convertCell(col('scope'), '联合').error).toMatch(/不是可选值（本部门、跨部门/);
  });
});

describe('reading a sheet', () => {
  it('detects each list by its headers, ignoring spaces, required marks and bracket width', () => {
    expect(detectKind(['序号', '抽查计划年度', ' 抽查计划名称 ', '操作'])?.kind).toBe('plan');
    expect(detectKind(['任务编号', '*抽查任务名称', '任务期限'])?.kind).toBe('task');
    expect(detectKind(['抽查任务名称', '被检查对象', '统一社会信用代码', '检查日期'])?.kind).toBe('result');
    expect(detectKind(['姓名', '性别'])).toBeUndefined();
  });
  it('finds the header under a title row, counts blank lines as nothing and reports unknown headers', () => {
    const s = readSheet('t.xlsx', [
      ['抽查检查任务列表'],
      ['序号', '任务编号', '抽查任务名称', '任务期限', '备注栏'],
      ['1', 'T1', '任务一', '2026-03-01 至 2026-05-01', 'x'],
      ['', '', '', '', ''],
      ['2', '', '任务二', '2026-03-01 至', ''],
    ]);
    expect(s.account).toMatchObject({ kind: 'task', read: 2, kept: 1, unknownHeaders: ['备注栏'] });
    expect(s.account.refused).toEqual([{ source: 't.xlsx', row: 5, reason: '任务期限：期限「2026-03-01 至」无法识别，应为「开始日期 至 结束日期」' }]);
  });
  it('refuses a file with no known header as one reason, not silently', () => {
    const s = readSheet('x.csv', [['姓名', '性别'], ['张三', '男']]);
    expect(s.account.refused[0].reason).toMatch(/未找到计划、任务或结果清单的表头/);
    expect(s.records).toEqual([]);
  });
});

describe('assembling the year', () => {
  it('tasks naming no plan go under a stand-in plan of their year; a duplicate task number is refused with where it was first seen', () => {
    const tasks = readSheet('t.csv', [
      ['任务编号', '抽查任务名称', '任务组织部门', '任务参与部门', '任务期限'],
      ['T1', '联合任务', '甲局', '乙局、丙局', '2026-03-01 至 2026-05-01'],
      ['T1', '重复', '甲局', '', '2026-03-01 至 2026-05-01'],
    ]);
    const { dossier, account } = assembleDossier([tasks]);
    expect(dossier.year).toBe(2026);
    expect(dossier.plans.map((p) => p.id)).toEqual(['未关联计划-2026']);
    expect(dossier.plans[0].tasks[0]).toMatchObject({
      scope: 'joint',
      participants: [{ departmentId: '甲局', role: 'lead' }, { departmentId: '乙局', role: 'responding' }, { departmentId: '丙局', role: 'responding' }],
    });
    expect(account.linking).toEqual([{ source: 't.csv', row: 3, reason: '任务编号「T1」重复（首次出现于 t.csv:2）' }]);
    expect(account.totals).toEqual({ read: 2, kept: 1, refused: 1 });
  });

  it('a result repeated for the same task and object is refused with where it was first seen, in another file too', () => {
    const tasks = readSheet('t.csv', [['任务编号', '抽查任务名称', '任务组织部门', '任务期限'], ['T1', '任务一', '甲局', '2026-03-01 至 2026-05-01'], ['T2', '任务二', '甲局', '2026-03-01 至 2026-05-01']]);
    const head = ['任务编号', '被检查对象', '统一社会信用代码', '检查结果', '检查日期'];
    const a = readSheet('a.csv', [head, ['T1', '甲', 'E1', '未发现问题', '2026-03-02'], ['T2', '甲', 'E1', '未发现问题', '2026-03-02']]);
    const b = readSheet('b.csv', [head, ['T2', '甲', 'E2', '未发现问题', '2026-03-02'], ['T1', '甲', 'E1', '未发现问题', '2026-03-03']]);
    const { dossier, account } = assembleDossier([tasks, a, b]);
    expect(dossier.plans[0].tasks.map((t) => t.results.map((r) => r.objectId))).toEqual([['E1'], ['E1', 'E2']]);
    expect(account.linking).toEqual([{ source: 'b.csv', row: 3, reason: '任务「T1」对象「E1」的结果重复（首次出现于 a.csv:2）' }]);
  });
});

describe('CSV encodings', () => {
  // "任务编号,抽查任务名称,任务期限\nT1,食品抽查,2026-03-01 至 2026-05-01" as Excel in Chinese saves it (GBK).
  const GBK_HEX = 'c8cecef1b1e0bac52cb3e9b2e9c8cecef1c3fbb3c62cc8cecef1c6dacfde0a54312ccab3c6b7b3e9b2e92c323032362d30332d303120d6c120323032362d30352d3031';
  it.each([
    ['UTF-8 with a BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('任务编号,抽查任务名称,任务期限\nT1,食品抽查,2026-03-01 至 2026-05-01')])],
    ['GBK', new Uint8Array(GBK_HEX.match(/../g)!.map((h) => parseInt(h, 16)))],
  ])('%s reads the same', (_n, bytes) => {
    expect(decodeCsv(bytes).split('\n')[0]).toBe('任务编号,抽查任务名称,任务期限');
    const [sheet] = readListFile('tasks.csv', bytes);
    expect(sheet.records.map((r) => r.values.name)).toEqual(['食品抽查']);
  });
});
