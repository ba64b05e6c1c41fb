import type { CheckItem, CheckResult, Dossier, Plan, PlanItem, Task } from '../model';
import type { Outcome, Subject } from './types';
import { CalendarDataMissing } from '../calendar/working-days';
import { shareData } from './date-pair-cache';

/** Paths into the dossier, as findings name fields (plans[0].tasks[1].end). */
export interface PlanRef { plan: Plan; path: string }
export interface TaskRef { plan: Plan; task: Task; path: string }
export interface ResultRef { plan: Plan; task: Task; result: CheckResult; path: string }

export function eachPlan(d: Dossier): PlanRef[] {
  return d.plans.map((plan, i) => ({ plan, path: `plans[${i}]` }));
}

export function eachTask(d: Dossier): TaskRef[] {
  return eachPlan(d).flatMap(({ plan, path }) => plan.tasks.map((task, j) => ({ plan, task, path: `${path}.tasks[${j}]` })));
}

export function eachResult(d: Dossier): ResultRef[] {
  return eachTask(d).flatMap(({ plan, task, path }) =>
    task.results.map((result, k) => ({ plan, task, result, path: `${path}.results[${k}]` })),
  );
}

export const planSubject = (p: Plan): Subject => ({ kind: 'plan', id: p.id, label: p.name });
export const taskSubject = (t: Task): Subject => ({ kind: 'task', id: t.id, label: t.name });
export const resultSubject = (t: Task, r: CheckResult): Subject => ({
  kind: 'result',
  id: `${t.id}/${r.objectId}`,
  label: r.objectName ?? r.objectId,
});

/** A plan's or task's item with what the item list says of it; inline fields win over the list. */
export interface ResolvedItem extends PlanItem {
  listed?: CheckItem;
}

export function resolveItem(d: Dossier, item: PlanItem): ResolvedItem {
  const listed = d.itemList?.find((c) => c.id === item.itemId);
  return {
    listed,
    ...item,
    name: item.name ?? listed?.name,
    kind: item.kind ?? listed?.kind,
    legalBasis: item.legalBasis ?? listed?.legalBasis,
    subject: item.subject ?? listed?.subject,
    content: item.content ?? listed?.content,
    method: item.method ?? listed?.method,
    inList: item.inList ?? (d.itemList ? !!listed && listed.inList !== false : undefined),
  };
}

/** An "incomplete" outcome naming what is missing; `what` is the path of the absent field. */
export function missing(subject: Subject, what: string, fields: string[] = [what]): Outcome {
  return { status: 'incomplete', messageId: 'missing', data: { what }, fields, subject };
}

export const pass = (subject: Subject, fields?: string[]): Outcome => ({ status: 'pass', subject, fields });

export function fail(subject: Subject, messageId: string, data?: Outcome['data'], fields?: string[]): Outcome {
  return { status: 'fail', messageId, data, fields, subject };
}

/** Distinct ids, in first-seen order. */
export function distinct<T>(xs: Iterable<T>): T[] {
  return [...new Set(xs)];
}

/** Every inspector a plan assigns: stated on the plan, on its tasks, and in their draws. */
export function planInspectorIds(plan: Plan): string[] {
  return distinct([
    ...(plan.inspectorIds ?? []),
    ...plan.tasks.flatMap((t) => [...t.inspectorIds, ...(t.draw?.assignments ?? []).flatMap((a) => a.inspectorIds)]),
  ]);
}

/** Every item a plan or task uses, resolved against the item list, with its path. */
export interface ItemRef {
  plan: Plan;
  task?: Task;
  item: ResolvedItem;
  path: string;
  subject: Subject;
}

export function eachItem(d: Dossier): ItemRef[] {
  const out: ItemRef[] = [];
  for (const { plan, path } of eachPlan(d)) {
    plan.items.forEach((it, i) => {
      const item = resolveItem(d, it);
      out.push({ plan, item, path: `${path}.items[${i}]`, subject: { kind: 'plan', id: plan.id, label: plan.name } });
    });
    plan.tasks.forEach((task, j) =>
      task.items.forEach((it, i) => {
        const item = resolveItem(d, it);
        out.push({ plan, task, item, path: `${path}.tasks[${j}].items[${i}]`, subject: taskSubject(task) });
      }),
    );
  }
  return out;
}

export const itemLabel = (item: PlanItem): string => item.name ?? item.itemId;

/** A task's departments: its own list, or its plan's when the task names none. */
export function taskParticipants(plan: Plan, task: Task) {
  return task.participants.length ? task.participants : plan.participants;
}

/** A task is joint when it says so, or when it says nothing and its plan is joint. */
export function isJointTask(plan: Plan, task: Task): boolean {
  return (task.scope ?? plan.scope) === 'joint';
}

/** Inspectors of the registry by id (undefined when the dossier has no registry). */
export function inspectorIndex(d: Dossier) {
  return d.inspectors ? new Map(d.inspectors.map((i) => [i.id, i])) : undefined;
}

export function objectIndex(d: Dossier) {
  return d.objects ? new Map(d.objects.map((o) => [o.id, o])) : undefined;
}

/** A decision made without its subject, so subjects with the same data share it (and its message): undefined is a pass. */
export type Decision = { status: 'fail' | 'incomplete'; messageId: string; data?: Outcome['data'] } | undefined;

/** perSubject's counterpart for a shared decision: a year without holiday data decides "incomplete", not a crash. */
export type Said = { messageId: string; data?: Outcome['data'] } | undefined;
export function decide(check: () => Said): Decision {
  try {
    const r = check();
    return r && { status: 'fail', messageId: r.messageId, data: r.data && shareData(r.data) };
  } catch (e) {
    if (!(e instanceof CalendarDataMissing)) throw e;
    return { status: 'incomplete', messageId: 'calendarMissing', data: shareData({ year: e.year }) };
  }
}

/** A year without holiday data leaves this one subject undecided, not the whole rule. */
export function perSubject(s: Subject, field: string, decide: () => Outcome): Outcome {
  try {
    return decide();
  } catch (e) {
    if (!(e instanceof CalendarDataMissing)) throw e;
    return { status: 'incomplete', messageId: 'calendarMissing', data: { year: e.year }, fields: [field], subject: s };
  }
}
