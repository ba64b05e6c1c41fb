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

/**
 * Lines as one buffer (a line must hold no raw newline: JSON escapes it). The buffer is its own: a view of a
 * larger one would be cloned whole by IndexedDB.
 */
export function encodeLines(lines: readonly string[]): { bytes: Uint8Array; ends: Uint32Array } {
  const bytes = encoder.encode(lines.length ? `${lines.join('\n')}\n` : '');
  const ends = new Uint32Array(lines.length);
  let at = 0;
  for (let i = 0; i < lines.length; i++) {
    const nl = bytes.indexOf(0x0a, at);
    // A raw newline inside a line would shift every line after it: refuse rather than store a wrong block.
    if (nl < 0) throw new Error('a stored line holds a raw newline');
    ends[i] = nl;
    at = nl + 1;
  }
  if (at !== bytes.length) throw new Error('a stored line holds a raw newline');
  return { bytes, ends };
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
