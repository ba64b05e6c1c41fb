/**
 * A draw result's canonical JSON (docs/draw-spec.md §1) written straight as UTF-8 into one byte buffer: the
 * bytes of UTF-8(resultJson(r)) (result-json.ts; tests/draw/result-bytes.test.ts compares them). A preview over
 * 5,000,000 objects names about 560,000 (250,000 drawn, 310,000 excluded): its text is about 46 MB, and building
 * it as a string of a million pieces, then encoding it for SHA-256, took seconds of string joins and garbage
 * collection (Node, 2026-12-02) where writing the bytes takes a pass. Strings that repeat (inspector ids, reasons)
 * are encoded once.
 */
import { canonicalJson } from './canonical';
import { ascii, LineBuffer } from './line-bytes';
import type { DrawResult } from './schema';

/** Writes JSON strings, the repeated ones from their bytes encoded once. */
class ResultWriter extends LineBuffer {
  private known = new Map<string, Uint8Array>();

  /** A string as JSON.stringify writes it (a lone surrogate as its \u escape, as resultJson has it). */
  str(s: string): void {
    if (!this.text(s)) this.text(JSON.stringify(s), false);
  }

  /** A string that recurs through the result, its bytes kept after the first time. */
  repeated(s: string): void {
    let b = this.known.get(s);
    if (!b) {
      const w = new LineBuffer(2 * s.length + 16);
      if (!w.text(s)) w.text(JSON.stringify(s), false);
      this.known.set(s, (b = w.buf.slice(0, w.len)));
    }
    this.bytes(b);
  }

  raw(s: string): void {
    this.text(s, false);
  }

  strs(a: readonly string[], each: (s: string) => void = (s) => this.str(s)): void {
    this.byte(91);
    for (let i = 0; i < a.length; i++) {
      if (i) this.byte(44);
      each(a[i]);
    }
    this.byte(93);
  }
}

const ASSIGNMENT_IDS = ascii('{"inspectorIds":');
const OBJECT_ID = ascii(',"objectId":');
const EXCLUSION_ID = ascii('{"objectId":');
const REASON = ascii(',"reason":');

/**
 * Bytes left free before and after the result in its buffer: the record's canonical JSON around the result (a few
 * KiB) is written there to hash the record without copying 46 MB into a new buffer (hashResult; larger falls back).
 */
export const RECORD_ROOM = 16 * 1024;
/** The views resultBytes made, which alone have that room (a caller's own bytes are never written around). */
export const withRoom = new WeakSet<Uint8Array>();

/**
 * UTF-8(resultJson(r)), written once into a buffer sized for the result (no doubling on the way), RECORD_ROOM free
 * on each side of the view returned (for hashResult's use only: nothing else may share the buffer).
 */
export function resultBytes(r: DrawResult): Uint8Array<ArrayBuffer> {
  // About 20 bytes an id and 60 an exclusion's reason: grown by the buffer if that is short.
  const guess = 64 + 48 * (r.assignments.length + r.objectIds.length + (r.batchOrder?.length ?? 0)) + 100 * r.exclusions.length;
  const w = new ResultWriter(RECORD_ROOM + guess + RECORD_ROOM);
  w.len = RECORD_ROOM;
  const repeated = (s: string) => w.repeated(s);
  w.raw('{"assignments":[');
  for (let i = 0; i < r.assignments.length; i++) {
    const a = r.assignments[i];
    if (i) w.byte(44);
    w.bytes(ASSIGNMENT_IDS);
    w.strs(a.inspectorIds, repeated);
    w.bytes(OBJECT_ID);
    w.str(a.objectId);
    w.byte(125);
  }
  w.byte(93);
  if (r.batchOrder !== undefined) {
    w.raw(',"batchOrder":');
    w.strs(r.batchOrder);
  }
  w.raw(',"classes":[');
  r.classes.forEach((c, k) => {
    if (k) w.byte(44);
    w.raw('{"creditClass":');
    w.str(c.creditClass);
    w.raw(`,${c.fixedCount === undefined ? '' : `"fixedCount":${canonicalJson(c.fixedCount)},`}"objectIds":`);
    w.strs(c.objectIds);
    w.raw(`,"poolSize":${canonicalJson(c.poolSize)}${c.ratePercent === undefined ? '' : `,"ratePercent":${canonicalJson(c.ratePercent)}`},"target":${canonicalJson(c.target)}}`);
  });
  w.raw(`],"excludedByReason":${canonicalJson(r.excludedByReason)},"exclusions":[`);
  for (let i = 0; i < r.exclusions.length; i++) {
    const e = r.exclusions[i];
    if (i) w.byte(44);
    w.bytes(EXCLUSION_ID);
    w.str(e.objectId);
    w.bytes(REASON);
    w.repeated(e.reason);
    w.byte(125);
  }
  w.raw('],"objectIds":');
  w.strs(r.objectIds);
  w.raw(`,"replacements":${canonicalJson(r.replacements)},"team":`);
  w.strs(r.team, repeated);
  w.byte(125);
  const end = w.len;
  w.reserve(RECORD_ROOM);
  const out = new Uint8Array(w.buf.buffer as ArrayBuffer, RECORD_ROOM, end - RECORD_ROOM);
  withRoom.add(out);
  return out;
}
