/**
 * The canonical JSON (docs/draw-spec.md §1) of a draw result and of a record, written for their known shape:
 * a preview over millions of objects draws hundreds of thousands, and the generic canonicalJson walk plus the
 * pure-JS SHA-256 of those megabytes took longer than the draw. Same bytes (tests/draw/result-json.test.ts);
 * the hash by WebCrypto / node:crypto's webcrypto where there is one, the pure one otherwise.
 */
import { canonicalJson } from './canonical';
import type { DrawResult } from './schema';
import { sha256 } from './sha256';
import { withRoom } from './result-bytes';

// Ids and reasons are strings the inputs' canonical lines already checked (no lone surrogate): JSON.stringify
// writes them as canonicalJson does (the same escapes, non-ASCII as itself).
const str = JSON.stringify;
const strs = (a: readonly string[]) => {
  let out = '[';
  for (let i = 0; i < a.length; i++) out += (i ? ',' : '') + str(a[i]);
  return `${out}]`;
};

export function resultJson(r: DrawResult): string {
  let assignments = '[';
  r.assignments.forEach((a, i) => (assignments += `${i ? ',' : ''}{"inspectorIds":${strs(a.inspectorIds)},"objectId":${str(a.objectId)}}`));
  const classes = r.classes.map((c) => {
    const fixed = c.fixedCount === undefined ? '' : `"fixedCount":${canonicalJson(c.fixedCount)},`;
    const rate = c.ratePercent === undefined ? '' : `,"ratePercent":${canonicalJson(c.ratePercent)}`;
    return `{"creditClass":${str(c.creditClass)},${fixed}"objectIds":${strs(c.objectIds)},"poolSize":${canonicalJson(c.poolSize)}${rate},"target":${canonicalJson(c.target)}}`;
  });
  let exclusions = '[';
  r.exclusions.forEach((e, i) => (exclusions += `${i ? ',' : ''}{"objectId":${str(e.objectId)},"reason":${str(e.reason)}}`));
  return (
    `{"assignments":${assignments}]` +
    (r.batchOrder === undefined ? '' : `,"batchOrder":${strs(r.batchOrder)}`) +
    `,"classes":[${classes.join(',')}],"excludedByReason":${canonicalJson(r.excludedByReason)},"exclusions":${exclusions}]` +
    `,"objectIds":${strs(r.objectIds)},"replacements":${canonicalJson(r.replacements)},"team":${strs(r.team)}}`
  );
}

/** SHA-256 of a text, hex: WebCrypto when the platform has it (the browser, Node), else the pure one. */
export async function sha256Text(text: string): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return sha256(text);
  const d = new Uint8Array(await subtle.digest('SHA-256', new TextEncoder().encode(text)));
  let hex = '';
  for (const b of d) hex += b.toString(16).padStart(2, '0');
  return hex;
}

/** The record's canonical JSON around its result: the body written with a one-off marker in the result's place. */
function recordAround(body: Record<string, unknown>): [string, string] {
  const marker = `result-${Math.random().toString(36).slice(2)}-${Date.now()}`;
  const text = canonicalJson({ ...body, result: marker });
  const at = text.indexOf(`"result":"${marker}"`);
  return [`${text.slice(0, at)}"result":`, text.slice(at + `"result":"${marker}"`.length)];
}

/**
 * The record's canonical JSON (without recordHash and envelope) from its other fields and the result's
 * canonical JSON already written.
 */
export function recordJson(body: Record<string, unknown>, resultText: string): string {
  const [before, after] = recordAround(body);
  return `${before}${resultText}${after}`;
}

/**
 * resultHash now, and recordHash once the body (which holds resultHash) is made: the SHA-256 of resultJson and of
 * recordJson with the result's text encoded once, the record's bytes being the body's around the result's (a
 * draw of 250,000 objects has a result of megabytes). The result as its text, or as that text's UTF-8 (result-bytes.ts).
 */
export async function hashResult(resultText: string | Uint8Array<ArrayBuffer>): Promise<{ resultHash: string; recordHash: (body: Record<string, unknown>) => Promise<string> }> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) {
    const text = typeof resultText === 'string' ? resultText : new TextDecoder().decode(resultText);
    return { resultHash: sha256(text), recordHash: async (b) => sha256(recordJson(b, text)) };
  }
  const enc = new TextEncoder();
  const result = typeof resultText === 'string' ? enc.encode(resultText) : resultText;
  const hex = (d: ArrayBuffer) => Array.from(new Uint8Array(d), (b) => b.toString(16).padStart(2, '0')).join('');
  const resultHash = hex(await subtle.digest('SHA-256', result));
  return {
    resultHash,
    recordHash: async (b) => {
      const [before, after] = recordAround(b).map((t) => enc.encode(t));
      const size = before.length + result.length + after.length;
      // Written around the result where its buffer has room (result-bytes.ts leaves it), else copied into a new one.
      const at = result.byteOffset - before.length;
      const fits = withRoom.has(result) && at >= 0 && at + size <= result.buffer.byteLength;
      const all = fits ? new Uint8Array(result.buffer, at, size) : new Uint8Array(size);
      all.set(before);
      if (!fits) all.set(result, before.length);
      all.set(after, before.length + result.length);
      // digest() copies its input when called: the room may be written again for another body.
      return hex(await subtle.digest('SHA-256', all));
    },
  };
}
