/**
 * A registry's ids as code units in one typed array, with where each ends: what sorting and writing the draw
 * index need of them, without a string per id. At 5,000,000 objects the ids as strings were about 240 MiB of
 * the import's JS heap at its peak (string headers, and the arrays holding them); as units they are 90 MiB of
 * 8-bit units (ids are mostly ASCII codes) plus 20 MiB of ends, outside the heap the collector walks.
 * The units are 8-bit while every one fits, and widened to 16-bit at the first that does not.
 */
export class IdUnits {
  units: Uint8Array | Uint16Array;
  ends: Uint32Array;
  count = 0;
  private len = 0;

  /** Room made for `ids` ids of `units` units in all; more grow the arrays. */
  constructor(ids: number, units = ids * 16) {
    this.ends = new Uint32Array(Math.max(16, ids));
    this.units = new Uint8Array(Math.max(16, units));
  }

  static of(ids: readonly string[]): IdUnits {
    let units = 0;
    for (const id of ids) units += id.length;
    const t = new IdUnits(ids.length, units);
    for (const id of ids) t.push(id);
    return t;
  }

  /** Room for n more units, 16-bit when `wide`. */
  private room(n: number, wide: boolean): void {
    const u = this.units;
    const widen = wide && u instanceof Uint8Array;
    if (this.len + n <= u.length && !widen) return;
    const size = Math.max(this.len + n, this.len + n <= u.length ? u.length : Math.ceil(1.5 * u.length));
    const next = widen ? new Uint16Array(size) : new (u.constructor as typeof Uint8Array)(size);
    next.set(u.subarray(0, this.len));
    this.units = next;
  }

  /** The id `text.slice(from, to)` appended (a packed column's id read without slicing it out). */
  push(text: string, from = 0, to = text.length): void {
    this.expect(1);
    let wide = false;
    for (let k = from; k < to; k++) if (text.charCodeAt(k) > 255) wide = true;
    this.room(to - from, wide);
    const u = this.units;
    let p = this.len;
    for (let k = from; k < to; k++) u[p++] = text.charCodeAt(k);
    this.len = p;
    this.ends[this.count++] = p;
  }

  /**
   * A packed column's ids (`text`, each ending at `ends[i]`, or each `ends` units long) appended; an ASCII column into
   * 8-bit units by one native copy (TextEncoder writes ASCII as its own bytes), not a unit at a time.
   */
  pushPacked(text: string, ends: ArrayLike<number> | number): void {
    const width = typeof ends === 'number' ? ends : 0;
    const n = width ? text.length / width : (ends as ArrayLike<number>).length;
    const end = (i: number) => (width ? (i + 1) * width : (ends as ArrayLike<number>)[i]);
    this.expect(n);
    if (this.units instanceof Uint8Array && ASCII.test(text)) {
      this.room(text.length, false);
      const base = this.len;
      ENCODER.encodeInto(text, this.units.subarray(base));
      for (let i = 0; i < n; i++) this.ends[this.count++] = base + end(i);
      this.len = base + text.length;
      return;
    }
    for (let i = 0, at = 0; i < n; at = end(i++)) this.push(text, at, end(i));
  }

  /** Room for n more ids (a typed array would drop writes past its end without a word). */
  private expect(n: number): void {
    if (this.count + n > this.ends.length) this.ends = grown(this.ends, this.count, this.count + n);
  }

  start(i: number): number {
    return i ? this.ends[i - 1] : 0;
  }

  at(i: number): string {
    const [from, to] = [this.start(i), this.ends[i]];
    // Spread a piece at a time: a cell of a million characters taken as a code must not overflow the call's arguments.
    let out = '';
    for (let k = from; k < to; k += AT_PIECE) out += String.fromCharCode(...this.units.subarray(k, Math.min(to, k + AT_PIECE)));
    return out;
  }

  /** Whether id i is `s` (or `s.slice(from, to)`, read in place). */
  is(i: number, s: string, from = 0, to = s.length): boolean {
    const at = this.start(i) - from;
    if (this.ends[i] - at !== to) return false;
    const u = this.units;
    for (let k = from; k < to; k++) if (u[at + k] !== s.charCodeAt(k)) return false;
    return true;
  }

  equal(a: number, b: number): boolean {
    const [sa, sb] = [this.start(a), this.start(b)];
    const n = this.ends[a] - sa;
    if (this.ends[b] - sb !== n) return false;
    const u = this.units;
    for (let k = 0; k < n; k++) if (u[sa + k] !== u[sb + k]) return false;
    return true;
  }

  /**
   * The ids at `order[from…to)` as one text (a draw index id chunk), decoded natively in one call: ids all of one
   * length (统一社会信用代码 are 18) put end to end, with that `width`; otherwise joined by newlines, with where each
   * ends. Undefined when an id holds a newline or a surrogate (the caller makes the chunk id by id). ASCII ids are
   * decoded from bytes, which gives a one-byte string: from UTF-16 units the text is two bytes a character, twice
   * what IndexedDB clones and a preview reads back (the codes 1.1 s against 0.6 s at 5,000,000); without separators
   * and ends, an 18-character code is 18 bytes of the chunk instead of 23.
   */
  joined(order: Uint32Array, from: number, to: number): { text: string; ends?: Uint32Array; width?: number } | undefined {
    let size = 0;
    let width = -1;
    for (let r = from; r < to; r++) {
      const len = this.ends[order[r]] - this.start(order[r]);
      size += len;
      width = width === -1 || width === len ? len : -2;
    }
    const uniform = width > 0;
    const ends = uniform ? undefined : new Uint32Array(to - from);
    if (!uniform) size += Math.max(0, to - from - 1);
    const out = this.units instanceof Uint8Array ? new Uint8Array(size) : undefined;
    // ASCII ids from bytes; 8-bit units beyond ASCII (Latin-1 letters) and 16-bit ones through UTF-16.
    let text = out && this.copyUnits(out, order, from, to, ends, 0x7f) ? UTF8.decode(out) : undefined;
    if (text === undefined) {
      if (!LITTLE_ENDIAN) return undefined;
      const wide = new Uint16Array(size);
      if (!this.copyUnits(wide, order, from, to, ends, 0xffff)) return undefined;
      text = UTF16.decode(wide);
    }
    return uniform ? { text, width } : { text, ends };
  }

  /**
   * The ids at `order[from…to)` copied into `out`, newline-separated with their ends noted when `ends` is given, end to
   * end otherwise; false at a unit above `max`, a newline or a surrogate.
   */
  private copyUnits(out: Uint8Array | Uint16Array, order: Uint32Array, from: number, to: number, ends: Uint32Array | undefined, max: number): boolean {
    const u = this.units;
    let p = 0;
    for (let r = from; r < to; r++) {
      if (ends && r > from) out[p++] = 10;
      const d = order[r];
      for (let k = this.start(d), e = this.ends[d]; k < e; k++) {
        const c = u[k];
        if (c === 10 || c > max || (c & 0xf800) === 0xd800) return false;
        out[p++] = c;
      }
      if (ends) ends[r - from] = p;
    }
    return true;
  }
}

/** A copy of `a`'s first `keep` entries with room for at least `need`, half as large again at least. */
export function grown(a: Uint32Array, keep: number, need = a.length + 1): Uint32Array {
  const b = new Uint32Array(Math.max(need, Math.ceil(1.5 * a.length)));
  b.set(a.subarray(0, keep));
  return b;
}

const AT_PIECE = 8192;
const ASCII = /^[\x00-\x7f]*$/;
const ENCODER = new TextEncoder();
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const UTF16 = new TextDecoder('utf-16le');
const UTF8 = new TextDecoder();
