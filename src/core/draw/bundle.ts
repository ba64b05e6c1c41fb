import { z } from 'zod';
import { Id, Inspector, ObjectRecord } from '../model';

/** A 专项库 (special object library) as a list of the registry's objects. */
export const ObjectLibrary = z.object({ id: z.string().min(1), name: z.string().min(1), objectIds: z.array(Id) });
export type ObjectLibrary = z.infer<typeof ObjectLibrary>;

/**
 * The registries a draw preview runs on, as held locally: the objects, the inspectors, the special
 * libraries and, when the source knows it, the task's departments (lead first).
 */
export const RegistryBundle = z.object({
  source: z.string().min(1).describe('where the registries came from (an import, the sandbox)'),
  objects: z.array(ObjectRecord),
  inspectors: z.array(Inspector),
  libraries: z.array(ObjectLibrary).default([]),
  departments: z.array(Id).optional(),
});
export type RegistryBundle = z.infer<typeof RegistryBundle>;
