import { z } from 'zod';
import { AdapterV2 } from './adapter-schema';
import { FIELD_PATHS, ROW_PATHS } from './vocabulary';

/**
 * Adapter format 2 as JSON Schema (`dra schema --adapter`, docs/adapter.schema.json), with the field
 * vocabulary as enums so an editor completes and checks `field` as the extension does.
 */
export function adapterJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(AdapterV2, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    ...schema,
    title: '双随机助手 platform adapter, format 2 / Double-Random Assistant platform adapter, format 2',
    description: 'See docs/adapters.md. `field` of a page field is one of fieldPaths; of a table column one of rowPaths[feeds].',
    $defs: { ...((schema.$defs as object) ?? {}), fieldPaths: { enum: FIELD_PATHS }, itemRowPaths: { enum: ROW_PATHS.items }, entryRowPaths: { enum: ROW_PATHS.entries }, assignmentRowPaths: { enum: ROW_PATHS.assignments } },
  };
}
