import type { Dossier } from '../model';
import { CalendarDataMissing, type WorkingDayCalendar } from '../calendar';
import { taskParticipants } from '../rules/walk';

export interface ChartData {
  /** checks (results with a check date in the year) per month 01..12, split by department */
  perMonth: Array<{ month: string; total: number; byDepartment: Record<string, number> }>;
  /** tasks and checks per department (a joint task counts for each department taking part) */
  perDepartment: Array<{ departmentId: string; tasks: number; jointTasks: number; checks: number }>;
  /** working days from check to publication, in bins; `unpublished` counts checks not yet published */
  publicationDelay: Array<{ bin: string; count: number }>;
}

export const DELAY_BINS = [
  { bin: '0–5', max: 5 },
  { bin: '6–10', max: 10 },
  { bin: '11–15', max: 15 },
  { bin: '16–20', max: 20 },
  { bin: '21–30', max: 30 },
  { bin: '>30', max: Infinity },
] as const;

/** The publication deadline: results are public within 20 working days of the check (RULES.md, result.publish-within). */
export const PUBLISH_WITHIN_WORKING_DAYS = 20;

/** How a delay bin stands against the deadline: in time, late (past 20 working days) or not yet published. */
export function delayStanding(bin: string): 'in-time' | 'late' | 'unpublished' {
  if (bin === 'unpublished') return 'unpublished';
  const b = DELAY_BINS.find((x) => x.bin === bin);
  return b && b.max > PUBLISH_WITHIN_WORKING_DAYS ? 'late' : 'in-time';
}

export function chartData(d: Dossier, calendar: WorkingDayCalendar): ChartData {
  const year = d.year!;
  const perMonth = Array.from({ length: 12 }, (_, i) => ({ month: `${year}-${String(i + 1).padStart(2, '0')}`, total: 0, byDepartment: {} as Record<string, number> }));
  const perDep = new Map<string, { departmentId: string; tasks: number; jointTasks: number; checks: number }>();
  const dep = (id: string) => perDep.get(id) ?? perDep.set(id, { departmentId: id, tasks: 0, jointTasks: 0, checks: 0 }).get(id)!;
  const delay = DELAY_BINS.map((b) => ({ bin: b.bin, count: 0 }));
  const undecided = { bin: 'unpublished', count: 0 };
  // A year has few distinct (check, publication) date pairs and many results: count each pair's working days once.
  // Keyed by one date then the other: a key string made per result would be a million strings.
  const between = new Map<string, Map<string, number>>();
  const workingDays = (from: string, to: string) => {
    let m = between.get(from);
    if (!m) between.set(from, (m = new Map()));
    let n = m.get(to);
    if (n === undefined) m.set(to, (n = calendar.workingDaysBetween(from, to)));
    return n;
  };
  const inYear = `${year}-`;
  for (const plan of d.plans.filter((p) => p.year === year))
    for (const task of plan.tasks) {
      const departments = [...new Set(taskParticipants(plan, task).map((p) => p.departmentId))];
      const joint = (task.scope ?? plan.scope) === 'joint';
      for (const id of departments) {
        dep(id).tasks++;
        if (joint) dep(id).jointTasks++;
      }
      for (const r of task.results) {
        if (!r.checkedOn) continue;
        for (const id of departments) dep(id).checks++;
        if (r.checkedOn.startsWith(inYear)) {
          const m = perMonth[Number(r.checkedOn.slice(5, 7)) - 1];
          m.total++;
          for (const id of departments) m.byDepartment[id] = (m.byDepartment[id] ?? 0) + 1;
        }
        if (!r.publishedOn) {
          undecided.count++;
          continue;
        }
        try {
          const days = workingDays(r.checkedOn, r.publishedOn);
          delay[DELAY_BINS.findIndex((b) => days <= b.max)].count++;
        } catch (e) {
          if (!(e instanceof CalendarDataMissing)) throw e;
        }
      }
    }
  return { perMonth, perDepartment: [...perDep.values()], publicationDelay: [...delay, undecided] };
}
