/**
 * Precision and recall of `dra check` on the published plan-table corpus against a careful reading
 * of it (tests/fixtures/plan-tables/expected.json). Run:
 *   npx tsx scripts/plan-table-accuracy.ts
 * Exits 1 when precision or recall of the findings is below 90%.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatMeasure, measure, type Expected } from '../src/dev/plan-table-accuracy';

const dir = fileURLToPath(new URL('../tests/fixtures/plan-tables/', import.meta.url));
const expected = JSON.parse(readFileSync(`${dir}expected.json`, 'utf8')) as Expected;
const m = await measure(`${dir}files`, expected);
console.log(formatMeasure(m));
process.exit(m.findings.precision >= 0.9 && m.findings.recall >= 0.9 ? 0 : 1);
