import type { Dossier, Plan, Task } from '../model';
import type { WorkingDayCalendar } from '../calendar';
import type { Rule, Severity } from '../rules/types';
import { runRule, toFinding } from '../rules/evaluate';
import { attribute, type Attribution, type SubjectIndex } from './attribute';
import type { CellSubject } from './matrix';
import type { ResultTally } from './result-tally';

export interface ResultPagerInput {
  rule: Rule;
  params: unknown;
  severity: Severity;
  /** the year's dossier the matrix was built from */
  d: Dossier;
  idx: SubjectIndex;
  /** the departments of each task's results, in the dossier's order of tasks */
  taskDeps: Attribution[][];
  /** the rule's outcomes counted per task (result-tally.ts) */
  tally: ResultTally;
  asOf: string;
  calendar: WorkingDayCalendar;
}

/**
 * Pages of a result rule's cells without its findings for the whole year: the tally says how many results of each
 * task are not passed, so the tasks holding subjects [from, from + count) of a department are known, and the rule is
 * run over those tasks alone (a result rule's outcome depends on the result only: result-tally.ts). Undefined from
 * the pager when the run does not give the counted outcomes; the caller then pages the full list.
 */
export function resultPager(x: ResultPagerInput): (dep: string, from: number, count: number) => CellSubject[] | undefined {
  const flat: Array<{ plan: Plan; task: Task }> = x.d.plans.flatMap((plan) => plan.tasks.map((task) => ({ plan, task })));
  const listed = (t: number) => x.tally.fail[t] + x.tally.incomplete[t];
  const byDep = new Map<string, number[]>();
  return (dep, from, count) => {
    let tasks = byDep.get(dep);
    if (!tasks) byDep.set(dep, (tasks = flat.map((_, t) => t).filter((t) => listed(t) > 0 && x.taskDeps[t].some((a) => a.departmentId === dep))));
    // The tasks covering the page, and how many of the first one's subjects come before it.
    let at = 0;
    let i = 0;
    while (i < tasks.length && at + listed(tasks[i]) <= from) at += listed(tasks[i++]);
    const skip = from - at;
    const chosen = new Set<Task>();
    let expected = 0;
    for (; i < tasks.length && expected - skip < count; i++) {
      chosen.add(flat[tasks[i]].task);
      expected += listed(tasks[i]);
    }
    // The page's tasks as a dossier of their own, with where each plan and task sits in the year's (for the fields' paths).
    const where: Array<{ plan: number; tasks: number[] }> = [];
    const plans: Plan[] = [];
    x.d.plans.forEach((p, pi) => {
      const tasks: number[] = [];
      p.tasks.forEach((t, ti) => chosen.has(t) && tasks.push(ti));
      if (!tasks.length) return;
      where.push({ plan: pi, tasks });
      plans.push({ ...p, tasks: tasks.map((ti) => p.tasks[ti]) });
    });
    const path = (f: string) =>
      f.replace(/^plans\[(\d+)\](?:\.tasks\[(\d+)\])?/, (whole, pi: string, ti?: string) => {
        const w = where[Number(pi)];
        if (!w) return whole;
        return ti === undefined ? `plans[${w.plan}]` : `plans[${w.plan}].tasks[${w.tasks[Number(ti)] ?? ti}]`;
      });
    const outcomes = runRule(x.rule, x.params, { ...x.d, plans }, x.asOf, x.calendar).filter((o) => o.status !== 'pass');
    if (outcomes.length !== expected) return undefined;
    const out: CellSubject[] = [];
    for (const o0 of outcomes.slice(skip, skip + count)) {
      const o = o0.fields ? { ...o0, fields: o0.fields.map(path) } : o0;
      const a = attribute(o.subject, x.d, x.idx).find((y) => y.departmentId === dep);
      if (!a) return undefined;
      out.push({ subject: o.subject, role: a.role, status: o.status as 'fail' | 'incomplete', finding: toFinding(x.rule, x.severity, o) });
    }
    return out;
  };
}
