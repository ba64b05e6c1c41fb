// `npm run bench`: every suite in order; each prints its own figures and ratios. The README's table rows are
// written as JSON to DRA_BENCH_OUT (default bench-results.json, not committed) with the machine's load, and
// `npx tsx scripts/bench-readme.ts bench-results.json` puts them into the README's performance table.
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { rows, type BenchSuite } from './harness';
import rules from './rules.bench';
import draw from './draw.bench';
import panel from './panel.bench';
import registryImport from './import.bench';
import liaison from './liaison.bench';
import preview from './preview.bench';

const suites: BenchSuite[] = [rules, draw, panel, registryImport, preview, liaison];
const only = process.argv[2];
const loadBefore = loadavg()[0];

for (const s of suites) {
  if (only && s.name !== only) continue;
  console.log(`\n## ${s.name}`);
  for (const line of await s.run()) console.log(line);
}
const out = process.env.DRA_BENCH_OUT ?? 'bench-results.json';
writeFileSync(out, `${JSON.stringify({ at: new Date().toISOString(), cores: cpus().length, load: [loadBefore, loadavg()[0]], suites: only ?? 'all', rows }, null, 1)}\n`);
console.log(`\n${rows.length} table rows written to ${out} (load average ${loadBefore.toFixed(1)} → ${loadavg()[0].toFixed(1)})`);
