import { readFileSync } from 'node:fs';
import { parseCheckFile } from '../../src/core/model/parse';

/** The sample plan file as `dra check` reads it. */
export function sampleDossier() {
  const r = parseCheckFile(JSON.parse(readFileSync('tests/fixtures/sample-plan.json', 'utf8')));
  if (!r.ok) throw new Error('sample-plan.json does not parse');
  return r.value;
}
