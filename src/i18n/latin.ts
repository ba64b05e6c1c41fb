/**
 * Latin words in Chinese text: what a Chinese user would read as English. Allowed: proper names and
 * formats staff use as they are (Excel, CSV, JSON, HTML, txt and docx files, USCC digits, credit classes A–D, ids in
 * tooltips are not text). Used by the tests that render every surface in Chinese.
 */
export const LATIN_ALLOWED = new Set(['Excel', 'xlsx', 'xls', 'csv', 'CSV', 'JSON', 'HTML', 'SHA', 'QR', 'IndexedDB', 'http', 'https', 'A', 'B', 'C', 'D', 'A–D', 'GBK', 'UTF', 'GB', 'ms', 'PDF', 'txt', 'docx']);

/** The Latin words of a text (two letters or more, or a lone letter outside the allow-list), in order. */
export function latinWords(text: string, allowed: ReadonlySet<string> = LATIN_ALLOWED): string[] {
  const words = text
    // URLs and addresses are names, not words (http://127.0.0.1, https://sjzt.example.gov.cn).
    .replace(/https?:\/\/[^\s，。；）)」]+/g, ' ')
    .replace(/\{\w+\}/g, ' ')
    // Codes are data, not words: anything with a digit in it (JD-2026-001, 91110000MA01…, EX-O1).
    .replace(/[A-Za-z0-9_-]*\d[A-Za-z0-9_-]*/g, ' ')
    .match(/[A-Za-z][A-Za-z'-]*/g);
  // Capitals only are codes too (department SCJG, credit class C), not words.
  return (words ?? []).filter((w) => !allowed.has(w) && !/^[A-Z]+$/.test(w));
}
