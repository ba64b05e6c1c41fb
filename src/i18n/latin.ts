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

/** The helper also names the browsers and the system it installs for, and the key to press. */
export const HELPER_ALLOWED: ReadonlySet<string> = new Set([...LATIN_ALLOWED, 'Chrome', 'Edge', 'Chromium', 'Firefox', 'Windows', 'Ctrl']);

/**
 * The Latin words of a line the helper (`dra`) prints or its catalogue holds: what the user types or
 * reads as a name is not a word there — `dra` and its command (`dra audit verify`), --options with a
 * typed value (`--kind objects|inspectors`), paths and file names, rule ids and data paths
 * (plan.joint.max-departments, plans[0].end), hex digests. `typed`: what the user typed, said back.
 */
export function helperLatinWords(text: string, allowed: ReadonlySet<string> = HELPER_ALLOWED, typed: string[] = []): string[] {
  const code = text
    // Placeholders first: {drawn} is not `dra` followed by a word.
    .replace(/\{\w+\}/g, ' ')
    .replace(/\bdra\b(?: [a-z][a-z-]*){0,2}/g, ' ')
    .replace(/--[a-z][a-z-]*(?:[ =][A-Za-z0-9,|._=-]+(?![\u4e00-\u9fff]))?/g, ' ')
    .replace(/\S*[/\\]\S*/g, ' ')
    // File names, and an extension alone (以 .xlsx 或 .html 结尾).
    .replace(/[^\s[\]|()（）]*\.(json|jsonl|xlsx|xls|csv|html|txt|docx|reg|cmd|sh|md|exe)\b/gi, ' ')
    .replace(/\b[a-z][A-Za-z]*(?:\[[^\]]*\])*(?:\.[A-Za-z0-9-]+(?:\[[^\]]*\])*)+/g, ' ')
    .replace(/\b[0-9a-f]{16,}\b/g, ' ');
  const scrubbed = typed.filter(Boolean).reduce((t, arg) => t.split(arg).join(' '), code);
  return latinWords(scrubbed, allowed);
}
