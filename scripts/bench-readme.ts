// Regenerates the README's performance table from the rows `npm run bench` wrote (bench-results.json):
// `npx tsx scripts/bench-readme.ts bench-results.json [more.json…]`. Each row: the figure, the same-run baseline
// and the ratio, the target and whether it is met, memory; the run's date and load average under the table.
import { readFileSync, writeFileSync } from 'node:fs';
import type { BenchRow } from '../bench/harness';
import { fmt, verdict } from '../bench/verdict';

interface Run {
  at: string;
  cores: number;
  load: [number, number];
  suites: string;
  rows: BenchRow[];
}

const START = '<!-- bench:start (scripts/bench-readme.ts writes this table) -->';
const END = '<!-- bench:end -->';
const files = process.argv.slice(2);
if (!files.length) {
  console.error('usage: npx tsx scripts/bench-readme.ts bench-results.json [more.json…]');
  process.exit(2);
}
const runs = files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as Run);
// A growth below zero (the collector ran meanwhile) says nothing about the need: left blank.
const mib = (b?: number) => (b === undefined || b < 0 ? '' : `${(b / 2 ** 20).toFixed(0)} MiB`);

const lines = [
  START,
  '| measure | figure | same-run baseline | ratio | target | memory |',
  '| --- | --- | --- | --- | --- | --- |',
  ...runs.flatMap((run) =>
    run.rows.map((r) => `| ${r.measure} | ${fmt(r.ms)}${r.note ? ` (${r.note})` : ''} | ${r.baselineMs === undefined ? '' : `${r.baseline}: ${fmt(r.baselineMs)}`} | ${r.baselineMs ? `${(r.ms / r.baselineMs).toFixed(2)}×` : ''} | ${verdict(r)} | ${mib(r.memory)} |`),
  ),
  '',
  ...runs.map((run) => `Measured ${run.at.slice(0, 16).replace('T', ' ')} UTC (\`npm run bench${run.suites === 'all' ? '' : ` -- ${run.suites}`}\`), ${run.cores} cores, load average ${run.load[0].toFixed(1)} → ${run.load[1].toFixed(1)} (the machine is shared: absolute figures move with its load, ratios less).`),
  END,
];
const readme = readFileSync('README.md', 'utf8');
const [a, b] = [readme.indexOf(START), readme.indexOf(END)];
if (a < 0 || b < a) {
  console.error(`README.md has no ${START} … ${END} block`);
  process.exit(2);
}
writeFileSync('README.md', readme.slice(0, a) + lines.join('\n') + readme.slice(b + END.length));
console.log(`README.md: performance table with ${runs.reduce((n, r) => n + r.rows.length, 0)} rows from ${files.join(', ')}`);
