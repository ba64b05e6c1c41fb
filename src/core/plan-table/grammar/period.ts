import { normalise, ok, refuse, type CellRead } from './normalise';

export interface PeriodCell {
  start?: string;
  end?: string;
  /** batches' deadlines, in order (分两批次;第一批…7月20日前完成,第二批…10月15日前完成) */
  batches?: string[];
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const validDay = (y: number, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= lastDay(y, m);

/** A point in a period cell: a day, or a month (the period takes its first or last day). */
interface Point {
  y?: number;
  m: number;
  d?: number;
  nextYear?: boolean;
}

const TOKEN = new RegExp(
  [
    String.raw`(?<ymd>(?<y1>\d{4})\s*[年./-]\s*(?<m1>\d{1,2})\s*[月./-]\s*(?<d1>\d{1,2})\s*日?)`,
    String.raw`(?<compact>(?<y2>20\d{2})(?<md2>\d{3,4})\s*日)`,
    String.raw`(?<ym>(?<y3>\d{4})\s*(?:年\s*(?<m3>\d{1,2})\s*月?|[./-]\s*(?<m3b>\d{1,2})(?![\d./-])))`,
    String.raw`(?<yyyymm>(?<y4>20\d{2})(?<m4>1[0-2]|0?[1-9])(?!\d))`,
    String.raw`(?<md>(?<next>次年)?\s*(?<m5>\d{1,2})\s*月\s*(?:(?<d5>\d{1,2})\s*日|(?<late>底|末)|(?<early>初))?)`,
    String.raw`(?<bare>(?<m6>\d{1,2})(?![\d%]))`,
  ].join('|'),
  'g',
);

function points(s: string): Point[] {
  const out: Point[] = [];
  for (const m of s.matchAll(TOKEN)) {
    const g = m.groups!;
    if (g.ymd) out.push({ y: +g.y1, m: +g.m1, d: +g.d1 });
    else if (g.compact) {
      const md = g.md2;
      out.push({ y: +g.y2, m: +md.slice(0, md.length - 2), d: +md.slice(-2) });
    } else if (g.ym) out.push({ y: +g.y3, m: +(g.m3 ?? g.m3b) });
    else if (g.yyyymm) out.push({ y: +g.y4, m: +g.m4 });
    else if (g.md) out.push({ m: +g.m5, d: g.d5 ? +g.d5 : undefined, nextYear: !!g.next, ...(g.late ? { d: -1 } : {}) });
    else if (g.bare) out.push({ m: +g.m6 });
  }
  return out;
}

function day(p: Point, year: number, edge: 'start' | 'end'): string | undefined {
  const y = (p.y ?? year) + (p.nextYear ? 1 : 0);
  const d = p.d === -1 || (p.d === undefined && edge === 'end') ? lastDay(y, p.m) : (p.d ?? 1);
  return validDay(y, p.m, d) ? iso(y, p.m, d) : undefined;
}

/**
 * Read a period cell in the plan's year: `3月—12月`, `2026年1月1日 -2026年12月31日`, `2024.3.1-2024.12.31`,
 * `2026年1月—11月`, `2023年10月至11月`, `10月底`, `2021年9月`, `2020年全年`, `20229 至 202211`,
 * `10月-次年3月`, and batches `分两批次;第一批…7月20日前完成,第二批…10月15日前完成`.
 * Months without a year take the plan's year; a later point without a year takes the earlier point's year.
 */
export function parsePeriod(raw: string, planYear?: number, role: 'period' | 'start' | 'deadline' = 'period'): CellRead<PeriodCell> {
  const s = normalise(raw);
  if (!s) return refuse('空白', 'empty');
  const whole = /(\d{4})\s*年?\s*(?:全年|全年度|度)$/.exec(s) ?? (/^全年$/.test(s) && planYear ? [s, String(planYear)] : null);
  if (whole) return ok({ start: `${whole[1]}-01-01`, end: `${whole[1]}-12-31` });
  const pts = points(s);
  if (!pts.length) return refuse(`「${raw.trim()}」中没有可读的日期或月份`, `no readable date or month in "${raw.trim()}"`);
  if (pts.some((p) => p.m < 1 || p.m > 12)) return refuse(`「${raw.trim()}」中的月份不在 1–12 之间`, `a month outside 1–12 in "${raw.trim()}"`);
  // A point without a year takes the one before it (2023年10月至11月), else the plan's year.
  let year = pts.find((p) => p.y)?.y ?? planYear;
  if (year === undefined) return refuse(`「${raw.trim()}」没有写年份，且表头未给出计划年度`, `"${raw.trim()}" gives no year and the table's title none either`);
  for (const p of pts) {
    if (p.y) year = p.y;
    else p.y = year;
  }
  const bad = () => refuse(`「${raw.trim()}」中的日期不存在`, `a date in "${raw.trim()}" does not exist`);
  if (/批/.test(s) && /前/.test(s)) {
    const batches = pts.map((p) => day(p, year!, 'end'));
    if (batches.some((b) => !b)) return bad();
    return ok({ end: batches[batches.length - 1], batches: batches as string[] });
  }
  if (pts.length === 1 && role !== 'period') {
    const d = day(pts[0], year, role === 'start' ? 'start' : 'end');
    return d ? ok(role === 'start' ? { start: d } : { end: d }) : bad();
  }
  const deadlineOnly = pts.length === 1 && (/(前|底|末)(完成)?$/.test(s) || /前完成|截止/.test(s));
  if (deadlineOnly) {
    const end = day(pts[0], year, 'end');
    return end ? ok({ end }) : bad();
  }
  if (pts.length > 2) return refuse(`「${raw.trim()}」中有 ${pts.length} 个日期，无法确定起止`, `${pts.length} dates in "${raw.trim()}": cannot tell start and end`);
  const start = day(pts[0], year, 'start');
  const end = day(pts[pts.length - 1], year, 'end');
  if (!start || !end) return bad();
  if (end < start) return refuse(`「${raw.trim()}」的结束早于开始`, `"${raw.trim()}" ends before it starts`);
  return ok({ start, end });
}
