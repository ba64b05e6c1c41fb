import { libraryLists } from '../strategy-pool';
import { json, type Handler } from './common';

/**
 * The sandbox's stand-in for the registries a user imports (the platform exports them as Excel): the
 * object and inspector registries, the 专项库 as object lists and the task's departments, as the
 * model's JSON, for the overlay's draw preview. Only the sandbox serves this.
 */
export const registryExport: Handler = (store, req) => {
  const t = store.task(req.query.get('taskId') ?? undefined);
  const libraries = libraryLists(store.data);
  const lead = t?.participants.find((p) => p.role === 'lead')?.departmentId;
  const departments = t ? [...(lead ? [lead] : []), ...t.participants.filter((p) => p.departmentId !== lead).map((p) => p.departmentId)] : undefined;
  return json({ source: 'sandbox', objects: store.data.objects, inspectors: store.data.inspectors, libraries, departments });
};
