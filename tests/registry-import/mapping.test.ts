import { describe, expect, it } from 'vitest';
import { applySaved, guessMapping, headerShape, importTable, mappingProblems, SavedMapping, toSaved, validateRow, type RawCell } from '../../src/core/registry-import';
import { completeUscc } from '../../src/core/model/identifiers';

describe('header mapping', () => {
  it.each([
    [['统一社会信用代码/注册号', '企业名称'], ['uscc', 'name']],
    [[' 统一社会信用代码 ', '*企业名称', '法定代表人（负责人）'], ['uscc', 'name', 'personInCharge']],
    [['注册号', '市场主体名称', '所属行业', '信用风险类别'], ['uscc', 'name', 'industry', 'creditClass']],
    [['管辖单位', '区域', '名称', '信用代码'], [null, 'region', 'name', 'uscc']],
    [['名称', '名称', '信用代码'], ['name', null, 'uscc']],
    [['__proto__', 'constructor', '企业名称'], [null, null, 'name']],
  ])('%j → %j', (headers, columns) => {
    expect(guessMapping('objects', headers).columns).toEqual(columns);
  });

  it('says which required column is missing', () => {
    expect(mappingProblems(guessMapping('objects', ['企业名称', '行业'])).map((p) => p.zh)).toEqual([expect.stringMatching(/找不到必需的列：统一社会信用代码/)]);
    expect(mappingProblems(guessMapping('inspectors', ['姓名', '执法证号']))).toEqual([]);
  });

  it('a saved mapping applies to files of the same shape only, and ignores unknown fields', () => {
    const headers = ['代码', '字号', '备注'];
    const guessed = guessMapping('objects', headers);
    expect(mappingProblems(guessed)).toHaveLength(2);
    const saved = SavedMapping.parse({ ...toSaved(guessed), columns: [['代码', 'uscc'], ['字号', 'name'], ['备注', '__proto__']] });
    const m = applySaved('objects', [' 代码', '字号', '备注'], saved)!;
    expect(m.columns).toEqual(['uscc', 'name', null]);
    expect(applySaved('objects', ['代码', '字号'], saved)).toBeUndefined();
    expect(applySaved('inspectors', headers, saved)).toBeUndefined();
    expect(headerShape([' 代码', '字号', '备注'])).toBe(saved.shape);
    const r = importTable('objects', [{ row: 1, cells: headers }, { row: 2, cells: [completeUscc('91110000MA0000001'), '某公司', 'x'] }], { saved: [saved] });
    expect(r.fromSaved).toBe(true);
    expect(r.counts).toMatchObject({ read: 1, imported: 1 });
  });

  it('finds the header row under a title line', () => {
    const r = importTable('objects', [{ row: 1, cells: ['检查对象名录库 导出于 2026-11-23'] }, { row: 2, cells: ['统一社会信用代码', '企业名称'] }, { row: 3, cells: [completeUscc('91110000MA0000001'), '甲'] }]);
    expect(r.headerRow).toBe(2);
    expect(r.counts.read).toBe(1);
  });
});

describe('row values against the model', () => {
  const m = guessMapping('objects', ['统一社会信用代码', '企业名称', '成立日期', '信用风险分类', '是否进入异常名录', '一年内是否被抽查']);
  const ok = completeUscc('91110000MA0000001');
  const row = (cells: RawCell[]) => validateRow('objects', m, cells);
  it.each<[string, RawCell[], Record<string, unknown> | RegExp]>([
    ['dates: slashes', [ok, '甲', '2020/5/1'], { establishedOn: '2020-05-01' }],
    ['dates: Chinese', [ok, '甲', '2020年5月1日'], { establishedOn: '2020-05-01' }],
    ['dates: compact', [ok, '甲', '20200501'], { establishedOn: '2020-05-01' }],
    ['dates: Excel serial', [ok, '甲', 43952], { establishedOn: '2020-05-01' }],
    ['dates: with a time', [ok, '甲', '2020-05-01 00:00:00'], { establishedOn: '2020-05-01' }],
    ['dates: not real', [ok, '甲', '2021-02-29'], /不是真实日期/],
    ['dates: not a date', [ok, '甲', '去年'], /不是日期/],
    ['class letters', [ok, '甲', '', 'c类'], { creditClass: 'C' }],
    ['class words', [ok, '甲', '', '高风险'], { creditClass: 'D' }],
    ['class unknown', [ok, '甲', '', 'E'], /A、B、C、D/],
    ['flags', [ok, '甲', '', '', '是', '是'], { flags: { abnormal: true }, checksThisYear: 1 }],
    ['flag unknown', [ok, '甲', '', '', '也许'], /应为“是”或“否”/],
    ['lower-case code, spaces', [` ${ok.toLowerCase()} `, '甲'], { id: ok }],
    ['15-digit registration number', ['110106000000123', '甲'], { id: '110106000000123' }],
    ['15-digit number cell', [110106000000123, '甲'], { id: '110106000000123' }],
    ['18-digit number cell', [911101060000000000, '甲'], /存成了数字/],
    ['scientific notation text', ['9.11101E+17', '甲'], /科学计数法/],
    ['formula', [{ formula: 'A1&B1' }, '甲'], /公式/],
    ['no name', [ok, ''], /缺少企业名称/],
  ])('%s', (_, cells, want) => {
    const r = row(cells);
    if (want instanceof RegExp) {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason.zh).toMatch(want);
    } else {
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.record).toMatchObject(want);
    }
  });

  it('a failed USCC check digit is a warning that keeps the row', () => {
    const bad = ok.slice(0, 17) + (ok[17] === 'X' ? 'Y' : 'X');
    const r = row([bad, '甲']);
    expect(r.ok && r.warnings.map((w) => w.zh)).toEqual([expect.stringMatching(/校验位不符.*已保留/)]);
  });

  it.each<[RawCell[], Record<string, unknown> | RegExp]>([
    [['王强', '执110001', '', '具备行政执法资格人员', '是', '食品、药品', '失效'], { id: '执110001', registryKind: 'qualified', expert: true, expertise: ['食品', '药品'], active: false }],
    [['王强', '无', '110106199001011234', '', '', '', ''], { id: '110106199001011234', active: true }],
    [['王强', '无', '110106********1234', '', '', '', ''], /遮挡/],
    [['王强', '执1', '', '临时工', '', '', ''], /人员类别/],
    [['王强', '执1', '', '', '', '', '请假'], /有效或失效/],
  ])('inspector %j', (cells, want) => {
    const im = guessMapping('inspectors', ['姓名', '执法证号', '身份证号', '人员类别', '是否专家', '业务专长', '状态']);
    const r = validateRow('inspectors', im, cells);
    if (want instanceof RegExp) expect(!r.ok && r.reason.zh).toMatch(want);
    else expect(r.ok && r.record).toMatchObject(want);
  });
});
