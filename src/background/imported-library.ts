import type { ImportedRegistries } from '../core/registry-import/bundle';
import type { Strategy } from '../core/model';
import { loadLibrary, type RegistryDb } from '../storage/registry-db';

/**
 * The imported registries a preview draws from, read in the background from the stored blocks: a directed
 * strategy's conditions narrow the objects through the posting lists before any block is read (the draw
 * would drop the others anyway).
 */
export async function importedLibrary(db: RegistryDb, strategy: Strategy): Promise<(ImportedRegistries & { narrowed: boolean }) | undefined> {
  const metas = await db.registries.toArray();
  const [o, i] = [metas.find((x) => x.kind === 'objects'), metas.find((x) => x.kind === 'inspectors')];
  if (!o && !i) return undefined;
  const filters = strategy.directed ? strategy.filters : undefined;
  const lib = await loadLibrary(db, { filters });
  const updatedAt = [o?.updatedAt, i?.updatedAt].filter(Boolean).sort().pop();
  return { hasObjects: !!o, hasInspectors: !!i, objects: lib?.objects ?? [], inspectors: lib?.inspectors ?? [], updatedAt, narrowed: !!filters };
}
