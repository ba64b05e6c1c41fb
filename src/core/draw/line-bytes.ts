/**
 * Canonical row lines (docs/draw-spec.md §1, §2.2) written straight into one reused byte buffer: the same
 * bytes as UTF-8(canonicalRow(row)) (rows.ts), without a string per row, JSON.stringify or TextEncoder.
 * A million registry rows are encoded chunk by chunk into the buffer and each chunk handed to SHA-256 as
 * it stands. Keys are encoded once; strings are escaped and UTF-8 encoded in one pass, which also finds a
 * lone surrogate (refused, as canonicalRow refuses it, naming the field). tests/draw/line-bytes.test.ts
 * compares every byte with the reference encoder on random rows.
 */
import type { ObjectRecord } from '../model';
import { canonicalJson, CanonicalError } from './canonical';
import { canonicalFlags, ROWS_PER_CHUNK as CHUNK } from './rows';
import { sha256Bytes, toHex } from './sha256';

const HEX = [48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 97, 98, 99, 100, 101, 102]; // 0-9a-f
/** JSON's short escapes (JSON.stringify writes these; any other control character as \u00xx). */
const SHORT: Record<number, number> = { 8: 98, 9: 116, 10: 110, 12: 102, 13: 114, 34: 34, 92: 92 };

export class LineBuffer {
  buf: Uint8Array;
  len = 0;
  constructor(size = 1 << 20) {
    this.buf = new Uint8Array(size);
  }

  /** Room for n more bytes (the buffer doubles; a chunk's lines fit after the first few). */
  reserve(n: number): void {
    if (this.len + n <= this.buf.length) return;
    const b = new Uint8Array(Math.max(this.buf.length * 2, this.len + n));
    b.set(this.buf.subarray(0, this.len));
    this.buf = b;
  }

  byte(x: number): void {
    this.reserve(1);
    this.buf[this.len++] = x;
  }

  /** A few bytes (keys, literals): copied by hand, a typed-array set costs more at this size. */
  bytes(x: Uint8Array): void {
    this.reserve(x.length);
    const b = this.buf;
    let p = this.len;
    for (let i = 0; i < x.length; i++) b[p++] = x[i];
    this.len = p;
  }

  /** A non-negative or negative safe integer in decimal (-0 as 0), as JSON.stringify writes it. */
  int(n: number): void {
    this.reserve(17);
    if (n < 0) {
      this.buf[this.len++] = 45;
      n = -n;
    }
    if (n < 10) {
      this.buf[this.len++] = 48 + n;
      return;
    }
    let digits = 0;
    for (let m = n; m >= 1; m = Math.floor(m / 10)) digits++;
    let p = this.len + digits;
    this.len = p;
    for (; n >= 1; n = Math.floor(n / 10)) this.buf[--p] = 48 + (n % 10);
  }

  /**
   * A string as canonical JSON writes it (quoted, escaped, UTF-8); false, with nothing written, when it
   * holds a lone surrogate. `escape` false: written as is (canonical JSON text made elsewhere).
   */
  text(s: string, escape = true): boolean {
    this.reserve(6 * s.length + 2);
    const b = this.buf;
    let p = this.len;
    if (escape) b[p++] = 34;
    const n = s.length;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x80) {
        if (!escape || (c >= 0x20 && c !== 34 && c !== 92)) {
          b[p++] = c;
          continue;
        }
        b[p++] = 92;
        const short = SHORT[c];
        if (short !== undefined) b[p++] = short;
        else {
          b[p++] = 117; // \u00xx, lowercase hex
          b[p++] = 48;
          b[p++] = 48;
          b[p++] = HEX[c >> 4];
          b[p++] = HEX[c & 15];
        }
      } else if (c < 0x800) {
        b[p++] = 0xc0 | (c >> 6);
        b[p++] = 0x80 | (c & 63);
      } else if (c < 0xd800 || c > 0xdfff) {
        b[p++] = 0xe0 | (c >> 12);
        b[p++] = 0x80 | ((c >> 6) & 63);
        b[p++] = 0x80 | (c & 63);
      } else {
        const d = i + 1 < n ? s.charCodeAt(i + 1) : 0;
        if (c > 0xdbff || d < 0xdc00 || d > 0xdfff) return false;
        i++;
        const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        b[p++] = 0xf0 | (cp >> 18);
        b[p++] = 0x80 | ((cp >> 12) & 63);
        b[p++] = 0x80 | ((cp >> 6) & 63);
        b[p++] = 0x80 | (cp & 63);
      }
    }
    if (escape) b[p++] = 34;
    this.len = p;
    return true;
  }
}

/** `"key":` as bytes, once per key; ASCII keys (all the model's are). */
const keyBytes = new Map<string, Uint8Array>();
function keyOf(k: string): Uint8Array {
  let b = keyBytes.get(k);
  if (!b) keyBytes.set(k, (b = new TextEncoder().encode(`${JSON.stringify(k)}:`)));
  return b;
}

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const TRUE = ascii('true');
const FALSE = ascii('false');
const FLAG_NAMES = ['abnormal', 'complaint', 'dishonest', 'seriousViolation'] as const; // sorted
const FLAG_KEY = FLAG_NAMES.map((f) => [ascii(`"${f}":`), ascii(`,"${f}":`)]);

/**
 * Flags as canonicalFlags writes them: written directly when every member is one of the four booleans,
 * else its text (a row from storage may hold anything).
 */
function writeFlags(w: LineBuffer, f: Record<string, unknown>): void {
  for (const k in f) {
    const v = f[k];
    if (v === undefined) continue;
    if (typeof v !== 'boolean' || (k !== 'abnormal' && k !== 'complaint' && k !== 'dishonest' && k !== 'seriousViolation')) {
      w.text(canonicalFlags(f), false);
      return;
    }
  }
  w.byte(123);
  let first = true;
  for (let i = 0; i < 4; i++) {
    const v = f[FLAG_NAMES[i]];
    if (v === undefined) continue;
    w.bytes(FLAG_KEY[i][first ? 0 : 1]);
    w.bytes(v ? TRUE : FALSE);
    first = false;
  }
  w.byte(125);
}

/**
 * One member `"k":v` of a row, preceded by a comma unless it is the first (`start`: where the row's `{`
 * is). Branch for branch what canonicalRow writes for the value.
 */
function member(w: LineBuffer, start: number, k: string, v: unknown): void {
  if (w.len > start + 1) w.byte(44);
  w.bytes(keyOf(k));
  if (typeof v === 'string') {
    if (!w.text(v)) throw new CanonicalError(`字段 ${k} 含有孤立的代理项（无效的 Unicode）`, `field ${k} holds a lone surrogate (not valid Unicode)`);
  } else if (typeof v === 'boolean') w.bytes(v ? TRUE : FALSE);
  else if (typeof v === 'number' && Number.isSafeInteger(v)) w.int(v);
  else if (k === 'flags' && v && typeof v === 'object' && !Array.isArray(v)) writeFlags(w, v as Record<string, unknown>);
  else w.text(canonicalJson(v), false);
}

/** A row of known keys (sorted once by the caller), as canonicalRow(row, sortedKeys) writes it. */
export function writeRow(w: LineBuffer, row: Record<string, unknown>, sortedKeys: readonly string[]): void {
  const start = w.len;
  w.byte(123);
  for (const k of sortedKeys) {
    const v = row[k];
    if (v !== undefined) member(w, start, k, v);
  }
  w.byte(125);
}

/**
 * An object row (the model's 17 fields, sorted: FAST_KEYS in fast-rows.ts) read field by field by name:
 * a loop of keyed reads over a million rows of different shapes goes megamorphic.
 */
export function writeObjectRow(w: LineBuffer, o: ObjectRecord): void {
  const { address, checksThisYear, contact, creditClass, establishedOn, flags, id, idNumber, industry, name, personInCharge, region, registrationOffice, scale, specialIndustry, type, uscc } = o;
  const s = w.len;
  w.byte(123);
  if (address !== undefined) member(w, s, 'address', address);
  if (checksThisYear !== undefined) member(w, s, 'checksThisYear', checksThisYear);
  if (contact !== undefined) member(w, s, 'contact', contact);
  if (creditClass !== undefined) member(w, s, 'creditClass', creditClass);
  if (establishedOn !== undefined) member(w, s, 'establishedOn', establishedOn);
  if (flags !== undefined) member(w, s, 'flags', flags);
  if (id !== undefined) member(w, s, 'id', id);
  if (idNumber !== undefined) member(w, s, 'idNumber', idNumber);
  if (industry !== undefined) member(w, s, 'industry', industry);
  if (name !== undefined) member(w, s, 'name', name);
  if (personInCharge !== undefined) member(w, s, 'personInCharge', personInCharge);
  if (region !== undefined) member(w, s, 'region', region);
  if (registrationOffice !== undefined) member(w, s, 'registrationOffice', registrationOffice);
  if (scale !== undefined) member(w, s, 'scale', scale);
  if (specialIndustry !== undefined) member(w, s, 'specialIndustry', specialIndustry);
  if (type !== undefined) member(w, s, 'type', type);
  if (uscc !== undefined) member(w, s, 'uscc', uscc);
  w.byte(125);
}

/**
 * rowsHash (rows.ts, docs/draw-spec.md §2.2) of rows written as bytes: each chunk of 4,096 lines (each
 * ending in 0x0A) encoded into one reused buffer and digested as it stands (`digest`: node:crypto in the
 * helper, the pure SHA-256 elsewhere), then the chunk digests hashed together.
 */
export function streamRowBytesHash<T>(rows: readonly T[], write: (w: LineBuffer, row: T, index: number) => void, digest: (bytes: Uint8Array) => Uint8Array = sha256Bytes): string {
  const digests = new Uint8Array(32 * Math.ceil(rows.length / CHUNK));
  const w = new LineBuffer();
  for (let c = 0; c * CHUNK < rows.length; c++) {
    w.len = 0;
    const end = Math.min(rows.length, (c + 1) * CHUNK);
    for (let i = c * CHUNK; i < end; i++) {
      write(w, rows[i], i);
      w.byte(10);
    }
    digests.set(digest(w.buf.subarray(0, w.len)), 32 * c);
  }
  return toHex(sha256Bytes(digests));
}
