/**
 * The rows of a plain CSV text, as the spreadsheet library would give them, without its cell objects (a province's
 * export of a million results spent most of its reading time there). Plain: no quote anywhere, no "sep=" line, and
 * the comma the separator the library would guess (as often in the first 1,024 characters as tab, ";" and "|").
 * Anything else: undefined, and the caller reads the text with the library.
 *
 * As the library: lines end at \r\n, \n or \r; a break at the very end makes no row, nor a comma at the very end a
 * cell; every row is padded with '' to the widest row (tests/liaison/plain-csv.test.ts holds the two readings equal).
 */
export function plainCsvRows(text: string): string[][] | undefined {
  if (text.includes('"') || text.startsWith('sep=')) return undefined;
  const head = text.slice(0, 1024);
  const count = (ch: string) => head.split(ch).length - 1;
  const commas = count(',');
  if (commas < count('\t') || commas < count(';') || commas < count('|')) return undefined;
  const lines = text.split(/\r\n|\n|\r/);
  if (lines[lines.length - 1] === '') lines.pop();
  const rows = lines.length ? lines.map((line) => line.split(',')) : [['']]; // an empty text: one empty cell, as the library
  // An empty cell after a last comma at the very end of the text (no line break) is not a cell to the library.
  const last = rows[rows.length - 1];
  if (last && last.length > 1 && last[last.length - 1] === '' && !/[\r\n]$/.test(text)) last.pop();
  let width = 0;
  for (const r of rows) if (r.length > width) width = r.length;
  for (const r of rows) while (r.length < width) r.push('');
  return rows;
}
