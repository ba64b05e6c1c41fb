/**
 * A registry in canonical order as the columns the draw over stored data reads (indexed.ts): what the
 * extension's draw index stores at import, and what input preparation derives while it hashes the rows
 * (inputs.ts), so the draw over a prepared registry reads a few typed arrays instead of a million objects.
 */
import { isHighRisk, type ObjectRecord } from '../model';
import { classIndex } from './draw';
import { HIGH_RISK, SPECIAL, type ObjectColumns } from './ranks';

/** Columns being filled row by row (noteObject), the hash set once the rows are hashed. */
export interface ColumnsBuilder extends ObjectColumns {
  industryCode: Map<string, number>;
}

export function emptyColumns(n: number): ColumnsBuilder {
  return { count: n, objectsHash: '', cls: new Uint8Array(n), checks: new Uint32Array(n), bits: new Uint8Array(n), industry: new Uint32Array(n), industries: [''], industryCode: new Map() };
}

/** Row i of the columns from a validated object: what §4 of the draw reads of it, nothing else. */
export function noteObject(c: ColumnsBuilder, o: ObjectRecord, i: number): void {
  c.cls[i] = classIndex(o.creditClass); // A–D 0–3, no class NO_CLASS (4), as draw.ts pools them
  // Capped where a 32-bit column would wrap: the draw only compares it with a yearly maximum of a few.
  c.checks[i] = Math.min(o.checksThisYear, 0xffffffff);
  c.bits[i] = (isHighRisk(o) ? HIGH_RISK : 0) | (o.specialIndustry ? SPECIAL : 0);
  const ind = o.industry;
  if (ind !== undefined) {
    let k = c.industryCode.get(ind);
    if (k === undefined) c.industryCode.set(ind, (k = c.industries.push(ind) - 1));
    c.industry[i] = k;
  }
}

/** `objects`: validated and in canonical order (prepareInputs); `objectsHash`: their rowsHash (§2.2). */
export function objectColumns(objects: readonly ObjectRecord[], objectsHash: string): ObjectColumns & { ids: string[] } {
  const c = emptyColumns(objects.length);
  const ids: string[] = new Array(objects.length);
  for (let i = 0; i < objects.length; i++) {
    noteObject(c, objects[i], i);
    ids[i] = objects[i].id;
  }
  const { industryCode: _, ...cols } = c;
  return { ...cols, objectsHash, ids };
}
