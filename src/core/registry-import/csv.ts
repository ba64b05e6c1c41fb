/**
 * A streaming CSV reader (RFC 4180 as Excel writes it): quoted fields with doubled quotes and line
 * breaks inside, and any mix of \r\n, \n and \r between records. Push text as it is decoded; each call
 * returns the records completed so far with their record numbers (1 = the first line of the file).
 */
export interface CsvRecord {
  row: number;
  cells: string[];
}

const QUOTE = 34;
const COMMA = 44;
const CR = 13;
const LF = 10;

export class CsvReader {
  private rest = '';
  private row = 0;

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
        out.push({ row: this.row, cells: s.slice(i, lineEnd).split(',') });
        i = lineEnd === n ? n : s.charCodeAt(lineEnd) === CR && s.charCodeAt(lineEnd + 1) === LF ? lineEnd + 2 : lineEnd + 1;
        continue;
      }
      // Slow path: field by field.
      const cells: string[] = [];
      let lines = 0;
      let complete = false;
      while (true) {
        if (s.charCodeAt(i) === QUOTE) {
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
          if (!closed) {
            if (!final) break;
            // Unterminated quote at the end of the file: keep what is there.
            val += s.slice(j);
            i = n;
          }
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
      if (!complete) {
        i = start;
        break;
      }
      this.row++;
      out.push({ row: this.row, cells });
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
