import { csvCell } from './csv';
import type { RejectedRow } from './classify';

/** The rejected rows as a CSV staff can open in Excel (UTF-8 with BOM): row number, reason, then the row as read. */
export function rejectedCsv(headers: string[], rows: RejectedRow[], lang: 'zh' | 'en' = 'zh'): string {
  const head = [lang === 'zh' ? '行号' : 'row', lang === 'zh' ? '原因' : 'reason', ...headers].map(csvCell).join(',');
  const lines = rows.map((r) => [String(r.row), lang === 'zh' ? r.reason.zh : r.reason.en, ...r.cells].map(csvCell).join(','));
  return `\uFEFF${[head, ...lines].join('\r\n')}\r\n`;
}
