import type { Dossier, Task } from '../model';
import type { WorkingDayCalendar } from '../calendar';
import type { Outcome, Rule } from '../rules/types';
import { runRule } from '../rules/evaluate';
import type { TallyMemo } from './result-tally';

/**
 * What one liaison view keeps for the next of the same year, profile and day (issue 20: a file added to a year of a
 * million results re-judges what the file touches, not the year). The caller says which tasks changed since the last
 * view (`changed`: task ids or names, or 'all'); every other task's parts are reused:
 * - a result rule's counts per task, and the status of every pair of dates it has judged (result-tally.ts);
 * - the outcomes per task of a rule whose every outcome is one task's, decided by that task alone (`meta.perTask`).
 * The year's other rules (plans, departments, the year) are run again: their outcomes depend on many tasks at once,
 * and they read the year's plans and tasks, never each result.
 */
export interface ViewMemo {
  /** the year, profile and day the parts were made for: another key starts a new memo */
  readonly key: string;
  changed: Set<string> | 'all';
  reuse(task: Task): boolean;
  tally(ruleId: string): TallyMemo;
  /** a task-local rule's outcomes, the unchanged tasks' from the memo and the others' judged now */
  taskOutcomes(ruleId: string, rule: Rule, params: unknown, d: Dossier, asOf: string, calendar: WorkingDayCalendar): Outcome[] | undefined;
}

export function viewMemo(key: string): ViewMemo {
  const tallies = new Map<string, TallyMemo>();
  const outcomes = new Map<string, Map<string, Outcome[]>>();
  const memo: ViewMemo = {
    key,
    changed: 'all',
    reuse: (t) => memo.changed !== 'all' && !memo.changed.has(t.id) && !memo.changed.has(t.name),
    tally(ruleId) {
      let m = tallies.get(ruleId);
      if (!m) tallies.set(ruleId, (m = { status: new Map(), tasks: new Map(), reuse: memo.reuse }));
      return m;
    },
    taskOutcomes(ruleId, rule, params, d, asOf, calendar) {
      if (!rule.meta.perTask) return undefined;
      let kept = outcomes.get(ruleId);
      if (!kept) outcomes.set(ruleId, (kept = new Map()));
      const redo = new Set<Task>();
      for (const p of d.plans) for (const t of p.tasks) if (!memo.reuse(t) || !kept.has(t.id)) redo.add(t);
      const plans = d.plans.map((p) => ({ ...p, tasks: p.tasks.filter((t) => redo.has(t)) })).filter((p) => p.tasks.length);
      const fresh = redo.size ? runRule(rule, params, { ...d, plans }, asOf, calendar) : [];
      const byTask = new Map<string, Outcome[]>();
      for (const o of fresh) {
        // An outcome not of one of these tasks (a calendar gap) is not the rule's per-task answer: judged whole.
        if (o.subject.kind !== 'task') return undefined;
        let list = byTask.get(o.subject.id);
        if (!list) byTask.set(o.subject.id, (list = []));
        list.push(o);
      }
      for (const t of redo) kept.set(t.id, byTask.get(t.id) ?? []);
      return d.plans.flatMap((p) => p.tasks.flatMap((t) => kept.get(t.id)!));
    },
  };
  return memo;
}
