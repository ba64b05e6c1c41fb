import { describe, expect, it } from 'vitest';
import { parseRate } from '../../src/core/plan-table/grammar/rate';
import { parseFrequency } from '../../src/core/plan-table/grammar/frequency';
import { parsePeriod } from '../../src/core/plan-table/grammar/period';
import { parseDepartments } from '../../src/core/plan-table/grammar/departments';
import { parseDirected } from '../../src/core/plan-table/grammar/directed';
import { parseLevel } from '../../src/core/plan-table/grammar/level';
import { parseCredit } from '../../src/core/plan-table/grammar/credit';
import type { CellRead } from '../../src/core/plan-table/grammar/normalise';
import { CREDIT, DEPARTMENTS, DIRECTED, FREQUENCIES, LEVELS, PERIODS, RATES, type Row } from './grammar-cells';

/** Each cell is read as expected, or refused with a reason that quotes it (or says it is empty). */
function table<T>(name: string, rows: Array<Row<T>>, read: (cell: string, year?: number) => CellRead<unknown>, exact = false) {
  describe(name, () => {
    it.each(rows.map((r) => [JSON.stringify(r[0]), ...r] as const))('%s', (_label, cell, expected, year) => {
      const r = read(cell, year);
      if (expected === null) {
        expect(r.ok, JSON.stringify(r)).toBe(false);
        if (!r.ok) expect(r.reason.zh === '空白' || r.reason.zh.includes(cell.trim().slice(0, 3)) || /不是|没有|不在|不存在|无法|早于|日期/.test(r.reason.zh)).toBe(true);
      } else {
        expect(r.ok, JSON.stringify(r)).toBe(true);
        if (!r.ok) return;
        if (exact) return void expect(r.value).toEqual(expected);
        // A key expected as undefined must be absent (抽查基数474家 is no count); the rest must match.
        const want = Object.fromEntries(Object.entries(expected as object).filter(([, v]) => v !== undefined));
        for (const [k, v] of Object.entries(expected as object)) if (v === undefined) expect((r.value as Record<string, unknown>)[k], k).toBeUndefined();
        expect(r.value).toMatchObject(want);
      }
    });
  });
}

table('rates', RATES, (c) => parseRate(c));
table('frequency per year', FREQUENCIES, (c) => parseFrequency(c), true);
table('periods', PERIODS, (c, y) => parsePeriod(c, y), true);
table('departments', DEPARTMENTS, (c) => parseDepartments(c), true);
table('定向 / 不定向', DIRECTED, (c) => parseDirected(c), true);
table('levels', LEVELS, (c) => parseLevel(c), true);
table('credit-class statements', CREDIT, (c) => parseCredit(c), true);

it('the grammar tables hold at least 200 real cells', () => {
  expect(RATES.length + FREQUENCIES.length + PERIODS.length + DEPARTMENTS.length + DIRECTED.length + LEVELS.length + CREDIT.length).toBeGreaterThanOrEqual(200);
});
