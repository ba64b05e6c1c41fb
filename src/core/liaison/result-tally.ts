import type { CheckResult, Dossier, Task } from '../model';
import type { WorkingDayCalendar } from '../calendar';
import type { Rule } from '../rules/types';
import { runRule } from '../rules/evaluate';

/**
 * Result rules whose outcome depends only on what these fields of the result say (its dates, whether a reason is
 * written), never on which object or task it is: the status of a million results is then the status of the few
 * thousand distinct field pairs, each decided once by the rule's own check. The pair is [first, second].
 */
const DECIDED_BY: Record<string, (r: CheckResult) => [string, string]> = {
  'result.publish-deadline': (r) => [r.checkedOn ?? '', r.publishedOn ?? ''],
  'result.upload-same-day': (r) => [r.checkedOn ?? '', r.uploadDelayReason?.trim() ? `${r.uploadedOn ?? ''}\n+` : (r.uploadedOn ?? '')],
};

/** Outcomes counted per task of the dossier (in the order of its plans and their tasks). */
export interface ResultTally {
  pass: Int32Array;
  fail: Int32Array;
  incomplete: Int32Array;
}

const STATUS = { pass: 0, fail: 1, incomplete: 2 } as const;

/**
 * What a rule's tally keeps from one view to the next (view-memo.ts): the status of every pair already judged, and
 * the counts of every task, reused for the tasks `reuse` names (their results did not change).
 */
export interface TallyMemo {
  status: Map<string, Map<string, number>>;
  tasks: Map<string, [number, number, number]>;
  reuse(task: Task): boolean;
}

/**
 * Count a result rule's outcomes per task without an outcome per result: the rule judges one stand-in result per
 * distinct pair of the fields it reads, and every result counts as its pair's stand-in. Undefined when the rule is
 * not one of these, or its outcomes are not one per stand-in (a calendar gap: the caller then runs the rule itself).
 */
export function tallyResults(ruleId: string, rule: Rule, params: unknown, d: Dossier, asOf: string, calendar: WorkingDayCalendar, memo?: TallyMemo): ResultTally | undefined {
  const keyOf = DECIDED_BY[ruleId];
  if (!keyOf) return undefined;
  // A task the memo holds keeps its counts; each result of the others points at a stand-in to judge, or (as -1 -
  // status) at a pair the memo has judged before.
  const list: Task[] = [];
  let results = 0;
  for (const p of d.plans)
    for (const t of p.tasks) {
      list.push(t);
      if (!(memo?.reuse(t) && memo.tasks.has(t.id))) results += t.results.length;
    }
  const known = memo?.status ?? new Map<string, Map<string, number>>();
  const pairOf = new Int32Array(results); // a stand-in's index, or -1 - status for a pair the memo knows
  const standIns: CheckResult[] = [];
  const keys: Array<[string, string]> = [];
  const slots = new Map<string, Map<string, number>>();
  let k = 0;
  for (const t of list) {
    if (memo?.reuse(t) && memo.tasks.has(t.id)) continue;
    for (const r of t.results) {
      const [a, b] = keyOf(r);
      const s = known.get(a)?.get(b);
      if (s !== undefined) {
        pairOf[k++] = -1 - s;
        continue;
      }
      let m = slots.get(a);
      if (!m) slots.set(a, (m = new Map()));
      let at = m.get(b);
      if (at === undefined) {
        m.set(b, (at = standIns.length));
        standIns.push({ ...r, objectId: String(at) });
        keys.push([a, b]);
      }
      pairOf[k++] = at;
    }
  }
  const status = standIns.length ? judgeStandIns(rule, params, d, standIns, asOf, calendar) : new Uint8Array(0);
  if (!status) return undefined;
  if (memo)
    keys.forEach(([a, b], i) => {
      let m = known.get(a);
      if (!m) known.set(a, (m = new Map()));
      m.set(b, status[i]);
    });
  const tally: ResultTally = { pass: new Int32Array(list.length), fail: new Int32Array(list.length), incomplete: new Int32Array(list.length) };
  const by = [tally.pass, tally.fail, tally.incomplete];
  k = 0;
  list.forEach((t, task) => {
    const kept = memo?.reuse(t) ? memo.tasks.get(t.id) : undefined;
    if (kept) {
      for (let s = 0; s < 3; s++) by[s][task] = kept[s];
      return;
    }
    for (let i = 0; i < t.results.length; i++) {
      const at = pairOf[k++];
      by[at < 0 ? -1 - at : status[at]][task]++;
    }
    memo?.tasks.set(t.id, [tally.pass[task], tally.fail[task], tally.incomplete[task]]);
  });
  return tally;
}

/** The status of each stand-in, judged by the rule as one task of the dossier holding them all. */
function judgeStandIns(rule: Rule, params: unknown, d: Dossier, standIns: CheckResult[], asOf: string, calendar: WorkingDayCalendar): Uint8Array | undefined {
  const plan = d.plans.find((p) => p.tasks.length)!;
  const task = { ...plan.tasks[0], results: standIns };
  const outcomes = runRule(rule, params, { ...d, plans: [{ ...plan, tasks: [task] }] }, asOf, calendar);
  if (outcomes.length !== standIns.length) return undefined;
  const status = new Uint8Array(standIns.length);
  const seen = new Uint8Array(standIns.length);
  const prefix = `${task.id}/`;
  for (const o of outcomes) {
    const at = o.subject.kind === 'result' && o.subject.id.startsWith(prefix) ? Number(o.subject.id.slice(prefix.length)) : NaN;
    if (!(at >= 0 && at < standIns.length) || seen[at]) return undefined;
    seen[at] = 1;
    status[at] = STATUS[o.status as keyof typeof STATUS];
  }
  return status;
}
