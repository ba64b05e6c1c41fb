// Bundled into a page by bench/draw.bench.ts.
import { ROWS_PER_CHUNK } from '../src/core/draw';
import { parseObjects } from '../src/core/draw/inputs';
import { LineBuffer, streamRowBytesHashAsync } from '../src/core/draw/line-bytes';
import { writeObjectRow } from '../src/core/draw/object-row-bytes';
import { sha256Bytes, toHex } from '../src/core/draw/sha256';
import { ours, shuffleBaseline, workload } from './draw-workload';
import { stringifiedRowsHash } from './stringify-chunk';
import { digestFloor } from './digest-floor';

let w: ReturnType<typeof workload> | undefined;
const lib = () => (w ??= workload());

export function run() {
  const times: number[] = [];
  let drawn = 0;
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    drawn = ours(lib(), `page-${i}`).objectIds.length;
    times.push(performance.now() - t);
  }
  const t = performance.now();
  shuffleBaseline(lib().objects, 'page-b');
  const baseline = performance.now() - t;
  times.sort((a, b) => a - b);
  return { median: times[3], baseline, drawn };
}

const heap = () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
const digest = (b: Uint8Array<ArrayBuffer>) => crypto.subtle.digest('SHA-256', b);

/** Validation, canonical order (checked: the generated ids ascend), every row hashed with WebCrypto in chunks. */
async function prepareOnce(objects: unknown[], stringify = false): Promise<string> {
  const valid = parseObjects(objects);
  for (let i = 1; i < valid.length; i++) if (!(valid[i - 1].id < valid[i].id)) throw new Error('not in canonical order');
  // The alternative measured against the byte writer (bench/stringify-chunk.ts).
  return stringify ? stringifiedRowsHash(valid, digest) : streamRowBytesHashAsync(valid, writeObjectRow, digest);
}

/** The least any preparation does, in the same page: each chunk's rows as JSON text, encoded and digested. */
async function stringifyBaseline(objects: unknown[]): Promise<string> {
  const enc = new TextEncoder();
  const out = new Uint8Array(32 * Math.ceil(objects.length / ROWS_PER_CHUNK));
  for (let c = 0; c * ROWS_PER_CHUNK < objects.length; c++) {
    let text = '';
    for (const o of objects.slice(c * ROWS_PER_CHUNK, (c + 1) * ROWS_PER_CHUNK)) text += `${JSON.stringify(o)}\n`;
    out.set(new Uint8Array(await digest(enc.encode(text))), 32 * c);
  }
  return toHex(sha256Bytes(out));
}

/**
 * The least the preparation's hashing takes here: as many bytes as the lines, WebCrypto SHA-256 in the draw's chunks
 * (the first chunk's lines again and again, eight in flight, as streamRowBytesHashAsync digests), nothing encoded.
 */
async function hashingFloor(objects: unknown[]): Promise<{ ms: number; chunkBytes: number; bytes: number; firstTouchMsPerMiB: number; againMsPerMiB: number }> {
  const valid = parseObjects(objects);
  const w = new LineBuffer();
  let bytes = 0;
  let first: Uint8Array<ArrayBuffer> | undefined;
  for (let i = 0; i < valid.length; i++) {
    writeObjectRow(w, valid[i]);
    w.byte(10);
    if (i + 1 === ROWS_PER_CHUNK) first = w.buf.slice(0, w.len);
    // Counted a chunk at a time: the buffer holds one chunk's lines.
    if ((i + 1) % ROWS_PER_CHUNK === 0) [bytes, w.len] = [bytes + w.len, 0];
  }
  bytes += w.len;
  first ??= w.buf.slice(0, w.len);
  const { ms } = await digestFloor(first, bytes);
  // What this machine charges for memory touched the first time (WebCrypto copies each input into fresh memory):
  // 64 MiB written fresh, then written again.
  const fresh = new Uint8Array(64 << 20);
  const t1 = performance.now();
  fresh.fill(1);
  const t2 = performance.now();
  fresh.fill(2);
  const t3 = performance.now();
  return { ms, chunkBytes: first.byteLength, bytes, firstTouchMsPerMiB: (t2 - t1) / 64, againMsPerMiB: (t3 - t2) / 64 };
}

/** Input preparation of the 1M objects in the page: median of 3 (after one warm-up), the baseline, memory. */
export async function prepare() {
  const objects = lib().objects as unknown[];
  const heap0 = heap();
  let hash = await prepareOnce(objects);
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    hash = await prepareOnce(objects);
    times.push(performance.now() - t);
  }
  const heap1 = heap();
  const hashing = await hashingFloor(objects);
  const t = performance.now();
  await stringifyBaseline(objects);
  const baseline = performance.now() - t;
  const t2 = performance.now();
  if ((await prepareOnce(objects, true)) !== hash) throw new Error('the JSON.stringify path hashes differently from the byte writer');
  const stringifyMs = performance.now() - t2;
  times.sort((a, b) => a - b);
  return { median: times[1], baseline, stringifyMs, hash, hashing, heapMiB: heap1 / 2 ** 20, heapGrowthMiB: (heap1 - heap0) / 2 ** 20 };
}
