import { msg } from '../../../i18n';
import { convertCell, type CellValue } from './cells';
import { detectKind, LIST_SPECS, normaliseHeader, type ListSpec } from './spec';

export interface ListRecord {
  /** the row number as the spreadsheet shows it (header row included, from 1) */
  row: number;
  values: Record<string, CellValue>;
}

export interface Refusal {
  source: string;
  row: number;
  reason: string;
}

/** What came in from one sheet, what was kept and what was refused (and why). */
export interface SheetAccount {
  source: string;
  kind?: ListSpec['kind'];
  read: number;
  kept: number;
  refused: Refusal[];
  /** headers of the sheet that no column spec knows (kept out of the model, reported) */
  unknownHeaders: string[];
  /** rows (as the sheet numbers them) where the decoder replaced bytes it could not read with � (CSV) */
  replacedRows?: number[];
}

export interface ReadSheet {
  account: SheetAccount;
  spec?: ListSpec;
  records: ListRecord[];
}

/**
 * Read one sheet given as rows of cell texts. The header row is the first row with a known list
 * signature (exports often carry a title row above it). Every data row is counted: kept, or
 * refused with its row number and the column at fault.
 */
export function readSheet(source: string, rows: string[][]): ReadSheet {
  const headerAt = rows.findIndex((r) => detectKind(r.map(String)));
  if (headerAt < 0) {
    // Every row of a sheet we cannot read is a refused row (not one refusal for the sheet), and the
    // reason says which headers the sheet shows and which a list export has.
    const filled = rows.map((r, i) => ({ r, row: i + 1 })).filter(({ r }) => r.some((c) => String(c ?? '').trim()));
    const seen = filled.slice(0, 6).reduce((best, x) => (x.r.filter((c) => String(c ?? '').trim()).length > best.filter((c) => String(c ?? '').trim()).length ? x.r : best), [] as string[]);
    const seenText = seen.map((c) => String(c ?? '').replace(/\s+/g, '')).filter(Boolean).join('、') || '（无）';
    const expected = LIST_SPECS.map((s) => `${s.label.zh}：${s.signature.join('、')}`).join('；');
    const reason = `未找到计划、任务或结果清单的表头；见到的列：${seenText}；应有（${expected}）/ no plan, task or result list header: columns seen ${seenText}`;
    return {
      account: { source, read: filled.length, kept: 0, refused: filled.map(({ row }) => ({ source, row, reason })), unknownHeaders: [] },
      records: [],
    };
  }
  const header = rows[headerAt].map((h) => normaliseHeader(String(h)));
  const spec = detectKind(rows[headerAt].map(String))!;
  const colIndex = spec.columns.map((c) => ({ col: c, at: header.findIndex((h) => c.headers.some((x) => normaliseHeader(x) === h)) }));
  const known = new Set(colIndex.map((c) => c.at));
  const unknownHeaders = header.filter((h, i) => h && !known.has(i) && h !== '序号' && h !== '操作');
  const account: SheetAccount = { source, kind: spec.kind, read: 0, kept: 0, refused: [], unknownHeaders };
  const records: ListRecord[] = [];
  for (let i = headerAt + 1; i < rows.length; i++) {
    const cells = rows[i];
    if (!cells.some((c) => c != null && /\S/.test(String(c)))) continue; // blank line: not a row
    account.read++;
    const row = i + 1;
    const values: Record<string, CellValue> = {};
    const problems: string[] = [];
    for (const { col, at } of colIndex) {
      const raw = at >= 0 && cells[at] != null ? String(cells[at]) : '';
      const { value, error } = convertCell(col, raw);
      if (error) problems.push(msg('common.problem', { where: col.headers[0], what: error }));
      else if (value === undefined && col.required) problems.push(msg('common.problem', { where: col.headers[0], what: msg('lists.required') }));
      else values[col.field] = value;
    }
    if (problems.length) account.refused.push({ source, row, reason: problems.join('；') });
    else {
      records.push({ row, values });
      account.kept++;
    }
  }
  return { account, spec, records };
}
