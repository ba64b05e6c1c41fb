import { isWeekend, yearOf } from './dates';

/** Holiday data in the shape chinese-days publishes: date → description. */
export interface HolidayData {
  holidays: Record<string, string>;
  /** 调休 make-up working days that fall on a weekend. */
  workdays: Record<string, string>;
}

export class CalendarDataMissing extends Error {
  constructor(readonly year: number) {
    super(`calendar data missing for ${year}`);
    this.name = 'CalendarDataMissing';
  }
}

const DAY = 86_400_000;
/** The digit at position i of a string, or -1: dates are read without slicing (a year holds a million of them). */
const digit = (s: string, i: number) => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
};
/** Day number (days since 1970-01-01) of a YYYY-MM-DD date, without building a Date from a string. */
const dayOf = (date: string) => {
  const y0 = digit(date, 0), y1 = digit(date, 1), y2 = digit(date, 2), y3 = digit(date, 3);
  const m0 = digit(date, 5), m1 = digit(date, 6), d0 = digit(date, 8), d1 = digit(date, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0 || date.length !== 10)
    return Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / DAY;
  return Date.UTC(y0 * 1000 + y1 * 100 + y2 * 10 + y3, m0 * 10 + m1 - 1, d0 * 10 + d1) / DAY;
};
const dateOf = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
const yearOfDay = (day: number) => new Date(day * DAY).getUTCFullYear();

/**
 * Working days as the State Council's holiday notices define them: weekdays, less statutory
 * holidays, plus make-up working days. A date in a year the data does not cover throws
 * CalendarDataMissing rather than silently counting weekends only.
 *
 * Counting is arithmetic, O(1) per question: `before[d]` holds the working days of the span before
 * day d, and `nth[k]` the day of the k-th working day, over every day from 1 January of the first
 * covered year to 31 December of the last. A question whose days reach into a year the data does not
 * cover throws for the first such year, exactly as stepping day by day would.
 */
export class WorkingDayCalendar {
  readonly firstYear: number;
  readonly lastYear: number;
  private readonly years: Set<number>;
  private readonly start: number;
  private readonly end: number;
  private readonly working: Uint8Array;
  private readonly before: Int32Array;
  private readonly nth: Int32Array;
  /** Each day's YYYY-MM-DD and year over the span: answers name dates without building a Date each time. */
  private readonly names: string[];
  private readonly yearAt: Uint16Array;
  /** For each year of the span, the first year at or after it the data does not cover. */
  private readonly gapFrom: Int32Array;

  constructor(data: HolidayData) {
    const holidays = new Set(Object.keys(data.holidays));
    const workdays = new Set(Object.keys(data.workdays));
    this.years = new Set([...holidays].map(yearOf));
    this.firstYear = Math.min(...this.years);
    this.lastYear = Math.max(...this.years);
    this.start = Date.UTC(this.firstYear, 0, 1) / DAY;
    this.end = Date.UTC(this.lastYear + 1, 0, 1) / DAY; // exclusive
    const span = this.end - this.start;
    this.working = new Uint8Array(span);
    this.before = new Int32Array(span + 1);
    const nth: number[] = [];
    this.names = new Array(span);
    this.yearAt = new Uint16Array(span);
    for (let i = 0; i < span; i++) {
      const date = dateOf(this.start + i);
      this.names[i] = date;
      this.yearAt[i] = yearOf(date);
      const w = workdays.has(date) || (!holidays.has(date) && !isWeekend(date));
      this.working[i] = w ? 1 : 0;
      this.before[i + 1] = this.before[i] + this.working[i];
      if (w) nth.push(this.start + i);
    }
    this.nth = Int32Array.from(nth);
    const years = this.lastYear - this.firstYear + 1;
    this.gapFrom = new Int32Array(years + 1);
    this.gapFrom[years] = this.lastYear + 1;
    for (let k = years - 1; k >= 0; k--) this.gapFrom[k] = this.years.has(this.firstYear + k) ? this.gapFrom[k + 1] : this.firstYear + k;
  }

  covers(year: number): boolean {
    return this.years.has(year);
  }

  /** The first year from `year` on that the data does not cover. */
  private firstGap(year: number): number {
    return year < this.firstYear ? year : year > this.lastYear ? year : this.gapFrom[year - this.firstYear];
  }

  /** Last day (exclusive) of the covered run that starts at `day`, which must be covered. */
  private coveredUntil(day: number): number {
    const year = this.yearOfDay(day);
    const gap = this.firstGap(year);
    if (gap === year) throw new CalendarDataMissing(gap);
    return Date.UTC(gap, 0, 1) / DAY;
  }

  private dateOf(day: number): string {
    return day >= this.start && day < this.end ? this.names[day - this.start] : dateOf(day);
  }

  private yearOfDay(day: number): number {
    return day >= this.start && day < this.end ? this.yearAt[day - this.start] : yearOfDay(day);
  }

  /** Working days in the span strictly before `day` (0 before the span). */
  private count(day: number): number {
    return this.before[Math.max(0, Math.min(day, this.end) - this.start)];
  }

  isWorkingDay(date: string): boolean {
    const y = yearOf(date);
    if (!this.years.has(y)) throw new CalendarDataMissing(y);
    return this.working[dayOf(date) - this.start] === 1;
  }

  /** The n-th working day after `date` (n ≥ 1): the last day "within n working days" of it. */
  addWorkingDays(date: string, n: number): string {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number ≥ 0, got ${n}`);
    if (n === 0) return date;
    const from = dayOf(date);
    const limit = this.coveredUntil(from + 1);
    const k = this.count(from + 1) + n - 1;
    if (k >= this.nth.length || this.nth[k] >= limit) throw new CalendarDataMissing(this.yearOfDay(limit));
    return this.dateOf(this.nth[k]);
  }

  /**
   * The n-th working day after `from` if it falls on or before `until`, else undefined. Needs holiday
   * data only up to the earlier of the two, so a December deadline met in December needs no data for
   * the next year.
   */
  nthWorkingDayBy(from: string, n: number, until: string): string | undefined {
    const a = dayOf(from);
    const b = dayOf(until);
    if (b <= a) return undefined;
    const limit = this.coveredUntil(a + 1);
    const k = this.count(a + 1) + n - 1;
    if (n >= 1 && k < this.nth.length && this.nth[k] < limit) return this.nth[k] <= b ? this.dateOf(this.nth[k]) : undefined;
    // Not found in the covered days: the answer is "not by `until`" only if `until` is itself covered.
    if (b >= limit) throw new CalendarDataMissing(this.yearOfDay(limit));
    return undefined;
  }

  /** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
  workingDaysBetween(from: string, to: string): number {
    const a = dayOf(from);
    const b = dayOf(to);
    if (b <= a) return 0;
    if (b >= this.coveredUntil(a + 1)) throw new CalendarDataMissing(this.firstGap(this.yearOfDay(a + 1)));
    return this.count(b + 1) - this.count(a + 1);
  }
}
