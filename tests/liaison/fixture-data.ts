import { readFileSync } from 'node:fs';
import { assembleDossier, readListFile } from '../../src/core/liaison';

export const FIXTURE_DIR = 'tests/fixtures/liaison';
export const FIXTURE_FILES = ['plans.xlsx', 'tasks.xlsx', 'results.csv'];
export const expected = JSON.parse(readFileSync(`${FIXTURE_DIR}/expected.json`, 'utf8'));

/** The fixture year's exports read as the helper and the extension read them. */
export function importFixtures() {
  const sheets = FIXTURE_FILES.flatMap((f) => readListFile(f, new Uint8Array(readFileSync(`${FIXTURE_DIR}/${f}`))));
  return assembleDossier(sheets, { asOf: expected.asOf });
}
