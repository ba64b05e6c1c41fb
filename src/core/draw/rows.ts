/**
 * The registries' rows as the draw fixes them (docs/draw-spec.md §2): every row in full, identity
 * fields included (name, USCC, licence number …), as one line of canonical JSON; the list hashed in
 * chunks of 4,096 lines so native SHA-256 (node:crypto, WebCrypto) can take it piece by piece:
 *
 *   chunkDigest_c = SHA-256(line_{4096c} ‖ 0x0A ‖ line_{4096c+1} ‖ 0x0A ‖ … )   (every line ends in 0x0A)
 *   rowsHash      = SHA-256(chunkDigest_0 ‖ chunkDigest_1 ‖ …)                    (raw 32-byte digests)
 */
import { canonicalJson, isWellFormed, CanonicalError } from './canonical';
import { sha256Bytes, toHex } from './sha256';
import type { ChunkPipeline } from './line-bytes';

export const ROWS_PER_CHUNK = 4096;

/** A chunk's hash fed line by line (node:crypto): no 4,096-line string is built. */
export interface LineDigest {
  add(line: string): void;
  end(): Uint8Array;
}
/**
 * SHA-256 of a chunk's text (UTF-8): the pure one by default, node:crypto in the helper; `lines`, when
 * given, hashes the same bytes fed line by line (each line and its 0x0A); `bytes`, when given, the
 * chunk's bytes as they stand (rows written by line-bytes.ts); `pipeline`, when given, those bytes digested
 * elsewhere while the next chunk is written.
 */
export type ChunkDigest = ((text: string) => Uint8Array) & { lines?: () => LineDigest; bytes?: (chunk: Uint8Array) => Uint8Array; pipeline?: () => ChunkPipeline };
const encoder = new TextEncoder();
/** `bytes`: a chunk's UTF-8 as written by line-bytes.ts (no text built at all). */
export const pureChunkDigest: ChunkDigest = Object.assign((text: string) => sha256Bytes(encoder.encode(text)), { bytes: sha256Bytes });

export function rowsHash(lines: readonly string[], digest: ChunkDigest = pureChunkDigest): string {
  return streamRowsHash(lines, (l) => l, digest);
}

/** The same hash, each row's line made only while its chunk is hashed: a million lines never held at once. */
export function streamRowsHash<T>(rows: readonly T[], line: (row: T) => string, digest: ChunkDigest = pureChunkDigest): string {
  const digests = new Uint8Array(32 * Math.ceil(rows.length / ROWS_PER_CHUNK));
  for (let c = 0; c * ROWS_PER_CHUNK < rows.length; c++) {
    if (digest.lines) {
      const h = digest.lines();
      const end = Math.min(rows.length, (c + 1) * ROWS_PER_CHUNK);
      for (let i = c * ROWS_PER_CHUNK; i < end; i++) h.add(line(rows[i]));
      digests.set(h.end(), 32 * c);
      continue;
    }
    let text = '';
    const end = Math.min(rows.length, (c + 1) * ROWS_PER_CHUNK);
    for (let i = c * ROWS_PER_CHUNK; i < end; i++) text += `${line(rows[i])}\n`;
    digests.set(digest(text), 32 * c);
  }
  return toHex(sha256Bytes(digests));
}

const FLAG_KEYS = ['abnormal', 'complaint', 'dishonest', 'seriousViolation'] as const;
/** Canonical JSON of an object's flags (four optional booleans, keys in canonical order). */
export function canonicalFlags(f: Record<string, unknown>): string {
  let out = '{';
  for (const k of FLAG_KEYS) {
    const v = f[k];
    if (v === undefined) continue;
    if (typeof v !== 'boolean') return canonicalJson(f);
    out += `${out.length > 1 ? ',' : ''}"${k}":${v}`;
  }
  for (const k in f) if (!(FLAG_KEYS as readonly string[]).includes(k) && f[k] !== undefined) return canonicalJson(f);
  return `${out}}`;
}

/**
 * Canonical JSON of a validated row whose keys are known: the same bytes as canonicalJson(row), about
 * three times faster on a million rows (keys sorted once, not per row).
 */
export function canonicalRow(row: Record<string, unknown>, sortedKeys: readonly string[]): string {
  let out = '{';
  for (const k of sortedKeys) {
    const v = row[k];
    if (v === undefined) continue;
    let enc: string;
    if (typeof v === 'string') {
      if (!isWellFormed(v)) throw new CanonicalError(`字段 ${k} 含有孤立的代理项（无效的 Unicode）`, `field ${k} holds a lone surrogate (not valid Unicode)`);
      enc = JSON.stringify(v);
    } else if (typeof v === 'boolean') enc = v ? 'true' : 'false';
    else if (k === 'flags' && v && typeof v === 'object' && !Array.isArray(v)) enc = canonicalFlags(v as Record<string, unknown>);
    else enc = canonicalJson(v);
    out += `${out.length > 1 ? ',' : ''}"${k}":${enc}`;
  }
  return `${out}}`;
}
