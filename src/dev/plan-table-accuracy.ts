/**
 * Precision and recall of `dra check` on the published plan tables (tests/fixtures/plan-tables/):
 * runs the command on every file of the corpus, as a user would, and compares what it says row by
 * row with expected.json, written from a careful reading of each table.
 *  - findings: (file, row, rule) for every failing finding (error, warning, info);
 *  - unread cells: (file, row, column) reported as refused or as a column not used;
 *  - rows: every row read, and the rows refused.
 */
import { readFile } from 'node:fs/promises';
import { main } from '../helper/cli';

export interface ExpectedRow {
  row: number;
  expect?: string[];
  unread?: string[];
  refused?: boolean;
  why: string;
}
export interface ExpectedFile {
  file: string;
  year?: number;
  rows: ExpectedRow[];
}
export interface Expected {
  asOf: string;
  files: ExpectedFile[];
}

interface Seen {
  findings: Set<string>;
  unread: Set<string>;
  refused: Set<number>;
  read: number;
  kept: number;
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  /** what was said and not expected, and what was expected and not said: "file row N rule" */
  extra: string[];
  missed: string[];
}

export interface Measure {
  findings: Score;
  unread: Score;
  rows: { read: number; kept: number; refused: number; expectedRows: number; expectedRefused: number; mismatched: string[] };
  perFile: Array<{ file: string; findings: Score }>;
}

const key = (file: string, row: number, what: string) => `${file} 第${row}行 ${what}`;

function score(expected: Set<string>, said: Set<string>): Score {
  const extra = [...said].filter((k) => !expected.has(k));
  const missed = [...expected].filter((k) => !said.has(k));
  const tp = said.size - extra.length;
  return {
    tp,
    fp: extra.length,
    fn: missed.length,
    precision: said.size ? tp / said.size : 1,
    recall: expected.size ? tp / expected.size : 1,
    extra,
    missed,
  };
}

/** Run `dra check FILE --json` in-process (the same code as bin/dra.mjs) and keep what the rows say. */
async function check(dir: string, f: ExpectedFile, asOf: string): Promise<Seen> {
  let stdout = '';
  let stderr = '';
  const args = ['check', `${dir}/${f.file}`, '--json', '--as-of', asOf, ...(f.year ? ['--year', String(f.year)] : [])];
  const code = await main(args, { out: (t) => void (stdout += t), err: (t) => void (stderr += t), readFile: (p) => readFile(p, 'utf8'), cwd: process.cwd(), today: asOf });
  if (code === 2 || code === 3 || !stdout.trim()) throw new Error(`dra ${args.join(' ')} exited ${code}: ${stderr}`);
  const json = JSON.parse(stdout) as { tables: Array<{ account: { read: number; kept: number; refused: Array<{ row: number }> }; rows: Array<{ row: number; unread: Array<{ header: string }>; findings: Array<{ ruleId: string; status: string }> }> }> };
  const seen: Seen = { findings: new Set(), unread: new Set(), refused: new Set(), read: 0, kept: 0 };
  for (const t of json.tables) {
    seen.read += t.account.read;
    seen.kept += t.account.kept;
    for (const r of t.account.refused) seen.refused.add(r.row);
    for (const r of t.rows) {
      for (const fd of r.findings) if (fd.status === 'fail') seen.findings.add(key(f.file, r.row, fd.ruleId));
      for (const u of r.unread) seen.unread.add(key(f.file, r.row, u.header));
    }
  }
  return seen;
}

export async function measure(dir: string, expected: Expected): Promise<Measure> {
  const all = { ef: new Set<string>(), sf: new Set<string>(), eu: new Set<string>(), su: new Set<string>() };
  const rows = { read: 0, kept: 0, refused: 0, expectedRows: 0, expectedRefused: 0, mismatched: [] as string[] };
  const perFile: Measure['perFile'] = [];
  for (const f of expected.files) {
    const seen = await check(dir, f, expected.asOf);
    const ef = new Set<string>();
    for (const r of f.rows) {
      for (const id of r.expect ?? []) ef.add(key(f.file, r.row, id));
      for (const h of r.unread ?? []) all.eu.add(key(f.file, r.row, h));
      if (!!r.refused !== seen.refused.has(r.row)) rows.mismatched.push(`${f.file} 第${r.row}行 ${r.refused ? '应拒收' : '不应拒收'}`);
    }
    for (const r of seen.refused) if (!f.rows.some((x) => x.row === r)) rows.mismatched.push(`${f.file} 第${r}行 拒收但未列出`);
    if (seen.read !== f.rows.length) rows.mismatched.push(`${f.file}: 读取 ${seen.read} 行，预期 ${f.rows.length} 行`);
    rows.read += seen.read;
    rows.kept += seen.kept;
    rows.refused += seen.refused.size;
    rows.expectedRows += f.rows.length;
    rows.expectedRefused += f.rows.filter((r) => r.refused).length;
    ef.forEach((k) => all.ef.add(k));
    seen.findings.forEach((k) => all.sf.add(k));
    seen.unread.forEach((k) => all.su.add(k));
    perFile.push({ file: f.file, findings: score(ef, seen.findings) });
  }
  return { findings: score(all.ef, all.sf), unread: score(all.eu, all.su), rows, perFile };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function formatMeasure(m: Measure): string {
  const line = (name: string, s: Score) => `${name}: precision ${pct(s.precision)} (${s.tp}/${s.tp + s.fp}), recall ${pct(s.recall)} (${s.tp}/${s.tp + s.fn})`;
  const out = [
    `rows: read ${m.rows.read} (expected ${m.rows.expectedRows}), kept ${m.rows.kept}, refused ${m.rows.refused} (expected ${m.rows.expectedRefused})`,
    line('findings per row', m.findings),
    line('unread cells', m.unread),
    '',
    ...m.perFile.map((f) => `  ${f.file}: ${f.findings.tp} right, ${f.findings.fp} not expected, ${f.findings.fn} missed`),
  ];
  for (const [label, list] of [['said, not expected', [...m.findings.extra, ...m.unread.extra]], ['expected, not said', [...m.findings.missed, ...m.unread.missed]], ['rows', m.rows.mismatched]] as const)
    if (list.length) out.push('', `${label}:`, ...list.map((x) => `  ${x}`));
  return out.join('\n');
}
