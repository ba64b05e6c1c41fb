import type { Finding } from '../rules/types';
import type { CheckedTable, RowFinding } from './check-table';
import type { CellNote } from './to-plans';

/** Rules that could not decide for the same missing data, said once: 「检查事项类别（重点或一般）」 ← two rules. */
export interface IncompleteGroup {
  /** what is missing, as the finding's message names it after 「缺少判断所需的数据：」 */
  what: { zh: string; en: string };
  ruleIds: string[];
}

/** One row of the table as a reader meets it: what was not read, how cells were taken, what fails, what could not be decided. */
export interface RowView {
  row: number;
  planName?: string;
  unread: CellNote[];
  remarks: CellNote[];
  fails: RowFinding[];
  incomplete: IncompleteGroup[];
}

const WHAT = { zh: /^缺少判断所需的数据：/, en: /^Not enough data to decide: / };
const whatOf = (f: Finding) => ({ zh: f.message.zh.replace(WHAT.zh, ''), en: f.message.en.replace(WHAT.en, '') });
const keyOf = (f: Finding) => `${f.ruleId}\u0000${f.message.zh}`;

function group(fs: Finding[]): IncompleteGroup[] {
  const by = new Map<string, IncompleteGroup>();
  for (const f of fs) {
    const what = whatOf(f);
    const g = by.get(what.zh) ?? by.set(what.zh, { what, ruleIds: [] }).get(what.zh)!;
    if (!g.ruleIds.includes(f.ruleId)) g.ruleIds.push(f.ruleId);
  }
  return [...by.values()];
}

/**
 * The table's findings per row, with not-enough-data lines grouped so that a row does not drown in
 * them: what every checked row lacks is said once for the table (`common`), the rest once per row and
 * per missing datum, with the rules that needed it. Failing findings stay one by one.
 */
export function rowViews(t: CheckedTable): { common: IncompleteGroup[]; rows: RowView[] } {
  const planRows = t.plans.map((p) => p.rows[0]);
  const incompleteAt = new Map<number, Finding[]>();
  for (const f of t.findings) if (f.finding.status === 'incomplete') (incompleteAt.get(f.row) ?? incompleteAt.set(f.row, []).get(f.row)!).push(f.finding);
  // Missing on every plan's row: the same rule with the same message on each.
  const everyRow = planRows.length > 1
    ? new Set([...new Set((incompleteAt.get(planRows[0]) ?? []).map(keyOf))].filter((k) => planRows.every((r) => (incompleteAt.get(r) ?? []).some((f) => keyOf(f) === k))))
    : new Set<string>();
  const commonFindings = (incompleteAt.get(planRows[0]) ?? []).filter((f) => everyRow.has(keyOf(f)));
  const rowsWith = new Set([...t.findings.map((f) => f.row), ...t.cells.filter((c) => c.status === 'refused' || c.status === 'ignored' || c.remark).map((c) => c.row)]);
  const rows = [...rowsWith].sort((a, b) => a - b).map((row) => ({
    row,
    planName: t.plans.find((p) => p.rows.includes(row))?.plan.name,
    unread: t.cells.filter((c) => c.row === row && (c.status === 'refused' || c.status === 'ignored')),
    remarks: t.cells.filter((c) => c.row === row && c.remark),
    fails: t.findings.filter((f) => f.row === row && f.finding.status === 'fail'),
    incomplete: group((incompleteAt.get(row) ?? []).filter((f) => !everyRow.has(keyOf(f)))),
  }));
  return { common: group(commonFindings), rows };
}
