/**
 * Canonical row lines (docs/draw-spec.md §1, §2.2) written straight into one reused byte buffer: the same
 * bytes as UTF-8(canonicalRow(row)) (rows.ts), without a string per row, JSON.stringify or TextEncoder.
 * A million registry rows are encoded chunk by chunk into the buffer and each chunk handed to SHA-256 as
 * it stands. Keys are encoded once; strings are escaped and UTF-8 encoded in one pass, which also finds a
 * lone surrogate (refused, as canonicalRow refuses it, naming the field). tests/draw/line-bytes.test.ts
 * compares every byte with the reference encoder on random rows.
 */
import { canonicalJson, CanonicalError } from './canonical';
import { canonicalFlags, ROWS_PER_CHUNK as CHUNK } from './rows';
import { sha256Bytes, toHex } from './sha256';

const HEX = [48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 97, 98, 99, 100, 101, 102]; // 0-9a-f
/** JSON's short escapes (JSON.stringify writes these; any other control character as \u00xx). */
const SHORT: Record<number, number> = { 8: 98, 9: 116, 10: 110, 12: 102, 13: 114, 34: 34, 92: 92 };

export class LineBuffer {
  buf: Uint8Array<ArrayBuffer>;
  len = 0;
  /** Members of fields whose values repeat (class, industry, region …) as written once: their bytes by value (object-row-bytes.ts). */
  readonly seen: Map<string, Uint8Array>[] = [];
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

  /** A safe integer in decimal (-0 as 0), as JSON.stringify writes it. */
  int(n: number): void {
    this.reserve(17);
    this.len = putInt(this.buf, this.len, n);
  }

  /**
   * A string as canonical JSON writes it (quoted, escaped, UTF-8); false, with nothing written, when it
   * holds a lone surrogate. `escape` false: written as is (canonical JSON text made elsewhere).
   */
  text(s: string, escape = true): boolean {
    this.reserve(6 * s.length + 2);
    const p = escape ? putString(this.buf, this.len, s) : putRaw(this.buf, this.len, s);
    if (p < 0) return false;
    this.len = p;
    return true;
  }
}

/** A safe integer in decimal at b[p…] (room for 17 bytes made), -0 as 0: the position after it. */
export function putInt(b: Uint8Array, p: number, n: number): number {
  if (n < 0) {
    b[p++] = 45;
    n = -n;
  }
  if (n < 10) {
    b[p++] = 48 + n;
    return p;
  }
  let digits = 0;
  for (let m = n; m >= 1; m = Math.floor(m / 10)) digits++;
  const end = p + digits;
  for (let q = end; n >= 1; n = Math.floor(n / 10)) b[--q] = 48 + (n % 10);
  return end;
}

/**
 * `s` quoted, escaped and UTF-8 encoded at b[p…] (the caller made room for 6 bytes a code unit + 2):
 * the position after it, or -1 when `s` holds a lone surrogate. Written code unit by code unit into the
 * buffer, the common cases first (printable ASCII, then the 3-byte BMP of Chinese text): no string, array
 * or TextEncoder call per field.
 */
export function putString(b: Uint8Array, p: number, s: string): number {
  b[p++] = 34;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 0x20 && c !== 34 && c !== 92) b[p++] = c;
      else p = putEscape(b, p, c);
    } else if (c >= 0x800 && (c < 0xd800 || c > 0xdfff)) {
      b[p] = 0xe0 | (c >> 12);
      b[p + 1] = 0x80 | ((c >> 6) & 63);
      b[p + 2] = 0x80 | (c & 63);
      p += 3;
    } else if (c < 0x800) {
      b[p] = 0xc0 | (c >> 6);
      b[p + 1] = 0x80 | (c & 63);
      p += 2;
    } else {
      const d = i + 1 < n ? s.charCodeAt(i + 1) : 0;
      if (c > 0xdbff || d < 0xdc00 || d > 0xdfff) return -1;
      i++;
      const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
      b[p] = 0xf0 | (cp >> 18);
      b[p + 1] = 0x80 | ((cp >> 12) & 63);
      b[p + 2] = 0x80 | ((cp >> 6) & 63);
      b[p + 3] = 0x80 | (cp & 63);
      p += 4;
    }
  }
  b[p++] = 34;
  return p;
}

/** `"`, `\` or a control character as JSON.stringify escapes it: the short form, else \u00xx (lowercase hex). */
function putEscape(b: Uint8Array, p: number, c: number): number {
  b[p++] = 92;
  const short = SHORT[c];
  if (short !== undefined) {
    b[p++] = short;
    return p;
  }
  b[p] = 117;
  b[p + 1] = 48;
  b[p + 2] = 48;
  b[p + 3] = HEX[c >> 4];
  b[p + 4] = HEX[c & 15];
  return p + 5;
}

/** Canonical JSON text made elsewhere, UTF-8 encoded as it is (not escaped again); -1 on a lone surrogate. */
function putRaw(b: Uint8Array, p: number, s: string): number {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) b[p++] = c;
    else if (c < 0x800) {
      b[p++] = 0xc0 | (c >> 6);
      b[p++] = 0x80 | (c & 63);
    } else if (c < 0xd800 || c > 0xdfff) {
      b[p++] = 0xe0 | (c >> 12);
      b[p++] = 0x80 | ((c >> 6) & 63);
      b[p++] = 0x80 | (c & 63);
    } else {
      const d = i + 1 < n ? s.charCodeAt(i + 1) : 0;
      if (c > 0xdbff || d < 0xdc00 || d > 0xdfff) return -1;
      i++;
      const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
      b[p++] = 0xf0 | (cp >> 18);
      b[p++] = 0x80 | ((cp >> 12) & 63);
      b[p++] = 0x80 | ((cp >> 6) & 63);
      b[p++] = 0x80 | (cp & 63);
    }
  }
  return p;
}

/** The error for a field holding a lone surrogate, as canonicalRow words it. */
export const loneSurrogate = (k: string) => new CanonicalError(`字段 ${k} 含有孤立的代理项（无效的 Unicode）`, `field ${k} holds a lone surrogate (not valid Unicode)`);

/** `"key":` as bytes, once per key; ASCII keys (all the model's are). */
const keyBytes = new Map<string, Uint8Array>();
function keyOf(k: string): Uint8Array {
  let b = keyBytes.get(k);
  if (!b) keyBytes.set(k, (b = new TextEncoder().encode(`${JSON.stringify(k)}:`)));
  return b;
}

export const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
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
export function member(w: LineBuffer, start: number, k: string, v: unknown): void {
  if (w.len > start + 1) w.byte(44);
  w.bytes(keyOf(k));
  if (typeof v === 'string') {
    if (!w.text(v)) throw loneSurrogate(k);
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

/** Chunk `c`'s rows written into the reused buffer, each line ending in 0x0A. */
function writeChunk<T>(w: LineBuffer, rows: readonly T[], c: number, write: (w: LineBuffer, row: T, index: number) => void): void {
  w.len = 0;
  const end = Math.min(rows.length, (c + 1) * CHUNK);
  for (let i = c * CHUNK; i < end; i++) {
    write(w, rows[i], i);
    w.byte(10);
  }
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
    writeChunk(w, rows, c, write);
    digests.set(digest(w.buf.subarray(0, w.len)), 32 * c);
  }
  return toHex(sha256Bytes(digests));
}

/**
 * Chunks handed over as they are written and digested elsewhere (node:crypto on another thread in the
 * helper: src/helper/digest-worker.ts) while the next is written; `add` copies what it keeps.
 */
export interface ChunkPipeline {
  add(chunk: Uint8Array, index: number): void;
  /** The `count` chunk digests, 32 bytes each in chunk order, once all are done. */
  end(count: number): Uint8Array;
}

/** rowsHash of rows written as bytes, the chunks digested by a pipeline while the next is written. */
export function pipelinedRowBytesHash<T>(rows: readonly T[], write: (w: LineBuffer, row: T, index: number) => void, pipe: ChunkPipeline): string {
  const w = new LineBuffer();
  const count = Math.ceil(rows.length / CHUNK);
  for (let c = 0; c < count; c++) {
    writeChunk(w, rows, c, write);
    pipe.add(w.buf.subarray(0, w.len), c);
  }
  return toHex(sha256Bytes(pipe.end(count)));
}

/**
 * The same rowsHash with an asynchronous digest (WebCrypto in a browser): each chunk digested while the
 * next is written, at most `inFlight` digests pending at once. The reused buffer is handed over as it
 * stands: WebCrypto copies the bytes when digest() is called (WebCrypto §14.3.5, "a copy of the bytes held
 * by data"), and a copy of our own, 1.8 MiB a chunk, made the page's garbage collector run over the
 * million-object heap again and again.
 */
export async function streamRowBytesHashAsync<T>(rows: readonly T[], write: (w: LineBuffer, row: T, index: number) => void, digest: (bytes: Uint8Array<ArrayBuffer>) => Promise<ArrayBuffer>, inFlight = 8): Promise<string> {
  const digests = new Uint8Array(32 * Math.ceil(rows.length / CHUNK));
  const w = new LineBuffer();
  const pending = new Set<Promise<void>>();
  for (let c = 0; c * CHUNK < rows.length; c++) {
    writeChunk(w, rows, c, write);
    const p: Promise<void> = digest(w.buf.subarray(0, w.len)).then((d) => {
      digests.set(new Uint8Array(d), 32 * c);
      pending.delete(p);
    });
    pending.add(p);
    if (pending.size >= inFlight) await Promise.race(pending);
  }
  await Promise.all(pending);
  return toHex(sha256Bytes(digests));
}
