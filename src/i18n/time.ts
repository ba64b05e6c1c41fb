/**
 * One way to show a time: Beijing time (Asia/Shanghai, UTC+8 all year, no daylight saving), to the
 * second, as staff read it on the platform: 2026-12-02 02:31:11. Stored values stay ISO/UTC.
 */
const CHINA_OFFSET_MS = 8 * 3600_000;

function parse(t: string | number | Date): Date | undefined {
  const d = t instanceof Date ? t : new Date(typeof t === 'string' ? normalise(t) : t);
  return Number.isNaN(d.getTime()) ? undefined : d;
}
// A platform's own text (2026-07-02 15:40:09.123, no zone) is Beijing time.
const normalise = (s: string) => (/^\d{4}-\d\d-\d\d[ T]\d\d:\d\d(:\d\d(\.\d+)?)?$/.test(s.trim()) ? `${s.trim().replace(' ', 'T')}+08:00` : s);

/** A moment as Beijing date and time to the second; text that is no time is returned as it is. */
export function formatDateTime(t: string | number | Date | undefined): string {
  if (t === undefined || t === '') return '';
  const d = parse(t);
  if (!d) return String(t);
  return new Date(d.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}

/** A moment's Beijing date (YYYY-MM-DD); a plain date is kept as it is. */
export function formatDate(t: string | number | Date | undefined): string {
  if (t === undefined || t === '') return '';
  if (typeof t === 'string' && /^\d{4}-\d\d-\d\d$/.test(t)) return t;
  return formatDateTime(t).slice(0, 10);
}

/** Minutes only (HH:mm for a clock on a deadline list). */
export const formatMinute = (t: string | number | Date | undefined): string => formatDateTime(t).slice(0, 16);

/**
 * A moment as written into files people open (evidence, reports): ISO 8601 in Beijing time with its
 * offset, to the second (2026-12-02T06:49:33+08:00), so a reader sees the China day and a program still
 * reads the moment exactly.
 */
export function isoInChina(t: string | number | Date = new Date()): string {
  const shown = formatDateTime(t);
  return /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/.test(shown) ? `${shown.replace(' ', 'T')}+08:00` : shown;
}
