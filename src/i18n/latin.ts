/**
 * Latin words in Chinese text: what a Chinese user would read as English. Allowed: proper names and
 * formats staff use as they are (Excel, CSV, JSON, HTML, USCC digits, credit classes A–D, ids in
 * tooltips are not text). Used by the tests that render every surface in Chinese.
 */
export const LATIN_ALLOWED = new Set(['Excel', 'xlsx', 'xls', 'csv', 'CSV', 'JSON', 'HTML', 'SHA', 'QR', 'IndexedDB', 'http', 'https', 'A', 'B', 'C', 'D', 'A–D', 'GBK', 'UTF', 'GB', 'ms', 'PDF']);

/** The Latin words of a text (two letters or more, or a lone letter outside the allow-list), in order. */
export function latinWords(text: string, allowed: ReadonlySet<string> = LATIN_ALLOWED): string[] {
  const words = text
    // URLs and addresses are names, not words (http://127.0.0.1, https://sjzt.example.gov.cn).
    .replace(/\{\w+\}/g, ' ')
    .replace(/https?:\/\/[^\s，。；）)」]+/g, ' ')
    .match(/[A-Za-z][A-Za-z'-]*/g);
  return (words ?? []).filter((w) => !allowed.has(w));
}
