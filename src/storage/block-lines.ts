/**
 * A block's rows as stored: one UTF-8 buffer of the lines, each followed by a newline, and the byte offset where
 * each line ends (its newline). Chromium's IndexedDB clones one 4 MB buffer in a few milliseconds but 10,000
 * strings in 200–400 (measured in headless Chromium, 2026-12-02): blocks written before this version hold
 * `rows` as strings and are read the same way through these functions.
 */
export interface StoredLines {
  rows?: string[];
  bytes?: Uint8Array;
  /** ends[i]: the offset of line i's newline in `bytes`; line i starts after line i-1's newline. */
  ends?: Uint32Array;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Scratch space reused by encodeLines (the worst case of a block: three bytes a UTF-16 unit, plus the newlines). */
let scratch = new Uint8Array(1 << 20);

/**
 * Lines as one buffer (a line must hold no raw newline: JSON escapes it). The buffer is its own: a view of a
 * larger one would be cloned whole by IndexedDB. Written here, unit by unit, as TextEncoder would (a lone
 * surrogate as U+FFFD): Chromium's TextEncoder takes 250–400 ms on a block's 2.7 million characters joined,
 * this loop a tenth of that, and it finds the line ends as it goes (measured in headless Chromium, 2026-12-02).
 */
export function encodeLines(lines: readonly string[]): { bytes: Uint8Array; ends: Uint32Array } {
  return encodeBlocks(lines, Infinity, Infinity)[0] ?? { bytes: new Uint8Array(0), ends: new Uint32Array(0) };
}

/**
 * Lines encoded once (as encodeLines) and cut into blocks of at least `bytes` each but the last, and at most
 * `maxLines` lines (a stored reference is block × 65536 + position), each block with its own buffer.
 */
export function encodeBlocks(lines: readonly string[], bytes: number, maxLines = 65536): Array<{ bytes: Uint8Array; ends: Uint32Array }> {
  // Encoded first: encodeInto may replace the scratch buffer with a larger one.
  const ends = encodeInto(lines);
  return cutBlocks(scratch, ends, bytes, maxLines);
}

/**
 * Lines already written into `buf` (each followed by a newline at `ends[i]`) cut into blocks as encodeBlocks cuts
 * them, each block copied into a buffer of its own.
 */
export function cutBlocks(buf: Uint8Array, ends: Uint32Array, bytes: number, maxLines = 65536): Array<{ bytes: Uint8Array; ends: Uint32Array }> {
  const out: Array<{ bytes: Uint8Array; ends: Uint32Array }> = [];
  const n = ends.length;
  for (let first = 0, from = 0; first < n; ) {
    let last = first;
    while (last + 1 < n && ends[last] + 1 - from < bytes && last + 1 - first < maxLines) last++;
    const to = ends[last] + 1;
    const own = ends.slice(first, last + 1);
    for (let i = 0; i < own.length; i++) own[i] -= from;
    out.push({ bytes: buf.slice(from, to), ends: own });
    [first, from] = [last + 1, to];
  }
  return out;
}

/** The lines written into `scratch`; the offset of each one's newline. */
function encodeInto(lines: readonly string[]): Uint32Array {
  let units = 0;
  for (let j = 0; j < lines.length; j++) units += lines[j].length;
  if (scratch.length < units * 3 + lines.length) scratch = new Uint8Array(units * 3 + lines.length);
  const b = scratch;
  const ends = new Uint32Array(lines.length);
  let o = 0;
  for (let j = 0; j < lines.length; j++) {
    const s = lines[j];
    const n = s.length;
    for (let i = 0; i < n; i++) {
      let c = s.charCodeAt(i);
      if (c < 0x80) {
        // A raw newline inside a line would shift every line after it: refuse rather than store a wrong block.
        if (c === 0x0a) throw new Error('a stored line holds a raw newline');
        b[o++] = c;
      } else if (c < 0x800) {
        b[o++] = 0xc0 | (c >> 6);
        b[o++] = 0x80 | (c & 63);
      } else if (c < 0xd800 || c > 0xdfff) {
        b[o++] = 0xe0 | (c >> 12);
        b[o++] = 0x80 | ((c >> 6) & 63);
        b[o++] = 0x80 | (c & 63);
      } else {
        const d = c < 0xdc00 && i + 1 < n ? s.charCodeAt(i + 1) : 0;
        if (d >= 0xdc00 && d <= 0xdfff) {
          i++;
          c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          b[o++] = 0xf0 | (c >> 18);
          b[o++] = 0x80 | ((c >> 12) & 63);
          b[o++] = 0x80 | ((c >> 6) & 63);
          b[o++] = 0x80 | (c & 63);
        } else {
          b[o++] = 0xef;
          b[o++] = 0xbf;
          b[o++] = 0xbd;
        }
      }
    }
    ends[j] = o;
    b[o++] = 0x0a;
  }
  return ends;
}

export const lineCount = (b: StoredLines): number => b.ends?.length ?? b.rows?.length ?? 0;

const startOf = (b: StoredLines, i: number) => (i ? b.ends![i - 1] + 1 : 0);

/** Line i as text. */
export function lineText(b: StoredLines, i: number): string {
  if (!b.ends) return b.rows![i];
  return decoder.decode(b.bytes!.subarray(startOf(b, i), b.ends[i]));
}

/** Every line as text (a merge copying rows, an old block's JSON parsed). */
export function linesOf(b: StoredLines): string[] {
  if (!b.ends) return b.rows ?? [];
  const all = decoder.decode(b.bytes!);
  // The last newline ends the last line: split leaves one empty string after it.
  return b.ends.length ? all.slice(0, -1).split('\n') : [];
}

/** Line i with its newline, as UTF-8 (a view of the block's buffer): what the draw index hashes. */
export function lineWithNewline(b: StoredLines, i: number): Uint8Array {
  if (!b.ends) return encoder.encode(`${b.rows![i]}\n`);
  return b.bytes!.subarray(startOf(b, i), b.ends[i] + 1);
}
