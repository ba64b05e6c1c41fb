/**
 * Issue 20: the object row validator on the import's hot path (labels looked up only for a message, the record
 * written in canonical key order, a YYYY-MM-DD date read without a regular expression). 3,000 random rows, each
 * with some cells broken in known ways: a row is refused for the FIRST broken field in the order the validator
 * checks them, naming that field; a row kept is exactly what the zod model makes of it, its keys in canonical
 * order so its line is written natively and equals the careful canonical encoding.
 */
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { guessMapping, validateRow } from '../../src/core/registry-import';
import { completeUscc } from '../../src/core/model/identifiers';
import { ObjectRecord, parseWith } from '../../src/core/model';
import { canonicalJson } from '../../src/core/draw/canonical';
import { objectLine } from '../../src/core/draw/inputs';
import { fastCanonicalLine } from '../../src/core/draw/fast-rows';

const HEAD = ['统一社会信用代码', '企业名称', '住所', '法定代表人', '联系电话', '企业类型', '行业', '区域', '登记机关', '规模', '成立日期', '信用风险分类', '是否进入异常名录', '是否失信', '严重违法失信', '投诉举报', '特殊重点领域', '一年内被抽查次数'];
const mapping = guessMapping('objects', HEAD);

/** Per column: a good value, a broken one with the words its refusal must hold (undefined: nothing breaks it). */
type Cell = { good: (r: () => number, i: number) => string; bad?: Array<[string | number | { formula: string }, RegExp, number?]> };
const yesNo: Cell = { good: (r) => ['是', '否', '', 'Y', 'N', '1', '0'][Math.floor(r() * 7)], bad: [['也许', /应为“是”或“否”/], [{ formula: '=A1' }, /是公式/]] };
const txt = (v: string): Cell => ({ good: (r, i) => (r() < 0.2 ? '' : `${v}${i}`), bad: [[{ formula: '=B2' }, /是公式/]] });
const CELLS: Cell[] = [
  { good: (_, i) => completeUscc(`91110106${String(i).padStart(9, '0')}`), bad: [['91110106ABC', /既不是 18 位统一社会信用代码/, 1.5], ['9.11101E+17', /科学计数法/], [911101060000000000, /存成了数字/]] },
  { good: (_, i) => ` 测试企业${i}有限公司 `, bad: [['  ', /缺少企业名称/]] },
  txt('北京市东城区某路'), txt('张'), txt('1380000'), txt('有限责任公司'), txt('餐饮服务'), txt('东城街道'), txt('东城分局'), txt('小型'),
  { good: (r) => ['2020-05-01', '2020/5/1', '2020年5月1日', '20200501', '', '2024-02-29', '1999-12-31 08:30'][Math.floor(r() * 7)], bad: [['2023-02-29', /不是真实日期/], ['2020-13-01', /不是真实日期/], ['昨天', /不是日期/], [0, /不是日期/]] },
  { good: (r) => ['A', 'B类', 'c', '高风险', '', '未分类'][Math.floor(r() * 6)], bad: [['E', /应为 A、B、C、D 类之一/]] },
  yesNo, yesNo, yesNo, yesNo, yesNo,
  { good: (r) => ['0', '1', '12', '', '是', '否'][Math.floor(r() * 6)], bad: [['1234', /应为次数或是\/否/], ['很多', /应为次数或是\/否/]] },
];
// The order the validator checks the fields in: code, name, the flags, the texts, date, class, special, checks
// (a code that reads but is not a code is checked after the name: stage 1.5).
const CHECK_ORDER = [0, 1, 12, 13, 14, 15, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 16, 17];

describe('the fast object row validator', () => {
  it('3,000 random rows: refused for the first broken field in check order, kept rows as the zod model makes them', () => {
    const r = seedrandom('validate-fast');
    let kept = 0;
    let refused = 0;
    for (let i = 0; i < 3000; i++) {
      const broken: Array<{ stage: number; why: RegExp }> = [];
      const cells = CELLS.map((c, k) => {
        if (c.bad && r() < 0.06) {
          const [v, why, stage] = c.bad[Math.floor(r() * c.bad.length)];
          broken.push({ stage: stage ?? CHECK_ORDER.indexOf(k), why });
          return v;
        }
        return c.good(r, i);
      });
      const out = validateRow('objects', mapping, cells);
      const first = broken.sort((a, b) => a.stage - b.stage)[0];
      if (first) {
        refused++;
        expect(out.ok, `row ${i}: ${JSON.stringify(cells)}`).toBe(false);
        if (!out.ok) expect(out.reason.zh, `row ${i}: ${JSON.stringify(cells)}`).toMatch(first.why);
        continue;
      }
      kept++;
      expect(out.ok, `row ${i}: ${JSON.stringify(cells)} ${!out.ok && out.reason.zh}`).toBe(true);
      if (!out.ok) continue;
      const record = out.record as ObjectRecord;
      const z = parseWith(ObjectRecord, out.record);
      expect(z.ok).toBe(true);
      if (z.ok) expect(canonicalJson(z.value)).toBe(canonicalJson(out.record));
      const keys = Object.keys(out.record);
      expect(keys).toEqual([...keys].sort());
      expect(Object.keys(record.flags)).toEqual(Object.keys(record.flags).sort());
      // The native line (fast path) is taken, and is the careful canonical encoding.
      expect(fastCanonicalLine(out.record as unknown as Record<string, unknown>, new Set(keys))).toBe(canonicalJson(out.record));
      expect(objectLine(record)).toBe(canonicalJson(record));
    }
    expect(kept).toBeGreaterThan(500);
    expect(refused).toBeGreaterThan(500);
  });

  it('a date written YYYY-MM-DD is read as the full path reads it, leap years included', () => {
    const at = HEAD.indexOf('成立日期');
    const dateOf = (v: string) => {
      const cells = CELLS.map((c, k) => (k === at ? v : c.good(() => 0.5, 1)));
      const out = validateRow('objects', mapping, cells);
      return out.ok ? (out.record as { establishedOn?: string }).establishedOn : out.reason.zh;
    };
    expect(['2024-02-29', '2000-02-29', '1900-01-01', '2100-12-31', '2020-5-01'].map(dateOf)).toEqual(['2024-02-29', '2000-02-29', '1900-01-01', '2100-12-31', '2020-05-01']);
    for (const bad of ['1900-02-29', '2023-02-29', '2020-04-31', '1899-12-31', '2101-01-01', '2020-00-10']) expect(dateOf(bad)).toMatch(/不是真实日期/);
  });
});
