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
 */
export function withImported(served: RegistryBundle | undefined, imported: ImportedRegistries, label: string): RegistryBundle {
  const objects = imported.hasObjects ? imported.objects : (served?.objects ?? []);
  const inspectors = imported.hasInspectors ? imported.inspectors : (served?.inspectors ?? []);
  let libraries = served?.libraries ?? [];
  if (imported.hasObjects && served) {
    const have = new Set(objects.map((o) => o.id));
    const codeOf = new Map(served.objects.map((o) => [o.id, o.uscc ?? o.idNumber ?? o.id]));
    libraries = libraries.map((l) => ({ ...l, objectIds: l.objectIds.map((id) => codeOf.get(id) ?? id).filter((id) => have.has(id)) }));
  }
  return { source: label, objects, inspectors, libraries, departments: served?.departments };
}
