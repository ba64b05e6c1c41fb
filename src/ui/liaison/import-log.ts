/**
 * What an import of exported lists says, sheet by sheet: its row accounting, then each refused row with its reason.
 * A province's file can refuse a hundred thousand rows; the log names the first LOG_REFUSED of each sheet and says how
 * many more there are, and every refused row goes into the CSV the page offers (none is left unsaid).
 */
import { csvCell } from '../../core/registry-import/csv';
import { msg } from '../i18n';

/** Refused rows named in the log per sheet; the rest are counted there and listed in the CSV. */
export const LOG_REFUSED = 200;

export interface RefusedRow {
  source: string;
  row: number;
  reason: string;
}

/** The log lines for one sheet's refused rows: the first LOG_REFUSED, then how many more and where they are. */
export function refusedLines(refused: readonly RefusedRow[], limit = LOG_REFUSED): string[] {
  const lines = refused.slice(0, limit).map((x) => `  ✖ ${msg('common.problem', { where: msg('common.row', { row: x.row }), what: x.reason })}`);
  if (refused.length > limit) lines.push(`  ✖ ${msg('liaison.import.moreRefused', { n: refused.length - limit })}`);
  return lines;
}

/** Every refused row as a CSV staff can open in Excel (UTF-8 with BOM): 来源, 行号, 原因. */
export function refusedCsv(refused: readonly RefusedRow[]): string {
  const head = [msg('liaison.import.csvSource'), msg('liaison.import.csvRow'), msg('liaison.import.csvReason')].map(csvCell).join(',');
  const lines = refused.map((x) => [x.source, String(x.row), x.reason].map(csvCell).join(','));
  return `\uFEFF${[head, ...lines].join('\r\n')}\r\n`;
}
