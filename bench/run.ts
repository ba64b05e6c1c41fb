// `npm run bench`: every suite in order; each prints its own figures and ratios.
import type { BenchSuite } from './harness';
import rules from './rules.bench';
import draw from './draw.bench';
import panel from './panel.bench';
import registryImport from './import.bench';
import liaison from './liaison.bench';

const suites: BenchSuite[] = [rules, draw, panel, registryImport, liaison];
const only = process.argv[2];

for (const s of suites) {
  if (only && s.name !== only) continue;
  console.log(`\n## ${s.name}`);
  for (const line of await s.run()) console.log(line);
}
