import { msg } from '../../../i18n';
import { Dossier, type CheckResult, type DossierInput, type PlanInput } from '../../model';
import { fastCheckResult } from './fast-result';
import type { CellValue } from './cells';
import type { ListRecord, ReadSheet, Refusal, SheetAccount } from './read-rows';

type TaskInput = NonNullable<PlanInput['tasks']>[number];
type ResultInput = NonNullable<TaskInput['results']>[number];

export interface ImportAccount {
  sheets: SheetAccount[];
  /** rows refused while linking (a task with no plan, a result with no task, a duplicate id) */
  linking: Refusal[];
  totals: { read: number; kept: number; refused: number };
}

export interface ImportResult {
  dossier: Dossier;
  account: ImportAccount;
}

const str = (v: CellValue) => (typeof v === 'string' ? v : undefined);
const list = (v: CellValue) => (Array.isArray(v) ? v : []);
const period = (v: CellValue) => (v && typeof v === 'object' && !Array.isArray(v) ? v : {});

/** Departments are known by the names the platform shows; the name is the id. */
function participants(lead: string | undefined, all: string[]) {
  const names = [...new Set([...(lead ? [lead] : []), ...all])];
  return names.map((n, i) => ({ departmentId: n, name: n, role: i === 0 ? ('lead' as const) : ('responding' as const) }));
}

/**
 * Put the rows of plan, task and result lists together as one year's dossier: tasks under their
 * plan (by plan number, else name; tasks naming none go under one stand-in plan of the year),
 * results under their task (by task number, else name). A row that cannot be placed is refused
 * with its source and row number, never dropped silently.
 */
export function assembleDossier(sheets: ReadSheet[], opts: { year?: number; asOf?: string } = {}): ImportResult {
  const linking: Refusal[] = [];
  const rec = (kind: string) => sheets.filter((s) => s.spec?.kind === kind).flatMap((s) => s.records.map((r) => ({ source: s.account.source, r })));
  const plans = new Map<string, PlanInput & { tasks: TaskInput[] }>();
  const planByName = new Map<string, string>();
  const firstRow = new Map<string, string>();
  const dup = (key: string, source: string, r: ListRecord, what: string) => {
    const seen = firstRow.get(key);
    if (seen) {
      linking.push({ source, row: r.row, reason: msg('lists.duplicate', { what, seen }) });
      return true;
    }
    firstRow.set(key, `${source}:${r.row}`);
    return false;
  };

  for (const { source, r } of rec('plan')) {
    const v = r.values;
    const id = str(v.id) ?? str(v.name)!;
    if (dup(`plan:${id}`, source, r, `抽查计划「${id}」`)) continue;
    const p = period(v.period);
    const kind = (str(v.kind) ?? 'annual') as 'annual' | 'temporary';
    const deps = list(v.departments);
    plans.set(id, {
      id,
      name: str(v.name)!,
      year: v.year as number,
      kind,
      scope: (str(v.scope) ?? (deps.length > 1 ? 'joint' : 'own')) as 'own' | 'joint',
      participants: participants(undefined, deps),
      responsibleUnit: str(v.responsibleUnit),
      documentNumber: str(v.documentNumber),
      start: p.start,
      end: p.end,
      filedOn: str(v.filedOn),
      directed: v.directed === undefined ? undefined : v.directed === 'true',
      temporary: kind === 'temporary' ? { legalBasis: str(v.legalBasis), approval: str(v.approvedBy) ? { by: str(v.approvedBy)! } : undefined } : undefined,
      tasks: [],
    });
    planByName.set(str(v.name)!, id);
  }

  const taskYear = (t: TaskInput) => Number((t.end ?? t.start ?? '').slice(0, 4)) || opts.year;
  const tasks = new Map<string, TaskInput>();
  const taskByName = new Map<string, string>();
  for (const { source, r } of rec('task')) {
    const v = r.values;
    const id = str(v.id) ?? str(v.name)!; // a task not yet numbered is known by its name
    if (dup(`task:${id}`, source, r, `任务编号「${id}」`)) continue;
    const p = period(v.period);
    const parts = participants(str(v.lead), list(v.departments));
    const task: TaskInput = {
      id,
      name: str(v.name)!,
      scope: (str(v.scope) ?? (parts.length > 1 ? 'joint' : 'own')) as 'own' | 'joint',
      source: str(v.source) as TaskInput['source'],
      participants: parts,
      start: p.start,
      end: p.end,
      directed: v.directed === undefined ? undefined : v.directed === 'true',
      plannedChecks: typeof v.plannedChecks === 'number' ? v.plannedChecks : undefined,
      outsidePlan: typeof v.outsidePlan === 'boolean' ? v.outsidePlan : undefined,
      results: [],
    };
    const planRef = str(v.planId) ?? str(v.planName);
    let planId = planRef && (plans.has(planRef) ? planRef : planByName.get(planRef));
    if (planRef && !planId) {
      linking.push({ source, row: r.row, reason: msg('lists.planMissing', { plan: planRef }) });
      continue;
    }
    if (!planId) {
      // The platform's task list names no plan: keep the task under a stand-in plan of its year.
      const y = taskYear(task);
      if (!y) {
        linking.push({ source, row: r.row, reason: msg('lists.noYear') });
        continue;
      }
      planId = `未关联计划-${y}`;
      if (!plans.has(planId)) plans.set(planId, { id: planId, name: `${y} 年未关联计划的任务`, year: y, kind: 'annual', tasks: [] });
    }
    plans.get(planId)!.tasks.push(task);
    tasks.set(id, task);
    taskByName.set(task.name, id);
  }

  // A result's task and object, first seen at which of the result rows (a year has a million: no key string each).
  const resultRows = rec('result');
  const seenResult = new Map<string, Map<string, number>>();
  resultRows.forEach(({ source, r }, at) => {
    const v = r.values;
    const ref = str(v.taskId) ?? str(v.taskName);
    const taskId = ref && (tasks.has(ref) ? ref : taskByName.get(ref));
    if (!taskId) {
      linking.push({ source, row: r.row, reason: ref ? msg('lists.taskMissing', { task: ref }) : msg('lists.noTask') });
      return;
    }
    const objectId = str(v.objectId)!;
    let objects = seenResult.get(taskId);
    if (!objects) seenResult.set(taskId, (objects = new Map()));
    const first = objects.get(objectId);
    if (first !== undefined) {
      const seen = `${resultRows[first].source}:${resultRows[first].r.row}`;
      linking.push({ source, row: r.row, reason: msg('lists.duplicate', { what: `任务「${taskId}」对象「${objectId}」的结果`, seen }) });
      return;
    }
    objects.set(objectId, at);
    const result: ResultInput = {
      objectId,
      objectName: str(v.objectName),
      category: str(v.category),
      inspectorIds: list(v.inspectors),
      checkedOn: str(v.checkedOn),
      uploadedOn: str(v.uploadedOn),
      uploadDelayReason: str(v.uploadDelayReason),
      publishedOn: str(v.publishedOn),
    };
    const method = str(v.method);
    if (method) (result as Record<string, unknown>).method = method;
    tasks.get(taskId)!.results!.push(result);
  });

  const planList = [...plans.values()];
  const year = opts.year ?? mostCommon(planList.map((p) => p.year));
  const names = [...new Set(planList.flatMap((p) => [...(p.participants ?? []), ...p.tasks.flatMap((t) => t.participants ?? [])]).map((x) => x.departmentId))];
  const dossier = parseDossier({ year, asOf: opts.asOf, departments: names.map((n) => ({ id: n, name: n })), plans: planList });
  const refused = sheets.reduce((n, s) => n + s.account.refused.length, 0) + linking.length;
  const read = sheets.reduce((n, s) => n + s.account.read, 0);
  return { dossier, account: { sheets: sheets.map((s) => s.account), linking, totals: { read, kept: read - refused, refused } } };
}

function mostCommon(xs: number[]): number | undefined {
  const n = new Map<number, number>();
  for (const x of xs) n.set(x, (n.get(x) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
}

/**
 * Dossier.parse, with the results (a province's year: a million) checked by fastCheckResult and the rest by zod.
 * If any result is one the fast check is not sure of, the whole dossier goes to zod as before (same errors).
 */
function parseDossier(input: Omit<DossierInput, 'plans'> & { plans: Array<PlanInput & { tasks: TaskInput[] }> }): Dossier {
  const checked: CheckResult[][] = [];
  for (const p of input.plans)
    for (const t of p.tasks) {
      const results: CheckResult[] = [];
      for (const r of t.results ?? []) {
        const ok = fastCheckResult(r as Record<string, unknown>);
        if (!ok) return Dossier.parse(input);
        results.push(ok);
      }
      checked.push(results);
    }
  const d = Dossier.parse({ ...input, plans: input.plans.map((p) => ({ ...p, tasks: p.tasks.map((t) => ({ ...t, results: [] })) })) });
  let k = 0;
  for (const p of d.plans) for (const t of p.tasks) t.results = checked[k++];
  return d;
}
