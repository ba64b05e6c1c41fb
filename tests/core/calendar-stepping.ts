import { addDays, compareDates, isWeekend, yearOf } from '../../src/core/calendar/dates';
import { CalendarDataMissing, type HolidayData } from '../../src/core/calendar/working-days';

/**
 * The calendar as it was before the prefix counts: every question answered by stepping day by day.
 * Slow and obviously right; the property test holds the arithmetic version to it.
 */
export class SteppingCalendar {
  private readonly holidays: Set<string>;
  private readonly workdays: Set<string>;
  private readonly years: Set<number>;

  constructor(data: HolidayData) {
    this.holidays = new Set(Object.keys(data.holidays));
    this.workdays = new Set(Object.keys(data.workdays));
    this.years = new Set([...this.holidays].map(yearOf));
  }

  isWorkingDay(date: string): boolean {
    const y = yearOf(date);
    if (!this.years.has(y)) throw new CalendarDataMissing(y);
    if (this.workdays.has(date)) return true;
    if (this.holidays.has(date)) return false;
    return !isWeekend(date);
  }

  addWorkingDays(date: string, n: number): string {
    let d = date;
    for (let left = n; left > 0; ) {
      d = addDays(d, 1);
      if (this.isWorkingDay(d)) left--;
    }
    return d;
  }

  nthWorkingDayBy(from: string, n: number, until: string): string | undefined {
    let count = 0;
    for (let d = addDays(from, 1); compareDates(d, until) <= 0; d = addDays(d, 1)) if (this.isWorkingDay(d) && ++count === n) return d;
    return undefined;
  }

  workingDaysBetween(from: string, to: string): number {
    let count = 0;
    for (let d = addDays(from, 1); compareDates(d, to) <= 0; d = addDays(d, 1)) if (this.isWorkingDay(d)) count++;
    return count;
  }
}
