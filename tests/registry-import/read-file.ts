import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvBatches, formatOf, type RawRow, type Sniffed } from '../../src/core/registry-import';
import { readSpreadsheet } from '../../src/core/registry-import/spreadsheet';

export const FIXTURES = 'tests/fixtures/registries';
export const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));

/** A file's rows as an import reads them, fed in small chunks so chunk boundaries are exercised. */
export async function rowsOf(name: string, bytes = fixture(name), chunk = 7): Promise<{ rows: RawRow[]; encoding?: string }> {
  if (formatOf(name, bytes) === 'spreadsheet') return { rows: (await readSpreadsheet(bytes)).rows };
  const info: { bytes: number; sniffed?: Sniffed } = { bytes: 0 };
  const rows: RawRow[] = [];
  async function* pieces() {
    for (let i = 0; i < bytes.length; i += chunk) yield bytes.subarray(i, i + chunk);
  }
  for await (const b of csvBatches(pieces(), info)) for (const r of b) rows.push(r);
  return { rows, encoding: info.sniffed?.encoding };
}
