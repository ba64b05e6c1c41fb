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
  /** result subject id (`taskId/objectId`) → its task */
  results: Map<string, { plan: Plan; task: Task }>;
}

export function indexSubjects(d: Dossier): SubjectIndex {
  const idx: SubjectIndex = { plans: new Map(), tasks: new Map(), results: new Map() };
  for (const plan of d.plans) {
    idx.plans.set(plan.id, plan);
    for (const task of plan.tasks) {
      idx.tasks.set(task.id, { plan, task });
      for (const r of task.results) idx.results.set(`${task.id}/${r.objectId}`, { plan, task });
    }
  }
  return idx;
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
      return t ? participantsOf(taskParticipants(t.plan, t.task), isJointTask(t.plan, t.task)) : [];
    }
    case 'result': {
      const t = idx.results.get(subject.id);
      return t ? participantsOf(taskParticipants(t.plan, t.task), isJointTask(t.plan, t.task)) : [];
    }
    default:
      return yearDepartments(d).map((x) => ({ departmentId: x.id, role: 'all' as const }));
  }
}
