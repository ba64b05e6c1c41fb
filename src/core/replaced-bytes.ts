/**
 * Bytes a decoder could not read become U+FFFD (�): the text around them is kept, the character is lost.
 * Readers that decode (CSV, saved web pages) say where, so the user checks those rows against the file.
 */
export const REPLACED = '\uFFFD';

/** The row numbers (1 = the first row, as the sheet shows it) whose cells hold a replaced character. */
export function rowsWithReplaced(rows: readonly (readonly unknown[])[], firstRow = 1): number[] {
  const out: number[] = [];
  rows.forEach((r, i) => {
    if (r.some((c) => typeof c === 'string' && c.includes(REPLACED))) out.push(firstRow + i);
  });
  return out;
}

/** A list of rows for a message: the first 20, then how many more. */
export function rowList(rows: readonly number[], sep = '、'): string {
  return rows.slice(0, 20).join(sep) + (rows.length > 20 ? ` … (+${rows.length - 20})` : '');
}
