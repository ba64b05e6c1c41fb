import type { Dossier, ObjectRecord, Task } from '../model';
import { ObjectRecord as ObjectSchema } from '../model';
import { fastObjectRecord } from '../draw/fast-rows';
import { idsSeenMoreThan } from './ids-seen-often';

/**
 * Results read from list exports carry no draw and no object registry, so strategy.entity-frequency
 * would have nothing to judge. Rebuild what it needs from the year's results: every task's checked
 * objects become its drawn objects, and an object checked more than `maxPerYear` times in the year
 * (in order of check date) counts, in the tasks of its surplus checks, as already checked
 * `maxPerYear` times; in its other tasks it is not counted. A dossier that has a registry or draws
 * of its own is left as it is.
 *
 * With `compact` (the liaison view), a task with no surplus check draws only its first checked object: the rule's
 * outcome is the same (a pass), and a province's year makes ten thousand records instead of a million.
 *
 * Linear in the results: only the checks of objects seen more than `maxPerYear` times are put in
 * date order (a province's year has a million results, almost all of objects checked once).
 */
export function withCheckFrequency(d: Dossier, maxPerYear: number, opts: { compact?: boolean } = {}): Dossier {
  if (d.objects || d.plans.some((p) => p.tasks.some((t) => t.draw))) return d;
  const inYear = `${d.year}-`;
  const checked: string[] = [];
  for (const p of d.plans)
    for (const t of p.tasks)
      for (const r of t.results) if (r.checkedOn?.startsWith(inYear)) checked.push(r.objectId);
  const often = idsSeenMoreThan(checked, maxPerYear);
  const surplus = new Set<string>(); // `${taskId}\n${objectId}`
  const surplusTasks = new Set<string>();
  if (often.size) {
    const checks: Array<{ taskId: string; objectId: string; on: string }> = [];
    for (const p of d.plans)
      for (const t of p.tasks)
        for (const r of t.results) if (often.has(r.objectId) && r.checkedOn?.startsWith(inYear)) checks.push({ taskId: t.id, objectId: r.objectId, on: r.checkedOn });
    // A stable sort: checks of the same day keep the dossier's order, as before.
    checks.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
    const seen = new Map<string, number>();
    for (const c of checks) {
      const n = (seen.get(c.objectId) ?? 0) + 1;
      seen.set(c.objectId, n);
      if (n > maxPerYear) {
        surplus.add(`${c.taskId}\n${c.objectId}`);
        surplusTasks.add(c.taskId);
      }
    }
  }
  const objects = new Map<string, ObjectRecord>();
  const record = (id: string, name: string, count: number) => {
    const row = { id, name, checksThisYear: count };
    return fastObjectRecord(row) ?? ObjectSchema.parse(row);
  };
  const plans = d.plans.map((p) => ({
    ...p,
    tasks: p.tasks.map((t) => {
      if (opts.compact && !surplusTasks.has(t.id)) return compactDraw(t);
      // The name an object goes by in the task: its first result's.
      const names = new Map<string, string | undefined>();
      const ids: string[] = [];
      for (const r of t.results) {
        if (!names.has(r.objectId)) names.set(r.objectId, r.objectName);
        if (r.checkedOn?.startsWith(inYear)) ids.push(r.objectId);
      }
      if (!ids.length) return t;
      const drawn: string[] = [];
      for (const id of new Set(ids)) {
        const over = surplus.has(`${t.id}\n${id}`);
        const key = over ? `${id}#${maxPerYear}` : id;
        if (!objects.has(key)) objects.set(key, record(key, names.get(id) ?? id, over ? maxPerYear : 0));
        drawn.push(key);
      }
      return { ...t, draw: { reruns: [], objectIds: drawn, assignments: [], replacements: [], exclusions: [] } };
    }),
  }));
  return { ...d, plans, objects: [...objects.values()] };

  // A task none of whose objects is over the limit passes strategy.entity-frequency whatever it drew: with
  // `compact`, its draw is its first checked object only (a million results need not become a million records).
  function compactDraw(t: Task): Task {
    const first = t.results.find((r) => r.checkedOn?.startsWith(inYear));
    if (!first) return t;
    const id = first.objectId;
    if (!objects.has(id)) objects.set(id, record(id, t.results.find((r) => r.objectId === id)!.objectName ?? id, 0));
    return { ...t, draw: { reruns: [], objectIds: [id], assignments: [], replacements: [], exclusions: [] } };
  }
}
