import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import data from 'chinese-days/dist/chinese-days.json';
import { addDays } from '../../src/core/calendar/dates';
import { WorkingDayCalendar, type HolidayData } from '../../src/core/calendar/working-days';
import { SteppingCalendar } from './calendar-stepping';

/** The same question to both calendars: the same answer, or the same error. */
function same<T>(a: () => T, b: () => T) {
  const run = (f: () => T) => {
    try {
      return { value: f() };
    } catch (e) {
      return { error: (e as Error).message };
    }
  };
  expect(run(a)).toEqual(run(b));
}

const real = data as HolidayData;
// Data with a hole (2021 left out): questions across it must throw for 2021, as stepping does.
const holed: HolidayData = {
  holidays: Object.fromEntries(Object.entries(real.holidays).filter(([d]) => !d.startsWith('2021'))),
  workdays: Object.fromEntries(Object.entries(real.workdays).filter(([d]) => !d.startsWith('2021'))),
};

describe.each([
  ['chinese-days', real],
  ['chinese-days without 2021', holed],
])('prefix-count working days agree with stepping day by day (%s)', (_name, d) => {
  const fast = new WorkingDayCalendar(d);
  const slow = new SteppingCalendar(d);
  // Dates from two years before the data to two years after it, so the coverage guard is exercised.
  const first = Date.UTC(fast.firstYear - 2, 0, 1);
  const span = Date.UTC(fast.lastYear + 3, 0, 1) - first;
  const date = fc.integer({ min: 0, max: span / 86_400_000 - 1 }).map((n) => new Date(first + n * 86_400_000).toISOString().slice(0, 10));
  // Mostly near `from`, sometimes far, so both the common case and the long reach are drawn.
  const pair = fc.tuple(date, fc.oneof(fc.integer({ min: -5, max: 60 }), fc.integer({ min: -400, max: 900 }))).map(([a, k]) => [a, addDays(a, k)] as const);
  const n = fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 400 }));

  it('isWorkingDay', () => fc.assert(fc.property(date, (a) => same(() => fast.isWorkingDay(a), () => slow.isWorkingDay(a))), { numRuns: 1500 }), 120_000);
  it('addWorkingDays', () => fc.assert(fc.property(date, n, (a, k) => same(() => fast.addWorkingDays(a, k), () => slow.addWorkingDays(a, k))), { numRuns: 1500 }), 120_000);
  it('workingDaysBetween', () => fc.assert(fc.property(pair, ([a, b]) => same(() => fast.workingDaysBetween(a, b), () => slow.workingDaysBetween(a, b))), { numRuns: 1500 }), 120_000);
  it('nthWorkingDayBy', () => fc.assert(fc.property(pair, n, ([a, b], k) => same(() => fast.nthWorkingDayBy(a, k, b), () => slow.nthWorkingDayBy(a, k, b))), { numRuns: 1500 }), 120_000);

  it('agrees on every edge of the covered span', { timeout: 120_000 }, () => {
    const edges = [`${fast.firstYear - 1}-12-31`, `${fast.firstYear}-01-01`, `${fast.lastYear}-12-31`, `${fast.lastYear + 1}-01-01`, '2020-12-31', '2021-01-01', '2021-12-31', '2022-01-01'];
    for (const a of edges)
      for (const k of [0, 1, 2, 20, 300]) {
        same(() => fast.addWorkingDays(a, k), () => slow.addWorkingDays(a, k));
        for (const b of edges) {
          same(() => fast.workingDaysBetween(a, b), () => slow.workingDaysBetween(a, b));
          same(() => fast.nthWorkingDayBy(a, k, b), () => slow.nthWorkingDayBy(a, k, b));
        }
      }
  });
});

describe('working-day arithmetic over the whole data', () => {
  it('counts every working day from the first covered day to the last, and finds the last from the first', () => {
    const cal = new WorkingDayCalendar(real);
    const from = `${cal.firstYear}-01-01`;
    const days = cal.workingDaysBetween(from, `${cal.lastYear}-12-31`);
    expect(days).toBe(new SteppingCalendar(real).workingDaysBetween(from, `${cal.lastYear}-12-31`));
    expect(cal.addWorkingDays(from, days)).toBe(new SteppingCalendar(real).addWorkingDays(from, days));
  });
});
