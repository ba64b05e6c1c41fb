/**
 * The browsers' native messaging framing: each message is UTF-8 JSON preceded by its length as a
 * 32-bit unsigned integer in native byte order (little-endian on every platform we run on).
 */

/** The largest message the host takes from the browser: a draw record or evidence file with room to spare. */
export const MAX_IN = 8 * 1024 * 1024;
/** Chromium refuses a message from a host larger than 1 MB. */
export const MAX_OUT = 1024 * 1024;

export function encode(message: unknown): Buffer {
  const body = Buffer.from(JSON.stringify(message), 'utf8');
  if (body.length > MAX_OUT) throw new FrameError('oversize', `reply of ${body.length} bytes is larger than the browser's 1 MB limit`);
  const head = Buffer.alloc(4);
  head.writeUInt32LE(body.length, 0);
  return Buffer.concat([head, body]);
}

export class FrameError extends Error {
  constructor(
    readonly code: 'oversize' | 'bad-json' | 'truncated',
    message: string,
  ) {
    super(message);
  }
}

export type Frame = { ok: true; value: unknown } | { ok: false; error: FrameError };

/**
 * Splits a byte stream into messages. A frame whose body is not JSON is reported and skipped (its
 * length is known, so the next frame is still found); an oversize length cannot be skipped safely
 * (the bytes would have to be read and thrown away, and a hostile length is 4 GB), so it ends the
 * stream: `fatal` is set and nothing more is read.
 */
export class Decoder {
  /** Bytes received and not yet framed, as they came: joined once per frame, not once per chunk (a frame
   *  arriving a byte at a time was copied again with every byte: quadratic). */
  private parts: Buffer[] = [];
  private have = 0;
  fatal = false;

  constructor(private readonly max = MAX_IN) {}

  private join(): Buffer {
    const b = this.parts.length === 1 ? this.parts[0] : Buffer.concat(this.parts, this.have);
    this.parts = [b];
    return b;
  }

  push(chunk: Buffer): Frame[] {
    if (this.fatal) return [];
    if (chunk.length) {
      this.parts.push(chunk);
      this.have += chunk.length;
    }
    const out: Frame[] = [];
    while (this.have >= 4) {
      const head = this.parts[0].length >= 4 ? this.parts[0] : this.join();
      const len = head.readUInt32LE(0);
      if (len > this.max) {
        this.fatal = true;
        this.parts = [];
        this.have = 0;
        out.push({ ok: false, error: new FrameError('oversize', `message of ${len} bytes is larger than the ${this.max}-byte limit`) });
        return out;
      }
      if (this.have < 4 + len) break;
      const buf = this.join();
      const body = buf.subarray(4, 4 + len);
      const rest = buf.subarray(4 + len);
      this.parts = rest.length ? [rest] : [];
      this.have = rest.length;
      try {
        out.push({ ok: true, value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body)) });
      } catch (e) {
        out.push({ ok: false, error: new FrameError('bad-json', `message is not UTF-8 JSON: ${(e as Error).message}`) });
      }
    }
    return out;
  }

  /** At the end of input: a partial frame left over is reported. */
  end(): Frame[] {
    if (this.fatal || !this.have) return [];
    const n = this.have;
    this.parts = [];
    this.have = 0;
    return [{ ok: false, error: new FrameError('truncated', `input ended inside a frame (${n} bytes left)`) }];
  }
}
