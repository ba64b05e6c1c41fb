import type { Dossier, ObjectRecord } from '../model';
import { ObjectRecord as ObjectSchema } from '../model';

/**
 * Results read from list exports carry no draw and no object registry, so strategy.entity-frequency
 * would have nothing to judge. Rebuild what it needs from the year's results: every task's checked
 * objects become its drawn objects, and an object checked more than `maxPerYear` times in the year
 * (in order of check date) counts, in the tasks of its surplus checks, as already checked
 * `maxPerYear` times; in its other tasks it is not counted. A dossier that has a registry or draws
 * of its own is left as it is.
 */
export function withCheckFrequency(d: Dossier, maxPerYear: number): Dossier {
  if (d.objects || d.plans.some((p) => p.tasks.some((t) => t.draw))) return d;
  const checks: Array<{ taskId: string; objectId: string; on: string; industry?: string; name?: string }> = [];
  for (const p of d.plans)
    for (const t of p.tasks)
      for (const r of t.results) if (r.checkedOn?.startsWith(`${d.year}-`)) checks.push({ taskId: t.id, objectId: r.objectId, on: r.checkedOn, name: r.objectName });
  checks.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  const seen = new Map<string, number>();
  const surplus = new Set<string>(); // `${taskId}\n${objectId}`
  for (const c of checks) {
    const n = (seen.get(c.objectId) ?? 0) + 1;
    seen.set(c.objectId, n);
    if (n > maxPerYear) surplus.add(`${c.taskId}\n${c.objectId}`);
  }
  const objects = new Map<string, ObjectRecord>();
  const record = (id: string, name: string | undefined, count: number) => ObjectSchema.parse({ id, name, checksThisYear: count });
  const plans = d.plans.map((p) => ({
    ...p,
    tasks: p.tasks.map((t) => {
      const ids = [...new Set(t.results.filter((r) => r.checkedOn?.startsWith(`${d.year}-`)).map((r) => r.objectId))];
      if (!ids.length) return t;
      const drawn: string[] = [];
      for (const id of ids) {
        const over = surplus.has(`${t.id}\n${id}`);
        const key = over ? `${id}#${maxPerYear}` : id;
        if (!objects.has(key)) objects.set(key, record(key, t.results.find((r) => r.objectId === id)?.objectName ?? id, over ? maxPerYear : 0));
        drawn.push(key);
      }
      return { ...t, draw: { reruns: [], objectIds: drawn, assignments: [], replacements: [], exclusions: [] } };
    }),
  }));
  return { ...d, plans, objects: [...objects.values()] };
}
