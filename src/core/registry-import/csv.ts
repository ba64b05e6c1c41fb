/**
 * A streaming CSV reader (RFC 4180 as Excel writes it): quoted fields with doubled quotes and line
 * breaks inside, and any mix of \r\n, \n and \r between records. Push text as it is decoded; each call
 * returns the records completed so far with their record numbers (1 = the first line of the file).
 */
export interface CsvRecord {
  row: number;
  cells: string[];
  /** The record had more cells than the cap: only the first were kept. */
  columns?: number;
  /** The record could not be read as written (an unclosed quote): its line is kept as plain text. */
  problem?: { zh: string; en: string };
}

export interface CsvLimits {
  /** Cells kept per record (as for .xlsx); the rest are counted and said. */
  maxColumns: number;
  /** A quoted field still open after this many characters is taken as an unclosed quote (Excel holds 32,767 per cell). */
  maxField: number;
}
export const DEFAULT_CSV_LIMITS: CsvLimits = { maxColumns: 200, maxField: 65536 };

const QUOTE = 34;
const COMMA = 44;
const CR = 13;
const LF = 10;

export class CsvReader {
  private rest = '';
  private row = 0;

  constructor(private readonly limits: CsvLimits = DEFAULT_CSV_LIMITS) {}

  private record(row: number, cells: string[], problem?: CsvRecord['problem']): CsvRecord {
    const r: CsvRecord = { row, cells };
    if (cells.length > this.limits.maxColumns) {
      r.columns = cells.length;
      cells.length = this.limits.maxColumns;
    }
    if (problem) r.problem = problem;
    return r;
  }

  push(text: string): CsvRecord[] {
    return this.parse(this.rest + text, false);
  }

  end(): CsvRecord[] {
    return this.parse(this.rest, true);
  }

  private parse(s: string, final: boolean): CsvRecord[] {
    const out: CsvRecord[] = [];
    let i = 0;
    const n = s.length;
    // Cached next positions: indexOf scans to the end when a character is absent, so remember that.
    let nextQuote = -2;
    let nextLf = -2;
    let nextCr = -2;
    const find = (ch: string, from: number, cached: number) => (cached >= from || cached === -1 ? cached : s.indexOf(ch, from));
    while (i < n) {
      const start = i;
      // Fast path: a record with no quote before its end of line.
      nextLf = find('\n', i, nextLf);
      nextCr = find('\r', i, nextCr);
      nextQuote = find('"', i, nextQuote);
      const eol = nextLf === -1 ? nextCr : nextCr === -1 ? nextLf : Math.min(nextLf, nextCr);
      if (eol === -1 && !final) break;
      const lineEnd = eol === -1 ? n : eol;
      if (nextQuote === -1 || nextQuote > lineEnd) {
        if (eol !== -1 && s.charCodeAt(eol) === CR && eol + 1 >= n && !final) break; // \r at the end: wait for a possible \n
        this.row++;
        out.push(this.record(this.row, s.slice(i, lineEnd).split(',')));
        i = lineEnd === n ? n : s.charCodeAt(lineEnd) === CR && s.charCodeAt(lineEnd + 1) === LF ? lineEnd + 2 : lineEnd + 1;
        continue;
      }
      // Slow path: field by field.
      const cells: string[] = [];
      let lines = 0;
      let complete = false;
      let unclosed = false;
      while (true) {
        if (s.charCodeAt(i) === QUOTE) {
          const open = i;
          let j = i + 1;
          let val = '';
          let closed = false;
          while (true) {
            const q = s.indexOf('"', j);
            if (q === -1) break;
            if (q + 1 >= n && !final) break; // cannot tell "" from " yet
            if (s.charCodeAt(q + 1) === QUOTE) {
              val += s.slice(j, q + 1);
              j = q + 2;
              continue;
            }
            val += s.slice(j, q);
            i = q + 1;
            closed = true;
            break;
          }
          const spans = /[\r\n]/.test(val);
          // Unclosed: no closing quote to the end of the file or within a cell's length, or a "closing" quote
          // found lines later that is followed by text (it is the next field's opening quote, not this one's end).
          if (closed ? spans && i < n && ![COMMA, CR, LF].includes(s.charCodeAt(i)) : final || n - open > this.limits.maxField) {
            unclosed = true;
            break;
          }
          if (!closed) break;
          lines += (val.match(/\r\n|\r|\n/g) ?? []).length;
          // Text after the closing quote up to the delimiter belongs to the field (Excel does the same).
          let k = i;
          while (k < n) {
            const c = s.charCodeAt(k);
            if (c === COMMA || c === CR || c === LF) break;
            k++;
          }
          cells.push(val + s.slice(i, k));
          i = k;
        } else {
          let k = i;
          while (k < n) {
            const c = s.charCodeAt(k);
            if (c === COMMA || c === CR || c === LF) break;
            k++;
          }
          cells.push(s.slice(i, k));
          i = k;
        }
        if (i >= n) {
          if (!final) break;
          complete = true;
          break;
        }
        const c = s.charCodeAt(i);
        if (c === COMMA) {
          i++;
          if (i >= n && final) {
            cells.push('');
            complete = true;
            break;
          }
          continue;
        }
        if (c === CR) {
          if (i + 1 >= n && !final) break;
          i += s.charCodeAt(i + 1) === LF ? 2 : 1;
        } else i++;
        complete = true;
        break;
      }
      if (unclosed) {
        // The record is its own line read as plain text, refused with the line named; the next line is read as usual.
        let e = start;
        while (e < n && s.charCodeAt(e) !== CR && s.charCodeAt(e) !== LF) e++;
        this.row++;
        out.push(this.record(this.row, s.slice(start, e).split(','), { zh: `第 ${this.row} 行的引号没有配对的结束引号：本行按原文读取并拒绝，下一行照常读取；请检查该行的引号`, en: `row ${this.row} has a quote that is never closed: the line is read as written and refused, the next line is read as usual; check the quotes on that line` }));
        i = e < n && s.charCodeAt(e) === CR && s.charCodeAt(e + 1) === LF ? e + 2 : e < n ? e + 1 : n;
        continue;
      }
      if (!complete) {
        i = start;
        break;
      }
      this.row++;
      out.push(this.record(this.row, cells));
      this.row += lines;
    }
    this.rest = s.slice(i);
    return out;
  }
}

/** A whole text at once. */
export function parseCsv(text: string): CsvRecord[] {
  const r = new CsvReader();
  return [...r.push(text), ...r.end()];
}

/** A cell for a CSV we write: quoted when needed, and a leading = + - @ neutralised (no formula injection). */
export function csvCell(v: string): string {
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
