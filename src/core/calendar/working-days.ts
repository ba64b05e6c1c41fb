import { addDays, compareDates, isWeekend, yearOf } from './dates';

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

/**
 * Working days as the State Council's holiday notices define them: weekdays, less statutory
 * holidays, plus make-up working days. A date in a year the data does not cover throws
 * CalendarDataMissing rather than silently counting weekends only.
 */
export class WorkingDayCalendar {
  readonly firstYear: number;
  readonly lastYear: number;
  private readonly holidays: Set<string>;
  private readonly workdays: Set<string>;
  private readonly years: Set<number>;

  constructor(data: HolidayData) {
    this.holidays = new Set(Object.keys(data.holidays));
    this.workdays = new Set(Object.keys(data.workdays));
    this.years = new Set([...this.holidays].map(yearOf));
    this.firstYear = Math.min(...this.years);
    this.lastYear = Math.max(...this.years);
  }

  covers(year: number): boolean {
    return this.years.has(year);
  }

  private guard(date: string): void {
    const y = yearOf(date);
    if (!this.years.has(y)) throw new CalendarDataMissing(y);
  }

  isWorkingDay(date: string): boolean {
    this.guard(date);
    if (this.workdays.has(date)) return true;
    if (this.holidays.has(date)) return false;
    return !isWeekend(date);
  }

  /** The n-th working day after `date` (n ≥ 1): the last day "within n working days" of it. */
  addWorkingDays(date: string, n: number): string {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number ≥ 0, got ${n}`);
    let d = date;
    for (let left = n; left > 0; ) {
      d = addDays(d, 1);
      if (this.isWorkingDay(d)) left--;
    }
    return d;
  }

  /**
   * The n-th working day after `from` if it falls on or before `until`, else undefined. Reads holiday
   * data only up to the earlier of the two, so a December deadline met in December needs no data for
   * the next year.
   */
  nthWorkingDayBy(from: string, n: number, until: string): string | undefined {
    let count = 0;
    for (let d = addDays(from, 1); compareDates(d, until) <= 0; d = addDays(d, 1)) if (this.isWorkingDay(d) && ++count === n) return d;
    return undefined;
  }

  /** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
  workingDaysBetween(from: string, to: string): number {
    let count = 0;
    for (let d = addDays(from, 1); compareDates(d, to) <= 0; d = addDays(d, 1)) if (this.isWorkingDay(d)) count++;
    return count;
  }
}
