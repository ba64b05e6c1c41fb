import * as XLSX from '@e965/xlsx';
import type { LiaisonView } from '../view';
import { RULE_TITLES, type LiaisonRuleId } from '../rules';
import { basisText, cellText, COLOUR_LABEL, DEADLINE_LABEL, ROLE_LABEL, SUBJECT_LABEL } from './labels';
import { reportHeader } from './header';
import { neutralise, sheetName } from './safe';
import { msg } from '../../../i18n';
import { citationLine } from '../../../i18n/cite';

type Cell = string | number;

/** A sheet from rows, every text cell neutralised and written as a string cell (t: 's'), never a formula. */
function sheet(rows: Cell[][], widths?: number[]): XLSX.WorkSheet {
  const ws: XLSX.WorkSheet = {};
  let maxC = 0;
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      maxC = Math.max(maxC, c);
      ws[XLSX.utils.encode_cell({ r, c })] = typeof v === 'number' ? { t: 'n', v } : { t: 's', v: neutralise(v) };
    }),
  );
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(rows.length - 1, 0), c: maxC } });
  if (widths) ws['!cols'] = widths.map((wch) => ({ wch }));
  return ws;
}

const title = (ruleId: string) => RULE_TITLES[ruleId as LiaisonRuleId]?.zh ?? ruleId;

/**
 * The liaison report as an .xlsx workbook (bytes): 汇总 (header, the department × rule table and
 * the deadlines), then one sheet per rule listing the plans, tasks and results behind each
 * department's cell with the message and the clause cited. Optionally one department only.
 */
export function liaisonXlsx(view: LiaisonView, opts: { generatedAt: string; departmentId?: string }): Uint8Array {
  const m = view.matrix;
  const deps = opts.departmentId ? m.departments.filter((d) => d.id === opts.departmentId) : m.departments;
  const wb = XLSX.utils.book_new();
  const taken = new Set<string>();

  const summary: Cell[][] = [['双随机、一公开 年度合规情况（联络员报表）'], ...reportHeader(view, opts.generatedAt, opts.departmentId), []];
  summary.push([msg('liaisonReport.col.department'), ...m.rules.map((r) => title(r.ruleId)), '不合规', '需关注', '合规']);
  for (const d of deps) {
    const row = m.rules.map((r) => m.cells[d.id][r.ruleId]);
    summary.push([d.name, ...row.map(cellText), ...(['red', 'amber', 'green'] as const).map((c) => row.filter((x) => x.colour === c).length)]);
  }
  summary.push([], [`图例: ${Object.values(COLOUR_LABEL).map((l) => `${l.mark} ${l.zh}`).join('  ')}；数字为不合规（或合规）项数，?n 为数据不足项数`]);
  const depIds = new Set(deps.map((d) => d.id));
  const deadlines = view.deadlines.filter((x) => !opts.departmentId || x.departments.some((id) => depIds.has(id)));
  summary.push([], [`未来 20 个工作日内的期限（至 ${view.deadlinesUntil}）`], ['日期', '剩余工作日', '类型', '事项', '部门']);
  for (const x of deadlines) summary.push([x.date, x.workingDaysLeft, DEADLINE_LABEL[x.kind].zh, x.label, x.departments.join('、')]);
  XLSX.utils.book_append_sheet(wb, sheet(summary, [22, ...m.rules.map(() => 12)]), sheetName('汇总', taken));

  for (const r of m.rules) {
    const rows: Cell[][] = [[`${title(r.ruleId)}（${r.ruleId}）`], [msg('liaisonReport.basis') + r.citations.map((c) => citationLine(c)).join('；')], ...basisText(r).map((l) => [l]), []];
    const head = rows.length;
    rows.push(['部门', '角色', '类别', '编号', '名称', '结论', '说明']);
    for (const d of deps)
      for (const s of m.cells[d.id][r.ruleId].subjects)
        rows.push([d.name, ROLE_LABEL[s.role], SUBJECT_LABEL[s.subject.kind] ?? s.subject.kind, s.subject.id, s.subject.label ?? '', s.status === 'fail' ? (r.severity === 'error' ? '不合规' : '需关注') : '数据不足', s.finding.message.zh]);
    if (rows.length === head + 1) rows.push(['（无）']);
    XLSX.utils.book_append_sheet(wb, sheet(rows, [16, 8, 8, 26, 24, 8, 60]), sheetName(title(r.ruleId), taken));
  }
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}
