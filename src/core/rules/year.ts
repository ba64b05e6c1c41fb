import type { Dossier, Plan, Task } from '../model';
import { taskParticipants, isJointTask } from './walk';

/** The year's tasks (抽查 = one task), with whether each is joint and who takes part. */
export interface YearTask {
  plan: Plan;
  task: Task;
  path: string;
  joint: boolean;
  departments: string[];
}

export function yearTasks(d: Dossier): YearTask[] {
  const out: YearTask[] = [];
  d.plans.forEach((plan, i) => {
    if (plan.year !== d.year) return;
    plan.tasks.forEach((task, j) =>
      out.push({
        plan,
        task,
        path: `plans[${i}].tasks[${j}]`,
        joint: isJointTask(plan, task),
        departments: [...new Set(taskParticipants(plan, task).map((p) => p.departmentId))],
      }),
    );
  });
  return out;
}

/** The departments a year is judged for: the dossier's list, or every one seen in the year's plans. */
export function yearDepartments(d: Dossier): Array<{ id: string; name?: string }> {
  if (d.departments?.length) return d.departments.map((x) => ({ id: x.id, name: x.name }));
  const seen = new Map<string, string | undefined>();
  for (const plan of d.plans.filter((p) => p.year === d.year))
    for (const p of [...plan.participants, ...plan.tasks.flatMap((t) => t.participants)]) if (!seen.has(p.departmentId)) seen.set(p.departmentId, p.name);
  return [...seen].map(([id, name]) => ({ id, name }));
}
