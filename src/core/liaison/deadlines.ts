import type { Dossier } from '../model';
import { CalendarDataMissing, type WorkingDayCalendar } from '../calendar';
import type { ResolvedProfile } from '../profiles/resolve';
import { taskParticipants } from '../rules/walk';
import { yearDepartments } from '../rules/year';

export type DeadlineKind = 'task-end' | 'result-upload' | 'result-publish' | 'annual-plan-due';

export interface Deadline {
  date: string;
  kind: DeadlineKind;
  /** working days from asOf to the date (0 = today) */
  workingDaysLeft: number;
  departments: string[];
  planId?: string;
  taskId?: string;
  objectId?: string;
  label: string;
  ruleId: string;
}

function param(profile: ResolvedProfile, ruleId: string, key: string): unknown {
  const r = profile.rules.find((x) => x.rule.meta.id === ruleId);
  return r?.enabled ? (r.params as Record<string, unknown>)[key] : undefined;
}

/**
 * What falls due in the next `horizon` working days after asOf (asOf included): tasks ending,
 * results to upload or publish (deadlines counted in working days from the check, statutory
 * holidays as the State Council announces them) and the annual plan for departments that have
 * not filed one. Deadlines come from the profile's parameters.
 */
export function upcomingDeadlines(d: Dossier, profile: ResolvedProfile, asOf: string, calendar: WorkingDayCalendar, horizon = 20): { until: string; deadlines: Deadline[] } {
  let until: string;
  try {
    until = calendar.addWorkingDays(asOf, horizon);
  } catch (e) {
    if (e instanceof CalendarDataMissing) return { until: asOf, deadlines: [] };
    throw e;
  }
  const out: Deadline[] = [];
  const add = (x: Omit<Deadline, 'workingDaysLeft'>) => {
    if (x.date >= asOf && x.date <= until) out.push({ ...x, workingDaysLeft: calendar.workingDaysBetween(asOf, x.date) });
  };
  const uploadMax = param(profile, 'result.upload-same-day', 'specialCaseWorkingDays') as number | undefined;
  const publishMax = param(profile, 'result.publish-deadline', 'workingDays') as number | undefined;
  // The n-th working day after a check depends on its date only: worked out once per date (a province's
  // year has a million results and a few hundred check dates).
  const nthCache = new Map<number, Map<string, string | undefined>>();
  const nth = (from: string, n: number) => {
    let m = nthCache.get(n);
    if (!m) nthCache.set(n, (m = new Map()));
    if (m.has(from)) return m.get(from);
    let date: string | undefined;
    try {
      date = calendar.addWorkingDays(from, n);
    } catch (e) {
      if (!(e instanceof CalendarDataMissing)) throw e;
    }
    m.set(from, date);
    return date;
  };
  const due = (date: string | undefined) => date !== undefined && date >= asOf && date <= until;
  for (const plan of d.plans.filter((p) => p.year === d.year))
    for (const task of plan.tasks) {
      const departments = [...new Set(taskParticipants(plan, task).map((p) => p.departmentId))];
      const base = { departments, planId: plan.id, taskId: task.id };
      if (task.end) add({ ...base, date: task.end, kind: 'task-end', label: task.name, ruleId: 'plan.schedule.end-by' });
      for (const r of task.results) {
        if (!r.checkedOn) continue;
        const up = uploadMax !== undefined && !r.uploadedOn ? nth(r.checkedOn, uploadMax) : undefined;
        const pub = publishMax !== undefined && !r.publishedOn ? nth(r.checkedOn, publishMax) : undefined;
        // Most results fall due outside the window: the entry is made only for those inside it.
        if (!due(up) && !due(pub)) continue;
        const who = { ...base, objectId: r.objectId, label: `${task.name} · ${r.objectName ?? r.objectId}` };
        if (up) add({ ...who, date: up, kind: 'result-upload', ruleId: 'result.upload-same-day' });
        if (pub) add({ ...who, date: pub, kind: 'result-publish', ruleId: 'result.publish-deadline' });
      }
    }
  const dueBy = param(profile, 'plan.schedule.annual-due', 'dueBy') as string | undefined;
  if (dueBy && d.year !== undefined) {
    const filed = new Set(
      d.plans.filter((p) => p.year === d.year && p.kind === 'annual' && p.filedOn).flatMap((p) => p.participants.map((x) => x.departmentId)),
    );
    const missing = yearDepartments(d).map((x) => x.id).filter((id) => !filed.has(id));
    if (missing.length) add({ date: `${d.year}-${dueBy}`, kind: 'annual-plan-due', departments: missing, label: `${d.year} 年度抽查计划`, ruleId: 'plan.schedule.annual-due' });
  }
  out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.kind.localeCompare(b.kind)));
  return { until, deadlines: out };
}
