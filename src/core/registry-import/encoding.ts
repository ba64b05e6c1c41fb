/**
 * Text encoding of a CSV, detected in the order staff's files need: a byte-order mark (UTF-8, UTF-16),
 * then strict UTF-8, then GB18030 (a superset of GBK, what Excel on a Chinese Windows saves).
 */
export type TextEncodingName = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

export interface Sniffed {
  encoding: TextEncodingName;
  bom: number;
  why: string;
}

export function sniffEncoding(head: Uint8Array, complete = false): Sniffed {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bom: 3, why: 'UTF-8 BOM' };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bom: 2, why: 'UTF-16LE BOM' };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bom: 2, why: 'UTF-16BE BOM' };
  // UTF-16 without a mark: ASCII characters leave every other byte zero.
  const n = Math.min(head.length, 4096) & ~1;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) evenZero++;
    if (head[i + 1] === 0) oddZero++;
  }
  if (n >= 4 && oddZero > n / 8 && evenZero < oddZero / 4) return { encoding: 'utf-16le', bom: 0, why: 'UTF-16LE (zero bytes)' };
  if (n >= 4 && evenZero > n / 8 && oddZero < evenZero / 4) return { encoding: 'utf-16be', bom: 0, why: 'UTF-16BE (zero bytes)' };
  try {
    // stream: a character cut at the end of the sample is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: !complete });
    return { encoding: 'utf-8', bom: 0, why: 'valid UTF-8' };
  } catch {
    return { encoding: 'gb18030', bom: 0, why: 'not UTF-8: GB18030/GBK' };
  }
}

const countReplaced = (t: string) => {
  let k = 0;
  for (let i = t.indexOf('\uFFFD'); i !== -1; i = t.indexOf('\uFFFD', i + 1)) k++;
  return k;
};

/**
 * The encoding of a whole file, read once: a byte-order mark or UTF-16's zero bytes from the start; else
 * UTF-8 when it has no invalid byte, or when its valid non-ASCII characters outnumber the invalid bytes
 * four to one (a UTF-8 file with a few damaged bytes: GBK text read as UTF-8 gives mostly invalid bytes);
 * else GB18030. Decided before any row is read, so a bad byte early on cannot choose for the whole file.
 * The reading stops early when the answer is already sure: a byte-order mark, or a first 64 KiB of valid
 * UTF-8 holding Chinese text (GBK's Chinese is not valid UTF-8); the rows read later still count and name
 * every byte replaced, so a registry of millions is not decoded twice.
 */
export async function decideEncoding(chunks: AsyncIterable<Uint8Array>): Promise<Sniffed> {
  const v = new EncodingVote();
  for await (const c of chunks) if (v.push(c)) break;
  return v.result();
}

/** The same decision on bytes held whole (the liaison and plan-table readers). */
export function decideEncodingOf(bytes: Uint8Array): Sniffed {
  const v = new EncodingVote();
  v.push(bytes);
  return v.result();
}

const SURE_BYTES = 65536;
const SURE_WIDE = 64;

class EncodingVote {
  private readonly utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
  private head: Uint8Array[] = [];
  private headBytes = 0;
  private mark?: Sniffed;
  private done?: Sniffed;
  private bad = 0;
  private wide = 0;
  private bytes = 0;

  private scan(t: string) {
    this.bad += countReplaced(t);
    for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) >= 0x80) this.wide++;
  }

  private start(complete: boolean) {
    const all = concat(this.head, this.headBytes);
    this.head = [];
    const s = sniffEncoding(all, complete);
    if (s.encoding !== 'utf-8' && s.encoding !== 'gb18030') {
      this.done = s;
      return;
    }
    this.mark = s.bom ? s : { encoding: 'utf-8', bom: 0, why: '' };
    // A byte-order mark decides: the bytes that are not UTF-8 are counted as the rows are read.
    if (s.bom) this.done = s;
    else this.scan(this.utf8.decode(all.subarray(this.mark.bom), { stream: true }));
  }

  /** Sure already: 64 KiB of valid UTF-8 with Chinese text in them. */
  private sure(): boolean {
    if (this.bad || this.bytes < SURE_BYTES || this.wide < SURE_WIDE) return false;
    this.done = { encoding: 'utf-8', bom: 0, why: 'valid UTF-8 with Chinese text (first 64 KiB)' };
    return true;
  }

  /** True when the answer is known already (a UTF-16 file). */
  push(c: Uint8Array): boolean {
    if (this.done) return true;
    this.bytes += c.length;
    if (this.mark) {
      this.scan(this.utf8.decode(c, { stream: true }));
      return this.sure();
    }
    this.head.push(c);
    this.headBytes += c.length;
    if (this.headBytes >= 4096) this.start(false);
    return !!this.done || (!!this.mark && this.sure());
  }

  result(): Sniffed {
    if (!this.mark && !this.done) this.start(true);
    if (this.done) return this.done;
    this.scan(this.utf8.decode());
    const bad = this.bad;
    const wide = this.wide - bad;
    const mark = this.mark!;
    if (mark.bom) return { ...mark, why: bad ? `UTF-8 BOM; ${bad} invalid bytes replaced` : mark.why };
    if (!bad) return { encoding: 'utf-8', bom: 0, why: 'valid UTF-8 (whole file)' };
    if (wide >= 4 * bad) return { encoding: 'utf-8', bom: 0, why: `UTF-8 (whole file) with ${bad} invalid bytes replaced` };
    return { encoding: 'gb18030', bom: 0, why: 'not UTF-8 (whole file): GB18030/GBK' };
  }
}

/**
 * A streaming decoder: feed byte chunks, get text. Sniffing its first bytes, a later invalid UTF-8 byte is
 * an error naming its offset; given the encoding decided on the whole file, it replaces what it cannot
 * decode and counts it (`replaced`), for a warning naming the rows.
 */
export class TextSource {
  private decoder?: TextDecoder;
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private offset = 0;
  sniffed?: Sniffed;
  /** Characters replaced with U+FFFD so far (only when the encoding was decided on the whole file). */
  replaced = 0;

  constructor(
    private readonly sample = 65536,
    private readonly decided?: Sniffed,
  ) {}

  push(bytes: Uint8Array): string {
    if (this.decoder) return this.decode(bytes, true);
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
    return this.pendingBytes >= this.sample ? this.start(false) : '';
  }

  end(): string {
    const head = this.decoder ? '' : this.start(true);
    return head + this.decode(new Uint8Array(0), false);
  }

  private start(complete: boolean): string {
    const all = concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.sniffed = this.decided ?? sniffEncoding(all, complete);
    // ignoreBOM: the mark is skipped here, once, whatever the encoding.
    this.decoder = new TextDecoder(this.sniffed.encoding, { fatal: !this.decided && this.sniffed.encoding === 'utf-8', ignoreBOM: true });
    this.offset = this.sniffed.bom;
    return this.decode(all.subarray(this.sniffed.bom), !complete);
  }

  private decode(bytes: Uint8Array, stream: boolean): string {
    try {
      const t = this.decoder!.decode(bytes, { stream });
      this.offset += bytes.length;
      if (this.decided) this.replaced += countReplaced(t);
      return t;
    } catch {
      throw new Error(`文件开头是 UTF-8，但在第 ${this.offset} 字节之后有无效的 UTF-8 字节：请统一另存为 UTF-8 / the file starts as UTF-8 but has invalid UTF-8 after byte ${this.offset}: save it again as UTF-8`);
    }
  }
}

function concat(parts: Uint8Array[], n: number): Uint8Array {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** Decode a whole file at once (small files, tests). */
export function decodeAll(bytes: Uint8Array): { text: string; sniffed: Sniffed } {
  const s = new TextSource(Infinity);
  const text = s.push(bytes) + s.end();
  return { text, sniffed: s.sniffed! };
}
