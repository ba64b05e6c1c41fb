/** Plain calendar-day arithmetic on YYYY-MM-DD strings, in UTC so no time zone shifts a day. */
export function toUtc(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

export function fromUtc(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function addDays(date: string, n: number): string {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + n);
  return fromUtc(d);
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** Saturday or Sunday. */
export function isWeekend(date: string): boolean {
  const day = toUtc(date).getUTCDay();
  return day === 0 || day === 6;
}

/** Today as YYYY-MM-DD in China Standard Time, where the platform's days begin. */
export function todayInChina(now: Date = new Date()): string {
  return fromUtc(new Date(now.getTime() + 8 * 3600 * 1000));
}

/** Compare ISO dates; they sort as strings. */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
