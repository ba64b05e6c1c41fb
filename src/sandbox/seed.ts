/**
 * The sandbox's seed data: departments, an item list with its 专项库, 3,000 objects, 100 inspectors,
 * and a year (2026) of plans, tasks and results in various states, some compliant and some not.
 * Generated deterministically so `--reset` always restores the same training copy.
 */
import { generateInspectors, generateObjects } from './generate-registries';
import { DEPARTMENTS, ITEMS, LIBRARIES } from './seed-items';
import { seedPlans, seedTasks } from './seed-plans';
import { enrichInspectors, enrichObjects } from './seed-registries';
import { DATA_VERSION, type SandboxData } from './store-types';

export { DEPARTMENTS, ITEMS, LIBRARIES };

export function seedData(): SandboxData {
  const objects = enrichObjects(generateObjects(3000, 2026), 2027);
  const itemsOf = (departmentId: string) => ITEMS.filter((i) => i.departmentId === departmentId).map((i) => i.id);
  const inspectors = enrichInspectors(generateInspectors(100, DEPARTMENTS.map((d) => d.id), 2026, 3000), itemsOf, 2028);
  // Deep copies: the store mutates its data, the module constants must stay the seed.
  const clone = <T>(v: T): T => structuredClone(v);
  return {
    version: DATA_VERSION,
    today: '2026-11-23',
    departments: clone(DEPARTMENTS),
    items: clone(ITEMS),
    libraries: clone(LIBRARIES),
    objects,
    inspectors,
    plans: seedPlans(),
    tasks: seedTasks(objects, inspectors),
  };
}
