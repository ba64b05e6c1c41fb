/**
 * The alternative the draw bench measures beside the byte writer (object-row-bytes.ts), not used by the
 * product: a chunk of validated object rows as its canonical lines through JSON.stringify, one native call
 * a row, the chunk then UTF-8 encoded natively once. The same bytes (the bench checks the hash): canonical
 * JSON's string escapes are JSON.stringify's (docs/draw-spec.md §1), a validated row's values are strings,
 * booleans, safe integers and flags of booleans, and each row is stringified as a literal whose keys are the
 * model's in sorted order (flags too), an absent member undefined (omitted). The one difference, a lone
 * surrogate (written `\udxxx` where canonical JSON refuses the row), sends the chunk back to the caller
 * (undefined) for the exact writer. Measured slower than the byte writer in Node 20 (JSON.stringify alone
 * costs about what the whole byte writer does) and in Chromium 156 (stringify about 0.85x the writer,
 * but TextEncoder adds 0.7x on top).
 */
import type { ObjectRecord } from '../src/core/model';
import { ROWS_PER_CHUNK as CHUNK } from '../src/core/draw';
import { LineBuffer } from '../src/core/draw/line-bytes';
import { writeObjectRow } from '../src/core/draw/object-row-bytes';
import { sha256Bytes, toHex } from '../src/core/draw/sha256';

/** The row with its keys in canonical order: what JSON.stringify must see (one object shape for all rows). */
function sortedRow(o: ObjectRecord) {
  const f = o.flags as Record<string, unknown> | undefined;
  return {
    address: o.address,
    checksThisYear: o.checksThisYear,
    contact: o.contact,
    creditClass: o.creditClass,
    establishedOn: o.establishedOn,
    flags: f === undefined ? undefined : { abnormal: f.abnormal, complaint: f.complaint, dishonest: f.dishonest, seriousViolation: f.seriousViolation },
    id: o.id,
    idNumber: o.idNumber,
    industry: o.industry,
    name: o.name,
    personInCharge: o.personInCharge,
    region: o.region,
    registrationOffice: o.registrationOffice,
    scale: o.scale,
    specialIndustry: o.specialIndustry,
    type: o.type,
    uscc: o.uscc,
  };
}

/**
 * Rows [start, end) as their canonical lines, each ending in "\n"; undefined when the text holds a `\ud`
 * (a lone surrogate, perhaps) and the exact writer must decide. Only for rows validated by parseObjects:
 * their values are of the model's types (a row from storage may hold anything: writeObjectRow takes those).
 */
export function objectChunkText(rows: readonly ObjectRecord[], start: number, end: number): string | undefined {
  const lines: string[] = new Array(end - start + 1);
  for (let i = start; i < end; i++) lines[i - start] = JSON.stringify(sortedRow(rows[i]));
  lines[end - start] = '';
  const text = lines.join('\n');
  return text.includes('\\ud') ? undefined : text;
}

/**
 * rowsHash (docs/draw-spec.md §2.2) of validated rows written by objectChunkText, each chunk encoded into
 * one reused buffer (TextEncoder.encodeInto, in Node and in the page alike) and digested, 8 in flight; a
 * chunk it gives back written by the byte writer instead.
 */
export async function stringifiedRowsHash(rows: readonly ObjectRecord[], digest: (bytes: Uint8Array<ArrayBuffer>) => Promise<ArrayBuffer | Uint8Array>): Promise<string> {
  const enc = new TextEncoder();
  const w = new LineBuffer();
  const digests = new Uint8Array(32 * Math.ceil(rows.length / CHUNK));
  const pending = new Set<Promise<void>>();
  for (let c = 0; c * CHUNK < rows.length; c++) {
    const start = c * CHUNK;
    const end = Math.min(rows.length, start + CHUNK);
    const text = objectChunkText(rows, start, end);
    w.len = 0;
    if (text === undefined) {
      for (let i = start; i < end; i++) {
        writeObjectRow(w, rows[i]);
        w.byte(10);
      }
    } else {
      w.reserve(3 * text.length);
      w.len = enc.encodeInto(text, w.buf).written;
    }
    const p: Promise<void> = digest(w.buf.subarray(0, w.len)).then((d) => {
      digests.set(new Uint8Array(d), 32 * c);
      pending.delete(p);
    });
    pending.add(p);
    if (pending.size >= 8) await Promise.race(pending);
  }
  await Promise.all(pending);
  return toHex(sha256Bytes(digests));
}
