import type { DraDb } from './db';
import { allRefs, recordsAt, type RegistryDb } from './registry-db';
import { readSettings } from './settings';
import { knownDepartments, type DepartmentSighting, type KnownDepartment } from '../core/known-departments';

const texts = (v: unknown): string[] => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

const SEVERAL = /[、，,；;/]|等$/;

/** Inspectors read for their departments: a registry of inspectors is thousands of rows, never millions. */
const MAX_INSPECTORS = 200_000;

/** Every department the stored data names (registries, item lists, liaison lists, templates, settings). */
export async function gatherDepartments(db: DraDb, registries?: RegistryDb): Promise<KnownDepartment[]> {
  const seen: DepartmentSighting[] = [];
  const s = await readSettings(db);
  if (s.department) seen.push({ from: 'settings', name: s.department });
  for (const d of Object.keys(s.profileByDepartment)) seen.push({ from: 'profile', name: d });
  for (const it of [...s.itemList, ...(s.pageItemList?.items ?? [])]) {
    // 抽查主体 may name several (省、市、县市场监管部门): such a text is no one department.
    const name = it.subject && !SEVERAL.test(it.subject) ? it.subject : undefined;
    if (name || it.departmentId) seen.push({ from: 'itemList', name, code: it.departmentId });
  }
  for (const t of await db.templates.toArray()) seen.push({ from: 'templates', name: t.department });
  await db.liaisonRecords
    .where('kind')
    .anyOf('plan', 'task')
    .each((r) => {
      for (const n of [...texts(r.values.lead), ...texts(r.values.departments)]) seen.push({ from: 'liaison', name: n });
    });
  const meta = registries ? await registries.registries.get('inspectors') : undefined;
  if (registries && meta && meta.count <= MAX_INSPECTORS) {
    for (const i of (await recordsAt(registries, 'inspectors', meta.activeGen, allRefs(meta.sizes))) as Array<{ departmentId?: string }>) {
      if (i.departmentId) seen.push({ from: 'registry', code: i.departmentId });
    }
  }
  return knownDepartments(seen);
}
