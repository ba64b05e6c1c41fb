import { basename } from 'node:path';
import { detectKind } from '../core/liaison';
import { checkTable, readTableFile, rowViews, type CheckedTable, type Grid, type IncompleteGroup } from '../core/plan-table';
import { msg } from '../i18n';
import type { ResolvedProfile } from '../core/profiles/resolve';
import { BadInput, errorText, readInputBytes, type CommandIO, type Lang } from './io';

/** Read the files given as tables; a grid whose header is a platform list export is left to the list reader. */
export async function readGrids(files: string[], io: CommandIO): Promise<Array<{ file: string; grids: Grid[] }>> {
  const out = [];
  for (const file of files) {
    const bytes = await readInputBytes(file, io);
    try {
      out.push({ file, grids: await readTableFile(basename(file), bytes) });
    } catch (e) {
      throw new BadInput(msg('cli.unreadableTable', { file, detail: errorText(e, msg('cli.damaged')) }));
    }
  }
  return out;
}

/** A grid that is one of the platform's own list exports (计划/任务/结果清单), by its header row. */
export const isPlatformList = (g: Grid) => g.rows.slice(0, 12).some((r) => detectKind((r ?? []).map((c) => c?.text ?? '')));

export function checkGrids(grids: Grid[], profile: ResolvedProfile, opts: { year?: number; asOf?: string }): CheckedTable[] {
  return grids.map((g) => checkTable(g, profile, opts));
}

const MARK = { error: '✖', warn: '⚠', info: 'ℹ', incomplete: '?' } as const;
const SEV = { zh: { error: '错误', warn: '警告', info: '提示', incomplete: '数据不足' }, en: { error: 'error', warn: 'warning', info: 'info', incomplete: 'not enough data' } } as const;

/** One table as the terminal shows it: the accounting, then per row its findings with the cells behind them. */
export function formatTable(t: CheckedTable, lang: Lang): string {
  const zh = lang === 'zh';
  const a = t.account;
  const out: string[] = [`== ${a.source}`];
  out.push(
    zh
      ? `计划年度: ${a.year ?? '未知'}${a.yearFrom === 'title' ? '（取自标题）' : a.yearFrom === 'cells' ? '（取自时间列）' : a.yearFrom === 'option' ? '（--year）' : ''} · 表头在第 ${a.headerRow ?? '—'} 行`
      : `plan year: ${a.year ?? 'unknown'}${a.yearFrom ? ` (from the ${a.yearFrom})` : ''} · header at row ${a.headerRow ?? '—'}`,
  );
  out.push(
    zh
      ? `行: 读取 ${a.read}, 保留 ${a.kept}, 拒收 ${a.refused.length} · 单元格: 已解析 ${a.cells.read}, 文本 ${a.cells.text}, 合并单元格 ${a.cells.merged}, 无法识别 ${a.cells.refused}, 未使用的列 ${a.cells.ignored}`
      : `rows: read ${a.read}, kept ${a.kept}, refused ${a.refused.length} · cells: parsed ${a.cells.read}, text ${a.cells.text}, merged ${a.cells.merged}, unreadable ${a.cells.refused}, unused columns ${a.cells.ignored}`,
  );
  for (const r of a.refused) out.push(`  ✖ ${zh ? `第 ${r.row} 行拒收` : `row ${r.row} refused`}: ${r.reason[lang]}`);
  const header = (col: number) => t.table.headers[col] ?? `#${col + 1}`;
  const cellText = (row: number, col: number) => t.table.rows.find((r) => r.row === row)?.cells[col]?.text.replace(/\s+/g, ' ').trim() ?? '';
  const groups = (gs: IncompleteGroup[]) => gs.map((g) => `${g.what[lang]}（${g.ruleIds.join('、')}）`).join(zh ? '；' : '; ');
  const view = rowViews(t);
  if (view.common.length) out.push(`  ? ${msg('table.incompleteAll', { n: view.common.reduce((n, g) => n + g.ruleIds.length, 0), list: groups(view.common) }, lang)}`);
  for (const r of view.rows) {
    out.push('', `${zh ? `第 ${r.row} 行` : `row ${r.row}`}${r.planName ? ` 「${r.planName}」` : ''}`);
    for (const c of r.unread) out.push(`  ${c.status === 'refused' ? '?' : '·'} ${c.header}「${c.text.replace(/\s+/g, ' ').trim()}」: ${c.reason?.[lang] ?? ''}`);
    for (const c of r.remarks) out.push(`  · ${c.header}「${c.text.replace(/\s+/g, ' ').trim()}」: ${c.remark![lang]}`);
    for (const f of r.fails) {
      const kind = f.finding.severity;
      out.push(`  ${MARK[kind]} ${SEV[lang][kind]} ${f.finding.ruleId}  ${f.finding.message[lang]}`);
      if (f.cells.length) out.push(`      ${zh ? '单元格' : 'cells'}: ${f.cells.map((c) => `${header(c.col)}「${cellText(c.row, c.col)}」`).join('、')}`);
      const cite = f.finding.citations[0];
      out.push(`      ${zh ? '依据' : 'cites'}: ${cite.file.replace(/\.txt$/, '')} ${cite.section} 「${cite.quote}」`);
    }
    if (r.incomplete.length) out.push(`  ? ${msg('table.incompleteRow', { n: r.incomplete.reduce((n, g) => n + g.ruleIds.length, 0), list: groups(r.incomplete) }, lang)}`);
  }
  const c = t.report?.counts;
  if (c) out.push('', zh ? `合计: ${c.error} 错误, ${c.warn} 警告, ${c.info} 提示, ${c.incomplete} 数据不足, ${c.passed} 通过` : `total: ${c.error} errors, ${c.warn} warnings, ${c.info} info, ${c.incomplete} not enough data, ${c.passed} passed`);
  else out.push('', zh ? '本表没有可检查的计划行，未作任何检查。' : 'no plan row could be read from this table: nothing was checked.');
  return out.join('\n');
}

/** The table's findings as --json gives them: per row, its cells by header and its findings. */
export function tableJson(t: CheckedTable) {
  const rows = t.table.rows.map((r) => ({
    row: r.row,
    cells: Object.fromEntries(r.cells.map((c, i) => [t.table.headers[i] || `#${i + 1}`, c?.text ?? ''])),
    unread: t.cells.filter((c) => c.row === r.row && (c.status === 'refused' || c.status === 'ignored')).map((c) => ({ header: c.header, text: c.text, status: c.status, reason: c.reason })),
    remarks: t.cells.filter((c) => c.row === r.row && c.remark).map((c) => ({ header: c.header, text: c.text, remark: c.remark })),
    findings: t.findings
      .filter((f) => f.row === r.row)
      .map((f) => ({ ...f.finding, cells: f.cells.map((c) => ({ row: c.row, header: t.table.headers[c.col], text: t.table.rows.find((x) => x.row === c.row)?.cells[c.col]?.text })) })),
  }));
  return { source: t.account.source, account: t.account, counts: t.report?.counts, rows };
}
