import { Dossier } from '../model';
import { REPLACED } from '../replaced-bytes';
import { evaluate, type Report } from '../rules/evaluate';
import type { Finding } from '../rules/types';
import type { ResolvedProfile } from '../profiles/resolve';
import type { Grid } from './grid';
import { locateTable, type Bilingual, type LocatedTable } from './read-table';
import { tablePlans, type CellNote, type CellRef, type TablePlan } from './to-plans';

/** A finding placed on the table: the row it belongs to and the cells behind it. */
export interface RowFinding {
  row: number;
  cells: CellRef[];
  finding: Finding;
}

/** Per table: rows read = kept + refused, and what became of the cells. */
export interface TableAccount {
  source: string;
  year?: number;
  yearFrom?: LocatedTable['yearFrom'];
  headerRow?: number;
  headers: string[];
  read: number;
  kept: number;
  refused: Array<{ row: number; reason: Bilingual; cells: string[] }>;
  cells: { read: number; text: number; merged: number; refused: number; ignored: number };
}

export interface CheckedTable {
  table: LocatedTable;
  account: TableAccount;
  plans: TablePlan[];
  cells: CellNote[];
  report?: Report;
  findings: RowFinding[];
}

/** The row and cells a finding's fields point at (plans[i].items[k].rate → that item's rate cell). */
function place(f: Finding, plans: TablePlan[]): RowFinding | undefined {
  const paths = f.fields.length ? f.fields : [];
  const idx = f.subject.kind === 'plan' ? plans.findIndex((p) => p.plan.id === f.subject.id) : -1;
  const refs: CellRef[] = [];
  let planAt = idx;
  for (const path of paths) {
    const m = /^plans\[(\d+)\]\.?(.*)$/.exec(path);
    if (!m) continue;
    planAt = Number(m[1]);
    const cells = plans[planAt]?.cells ?? {};
    let key = m[2];
    while (key && !cells[key]) {
      const shorter = key.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
      key = shorter === key ? '' : shorter;
    }
    if (key && cells[key]) refs.push(cells[key]);
  }
  const plan = plans[planAt];
  if (!plan) return undefined;
  const uniq = [...new Map(refs.map((r) => [`${r.row}:${r.col}`, r])).values()];
  return { row: uniq[0]?.row ?? plan.rows[0], cells: uniq, finding: f };
}

/**
 * Check one published plan table: locate it, read every cell, make plans of its rows, run the
 * profile's rules on them and put every finding back on the row and cells it comes from.
 */
const REPLACED_REMARK = { zh: '此格含无法解码的字节（已替换为 �），请对照原文件核对', en: 'this cell holds bytes that could not be decoded (replaced with �); check it against the file' };
const joinRemarks = (a: { zh: string; en: string } | undefined, b: { zh: string; en: string }) => (a ? { zh: `${a.zh}；${b.zh}`, en: `${a.en}; ${b.en}` } : b);

export function checkTable(grid: Grid, profile: ResolvedProfile, opts: { year?: number; asOf?: string } = {}): CheckedTable {
  const table = locateTable(grid, { year: opts.year });
  const { plans, cells, refused } = tablePlans(table);
  // A cell whose bytes the decoder could not read (CSV, a saved page) says so: its text holds �.
  for (const c of cells) if (c.text.includes(REPLACED)) c.remark = joinRemarks(c.remark, REPLACED_REMARK);
  const allRefused = [...table.refused, ...refused].sort((a, b) => a.row - b.row);
  const count = (s: CellNote['status']) => cells.filter((c) => c.status === s).length;
  const account: TableAccount = {
    source: table.source,
    year: table.year,
    yearFrom: table.yearFrom,
    headerRow: table.headerRow,
    headers: table.headers,
    read: table.read,
    kept: table.read - allRefused.length,
    refused: allRefused,
    cells: { read: count('read'), text: count('text'), merged: count('merged'), refused: count('refused'), ignored: count('ignored') },
  };
  if (!plans.length) return { table, account, plans, cells, findings: [] };
  const dossier = Dossier.parse({ plans: plans.map((p) => p.plan) });
  const report = evaluate(dossier, profile, { asOf: opts.asOf });
  const placed = report.findings.map((f) => place(f, plans)).filter((x): x is RowFinding => !!x);
  placed.sort((a, b) => a.row - b.row);
  // A merged cell (one rate for the task's two departments' rows) states one thing once: a finding that
  // rests only on merged copies of a cell, when the same rule already fails on the plan's earlier row, is
  // that same finding, said on the row that holds the cell.
  const merged = (r: RowFinding) => r.cells.length > 0 && r.cells.every((c) => table.rows.find((x) => x.row === c.row)?.cells[c.col]?.merged);
  const findings = placed.filter(
    (r, i) => !(r.finding.status === 'fail' && merged(r) && placed.slice(0, i).some((e) => e.finding.ruleId === r.finding.ruleId && e.finding.subject.id === r.finding.subject.id && e.finding.status === 'fail')),
  );
  // The totals count what the rows show: a finding said once is counted once.
  const counts = { ...report.counts };
  for (const r of placed) if (!findings.includes(r) && r.finding.status === 'fail') counts[r.finding.severity]--;
  return { table, account, plans, cells, report: { ...report, counts }, findings };
}
