import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adapterJsonSchema } from '../../src/platform/adapter-json-schema';
import { runCli } from '../helper/run-cli';

describe('dra schema --adapter', () => {
  it('prints the adapter format as JSON Schema, with the field vocabulary', async () => {
    const r = await runCli(['schema', '--adapter']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.properties.format).toMatchObject({ const: 2 });
    expect(schema.$defs.fieldPaths.enum).toEqual(expect.arrayContaining(['plan.end', 'task.departments', 'strategy.creditClassRates.A']));
    expect(schema.$defs.entryRowPaths.enum).toContain('entry.target');
  });
  it('is the committed docs/adapter.schema.json', () => {
    expect(JSON.parse(readFileSync('docs/adapter.schema.json', 'utf8')), 'regenerate with: npx dra schema --adapter > docs/adapter.schema.json').toEqual(adapterJsonSchema());
  });
  it('an unknown argument exits 2, saying which', async () => {
    const r = await runCli(['schema', '--adaptor']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--adaptor');
  });
});
