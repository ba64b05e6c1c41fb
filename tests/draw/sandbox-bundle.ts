import { RegistryBundle } from '../../src/core/draw';
import { seedData } from '../../src/sandbox/seed';
import { libraryLists } from '../../src/sandbox/strategy-pool';

/** The sandbox's registries and 专项库 as the page serves them to the preview (src/sandbox/pages/registry-export.ts). */
export function sandboxBundle(): RegistryBundle {
  const data = seedData();
  return RegistryBundle.parse({ source: 'sandbox', objects: data.objects, inspectors: data.inspectors, libraries: libraryLists(data) });
}
