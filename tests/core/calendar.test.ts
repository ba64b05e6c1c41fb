import { describe, expect, it } from 'vitest';
import { chinaCalendar, CalendarDataMissing, WorkingDayCalendar } from '../../src/core/calendar';

const cal = chinaCalendar();

describe('working-day calendar (chinese-days data)', () => {
  it.each([
    ['2026-10-01', false, 'National Day'],
    ['2026-10-07', false, 'National Day holiday week'],
    ['2026-10-08', true, 'back to work'],
    ['2026-02-16', false, 'Spring Festival'],
    ['2026-11-21', false, 'an ordinary Saturday'],
    ['2026-11-23', true, 'an ordinary Monday'],
  ])('%s is a working day: %s (%s)', (date, expected) => {
    expect(cal.isWorkingDay(date)).toBe(expected);
  });

  it('counts a 调休 make-up Saturday or Sunday as a working day', () => {
    const makeUp = ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'].filter((d) => cal.isWorkingDay(d));
    expect(makeUp.length).toBeGreaterThan(0);
    for (const d of makeUp) expect(new Date(`${d}T00:00:00Z`).getUTCDay() % 6).toBe(0);
  });

  it('20 working days from 2026-09-25 cross National Day', () => {
    // Weekends-only counting would give 2026-10-23; the holiday week pushes it later.
    const deadline = cal.addWorkingDays('2026-09-25', 20);
    expect(deadline > '2026-10-23').toBe(true);
    expect(cal.workingDaysBetween('2026-09-25', deadline)).toBe(20);
    expect(cal.isWorkingDay(deadline)).toBe(true);
  });

  it('nthWorkingDayBy finds a deadline without reading past `until`', () => {
    expect(cal.nthWorkingDayBy('2026-09-25', 20, '2026-12-31')).toBe(cal.addWorkingDays('2026-09-25', 20));
    expect(cal.nthWorkingDayBy('2026-09-25', 20, '2026-10-01')).toBeUndefined();
    // A December deadline met in December needs no data for the next year.
    expect(cal.nthWorkingDayBy('2026-12-01', 5, '2026-12-31')).toBe('2026-12-08');
    expect(() => cal.nthWorkingDayBy('2026-12-20', 20, '2027-02-01')).toThrow(CalendarDataMissing);
  });

  it('workingDaysBetween counts the days after `from` up to and including `to`', () => {
    expect(cal.workingDaysBetween('2026-11-23', '2026-11-23')).toBe(0);
    expect(cal.workingDaysBetween('2026-11-20', '2026-11-23')).toBe(1); // Fri → Mon
    expect(cal.workingDaysBetween('2026-11-23', '2026-11-27')).toBe(4);
  });

  it('says "calendar data missing for YEAR" past its coverage instead of counting weekends only', () => {
    expect(cal.covers(2026)).toBe(true);
    expect(cal.covers(cal.lastYear + 1)).toBe(false);
    expect(() => cal.isWorkingDay(`${cal.lastYear + 1}-01-05`)).toThrow(CalendarDataMissing);
    expect(() => cal.addWorkingDays('2026-12-20', 20)).toThrow(`calendar data missing for ${cal.lastYear + 1}`);
  });

  it('takes its coverage from the data it is given', () => {
    const tiny = new WorkingDayCalendar({ holidays: { '2030-01-01': 'New Year' }, workdays: {} });
    expect(tiny.isWorkingDay('2030-01-01')).toBe(false);
    expect(tiny.isWorkingDay('2030-01-02')).toBe(true);
    expect(() => tiny.isWorkingDay('2031-01-02')).toThrow(CalendarDataMissing);
  });
});
