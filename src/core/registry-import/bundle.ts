import type { RegistryBundle } from '../draw/bundle';
import type { Inspector, ObjectRecord } from '../model';

/** What the extension holds from imports, as the background hands it to a page. */
export interface ImportedRegistries {
  objects: ObjectRecord[];
  inspectors: Inspector[];
  hasObjects: boolean;
  hasInspectors: boolean;
  updatedAt?: string;
}

/**
 * The registries a draw preview runs on when the user has imported them: each imported list replaces
 * the served one; the platform's 专项库 and the task's departments still come from the page's source,
 * their object ids re-keyed through the code (imported objects are keyed by USCC / registration number).
 * A 专项库 holding every object the platform serves is its whole registry (the sandbox's 检查对象名录库（全部）):
 * it becomes every imported object, not just those the platform happens to serve.
 */
export function withImported(served: RegistryBundle | undefined, imported: ImportedRegistries, label: string): RegistryBundle {
  const objects = imported.hasObjects ? imported.objects : (served?.objects ?? []);
  const inspectors = imported.hasInspectors ? imported.inspectors : (served?.inspectors ?? []);
  let libraries = served?.libraries ?? [];
  if (imported.hasObjects && served) {
    const have = new Set(objects.map((o) => o.id));
    const codeOf = new Map(served.objects.map((o) => [o.id, o.uscc ?? o.idNumber ?? o.id]));
    const whole = (l: { objectIds: string[] }) => served.objects.length > 0 && new Set(l.objectIds).size === served.objects.length && l.objectIds.every((id) => codeOf.has(id));
    libraries = libraries.map((l) => ({ ...l, objectIds: whole(l) ? [...have] : l.objectIds.map((id) => codeOf.get(id) ?? id).filter((id) => have.has(id)) }));
  }
  return { source: label, objects, inspectors, libraries, departments: served?.departments };
}
