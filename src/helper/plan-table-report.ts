import { writeFile } from 'node:fs/promises';
import * as XLSX from '@e965/xlsx';
import type { CheckedTable } from '../core/plan-table';
import { BadInput, type CommandIO } from './io';
import { msg } from '../i18n';

const SEV = { error: '错误', warn: '警告', info: '提示' } as const;

/** A cell's text made safe for a spreadsheet: text starting like a formula is kept as text. */
const safe = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

/**
 * The plan table as it came, one sheet per table (title rows, header, rows, merges), with a column
 * 检查意见 added: per row its findings; the cells behind a finding carry a comment naming it, so the
 * sheet goes back to the department as it came with the marks on it.
 */
export function tableReportXlsx(tables: CheckedTable[]): Uint8Array {
  const wb = XLSX.utils.book_new();
  const used = new Set<string>();
  tables.forEach((t, n) => {
    const width = Math.max(t.table.headers.length, ...t.table.rows.map((r) => r.cells.length), 1);
    const aoa: string[][] = t.table.title.map((line) => [safe(line)]);
    aoa.push([...t.table.headers.map(safe), ...Array(Math.max(0, width - t.table.headers.length)).fill(''), '检查意见 / findings']);
    const rowAt = new Map<number, number>();
    for (const r of t.table.rows) {
      rowAt.set(r.row, aoa.length);
      const cells = Array.from({ length: width }, (_, i) => (r.cells[i]?.merged ? '' : safe(r.cells[i]?.text ?? '')));
      const notes = [
        ...t.cells.filter((c) => c.row === r.row && c.status === 'refused').map((c) => `无法识别 ${c.header}「${c.text.trim()}」：${c.reason?.zh ?? ''}`),
        ...t.findings.filter((f) => f.row === r.row && f.finding.status === 'fail').map((f) => `${SEV[f.finding.severity]} ${f.finding.message.zh}（${f.finding.ruleId}）`),
      ];
      aoa.push([...cells, notes.join('\n')]);
    }
    const ws = XLSX.utils.aoa_to_sheet(aoa);
    // Merges as published: a run of merged copies below (or beside) the cell they copy.
    const merges: XLSX.Range[] = [];
    for (const r of t.table.rows)
      r.cells.forEach((c, col) => {
        if (c?.merged) return;
        let end = r.row;
        while (t.table.rows.find((x) => x.row === end + 1)?.cells[col]?.merged && t.table.rows.find((x) => x.row === end + 1)?.cells[col]?.text === c?.text) end++;
        if (end > r.row) merges.push({ s: { r: rowAt.get(r.row)!, c: col }, e: { r: rowAt.get(end)!, c: col } });
      });
    ws['!merges'] = merges;
    // Comments on the cells behind each failing finding.
    for (const f of t.findings.filter((x) => x.finding.status === 'fail'))
      for (const c of f.cells) {
        const r = rowAt.get(c.row);
        if (r === undefined) continue;
        const addr = XLSX.utils.encode_cell({ r, c: c.col });
        const cell = (ws[addr] ??= { t: 's', v: '' }) as XLSX.CellObject;
        cell.c ??= [];
        cell.c.push({ a: '双随机助手', t: `${SEV[f.finding.severity]}：${f.finding.message.zh}` });
      }
    let name = (t.account.source.replace(/[\\/?*[\]:]/g, '_').slice(0, 28) || `表${n + 1}`).trim();
    while (used.has(name)) name = `${name.slice(0, 26)}_${n + 1}`;
    used.add(name);
    XLSX.utils.book_append_sheet(wb, ws, name);
  });
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

export async function writeTableReport(out: string, tables: CheckedTable[], io: CommandIO): Promise<void> {
  if (!/\.xlsx$/i.test(out)) throw new BadInput(msg('cli.check.tableOut', { value: out }));
  try {
    await (io.writeFile ?? writeFile)(out, tableReportXlsx(tables));
  } catch (e) {
    throw new BadInput(msg('cli.cannotWrite', { path: out, code: (e as NodeJS.ErrnoException).code ?? (e as Error).message }));
  }
}
