import type { Dossier, Plan, Task } from '../model';
import type { Subject } from '../rules/types';
import { isJointTask, taskParticipants } from '../rules/walk';
import { yearDepartments } from '../rules/year';

/** A department's part in the subject of a finding. `all` = a year-wide finding shared by every department. */
export type AttributionRole = 'lead' | 'responding' | 'department' | 'all';

export interface Attribution {
  departmentId: string;
  role: AttributionRole;
}

/** Where a plan, task or result subject sits in the dossier, for attribution and for the drill-down. */
export interface SubjectIndex {
  plans: Map<string, Plan>;
  tasks: Map<string, { plan: Plan; task: Task }>;
  /** A task's departments, worked out once for all its results (a province's year: a million results). */
  taskDepartments: WeakMap<Task, Attribution[]>;
}

export function indexSubjects(d: Dossier): SubjectIndex {
  const idx: SubjectIndex = { plans: new Map(), tasks: new Map(), taskDepartments: new WeakMap() };
  for (const plan of d.plans) {
    idx.plans.set(plan.id, plan);
    for (const task of plan.tasks) idx.tasks.set(task.id, { plan, task });
  }
  return idx;
}

/**
 * The task of a result subject (id `taskId/objectId`): the first prefix before a "/" that names a task of
 * the dossier (object ids may hold "/"). Looked up, not indexed: a million result keys cost more than they save.
 */
function taskOfResult(id: string, idx: SubjectIndex): { plan: Plan; task: Task } | undefined {
  for (let at = id.indexOf('/'); at >= 0; at = id.indexOf('/', at + 1)) {
    const t = idx.tasks.get(id.slice(0, at));
    if (t) return t;
  }
  return undefined;
}

function taskDepartments(t: { plan: Plan; task: Task }, idx: SubjectIndex): Attribution[] {
  let a = idx.taskDepartments.get(t.task);
  if (!a) idx.taskDepartments.set(t.task, (a = participantsOf(taskParticipants(t.plan, t.task), isJointTask(t.plan, t.task))));
  return a;
}

/** In a joint plan or task each department is lead or responding; in its own it is simply the department. */
function participantsOf(list: Array<{ departmentId: string; role: 'lead' | 'responding' }>, joint: boolean): Attribution[] {
  const seen = new Map<string, Attribution>();
  for (const p of list) if (!seen.has(p.departmentId)) seen.set(p.departmentId, { departmentId: p.departmentId, role: joint ? p.role : 'department' });
  return [...seen.values()];
}

/**
 * Every department a finding concerns: a department finding its department; a plan finding every
 * department of the plan (and of its tasks); a task or result finding every department taking part
 * in the task, each with its role; a year-wide (dossier) finding every department of the year.
 */
export function attribute(subject: Subject, d: Dossier, idx: SubjectIndex): Attribution[] {
  switch (subject.kind) {
    case 'department':
      return [{ departmentId: subject.id, role: 'department' }];
    case 'plan': {
      const plan = idx.plans.get(subject.id);
      return plan ? participantsOf([...plan.participants, ...plan.tasks.flatMap((t) => t.participants)], plan.scope === 'joint') : [];
    }
    case 'task': {
      const t = idx.tasks.get(subject.id);
      return t ? taskDepartments(t, idx) : [];
    }
    case 'result': {
      const t = taskOfResult(subject.id, idx);
      return t ? taskDepartments(t, idx) : [];
    }
    default:
      return yearDepartments(d).map((x) => ({ departmentId: x.id, role: 'all' as const }));
  }
}
