import { z } from 'zod';
import { Inspector, ObjectRecord, parseWith, type FieldError } from '../model';
import { canonicalJson, CanonicalError } from './canonical';
import { normaliseFilters } from './filters';
import { fastCanonicalLine, fastObjectRecord } from './fast-rows';
import { canonicalRow, pureChunkDigest, rowsHash, streamRowsHash, type ChunkDigest } from './rows';
import { pipelinedRowBytesHash, streamRowBytesHash, writeRow, type LineBuffer } from './line-bytes';
import { writeObjectRow } from './object-row-bytes';
import { emptyColumns, noteObject } from './columns';
import type { ObjectColumns } from './ranks';
import { DrawError, DrawRequest, type DrawInputs } from './schema';
import { sha256 } from './sha256';

export class DrawInputError extends Error {
  constructor(
    readonly what: string,
    readonly errors: FieldError[],
  ) {
    super(`${what}: ${errors.map((e) => `${e.path}: ${e.en}`).join('; ')}`);
    this.name = 'DrawInputError';
  }
}

function parseList<S extends z.ZodType>(schema: S, data: unknown, what: string): z.output<S>[] {
  const r = parseWith(z.array(schema), data);
  if (!r.ok) throw new DrawInputError(what, r.errors);
  return r.value;
}

/**
 * Objects: the hand-written check (fast-rows.ts) row by row; zod only for a row it is not sure of (an id to
 * trim, an error to word), with that row's place in the path, so the errors read as zod's over the whole
 * list would ("[3].checksThisYear": tests/draw/parse-objects.test.ts compares them).
 */
export function parseObjects(data: unknown): ObjectRecord[] {
  if (!Array.isArray(data)) return parseList(ObjectRecord, data, 'objects');
  const out: ObjectRecord[] = new Array(data.length);
  const errors: FieldError[] = [];
  for (let i = 0; i < data.length; i++) {
    const o = fastObjectRecord(data[i]);
    if (o) {
      out[i] = o;
      continue;
    }
    const r = parseWith(ObjectRecord, data[i], `[${i}]`);
    if (r.ok) out[i] = r.value;
    else errors.push(...r.errors);
  }
  if (errors.length) throw new DrawInputError('objects', errors);
  return out;
}

/** Ids compare by UTF-16 code units (JavaScript's `<`), the order docs/draw-spec.md §2 fixes. */
const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Sorted by id (a no-op pass when already sorted, as registries are stored), refusing duplicate ids. */
function canonicalOrder<T extends { id: string }>(rows: T[], what: string): T[] {
  let sorted = true;
  for (let i = 1; i < rows.length && sorted; i++) sorted = rows[i - 1].id < rows[i].id;
  const out = sorted ? rows : [...rows].sort(byId);
  for (let i = 1; i < out.length; i++)
    if (out[i - 1].id === out[i].id) throw new DrawError('duplicate-id', `${what}中的编号 ${out[i].id} 重复`, `duplicate id ${out[i].id} in the ${what === '检查对象名录库' ? 'object' : 'inspector'} registry`);
  return out;
}

/** Every field of the model, sorted once: the row is hashed in full (identity fields included). */
const OBJECT_KEYS = Object.keys(ObjectRecord.shape).sort();
const INSPECTOR_KEYS = Object.keys(Inspector.shape).sort();
const OBJECT_KEY_SET = new Set(OBJECT_KEYS);
/** The fast path writes the line natively when the row allows it (fast-rows.ts), else the careful way. */
export const objectLine = (o: ObjectRecord) => {
  const row = o as unknown as Record<string, unknown>;
  return fastCanonicalLine(row, OBJECT_KEY_SET) ?? canonicalRow(row, OBJECT_KEYS);
};
export const inspectorLine = (i: Inspector) => canonicalRow(i as unknown as Record<string, unknown>, INSPECTOR_KEYS);
/** The same lines as bytes (line-bytes.ts): what the registries' hashes are computed from. */
export const writeInspector = (w: LineBuffer, i: Inspector) => writeRow(w, i as unknown as Record<string, unknown>, INSPECTOR_KEYS);

export interface PreparedInputs {
  objects: ObjectRecord[];
  /** What §4 reads of each object, derived while the rows were hashed: the draw runs over these (prepared-draw.ts). */
  columns: ObjectColumns;
  inspectors: Inspector[];
  request: DrawRequest;
  hashes: Omit<DrawInputs, 'objectCount' | 'inspectorCount'>;
}

/** Hash of a list of canonical lines (rows.ts); node:crypto's digest in the helper, the pure one elsewhere. */
export type ListHasher = ((lines: string[]) => string) & { digest?: ChunkDigest };
const hasherFrom = (digest: ChunkDigest): ListHasher => Object.assign((lines: string[]) => rowsHash(lines, digest), { digest });
export const defaultListHasher: ListHasher = hasherFrom(pureChunkDigest);
export const listHasherFrom = hasherFrom;

/**
 * A registry's hash: its rows written as bytes chunk by chunk when the hasher digests bytes (the pure
 * SHA-256 and node:crypto do; the helper's on its second core while the next chunk is written), as lines
 * when it digests text, as a list of lines otherwise.
 */
function hashRows<T>(rows: T[], line: (r: T) => string, write: (w: LineBuffer, r: T, i: number) => void, h: ListHasher): string {
  if (h.digest?.pipeline) return pipelinedRowBytesHash(rows, write, h.digest.pipeline());
  if (h.digest?.bytes) return streamRowBytesHash(rows, write, h.digest.bytes);
  return h.digest ? streamRowsHash(rows, line, h.digest) : h(rows.map(line));
}

/** The request as drawn: validated, filters normalised (empty lists dropped, lists sorted). */
export function prepareRequest(request: unknown): DrawRequest {
  const r = parseWith(DrawRequest, request);
  if (!r.ok) throw new DrawInputError('request', r.errors);
  const req: DrawRequest = { ...r.value, filters: normaliseFilters(r.value.filters) };
  if (!req.directed && req.filters) throw new DrawError('undirected-with-filters', '不定向抽取不能设定筛选条件', 'a non-directed draw cannot have filters');
  return req;
}

/** The three inputs validated and in canonical order, not yet hashed: what both preparations start from. */
export function parseInputs(objects: unknown, inspectors: unknown, request: unknown): { objects: ObjectRecord[]; inspectors: Inspector[]; request: DrawRequest } {
  const objs = canonicalOrder(parseObjects(objects), '检查对象名录库');
  const insp = canonicalOrder(parseList(Inspector, inspectors, 'inspectors'), '执法检查人员名录库');
  const req = prepareRequest(request);
  if (!objs.length) throw new DrawError('empty-library', '检查对象名录库为空', 'the object registry is empty');
  return { objects: objs, inspectors: insp, request: req };
}

/** Validate, canonicalise and hash the three inputs of a draw (docs/draw-spec.md §2); inputs-async.ts with an asynchronous digest. */
export function prepareInputs(objects: unknown, inspectors: unknown, request: unknown, hashList: ListHasher = defaultListHasher): PreparedInputs {
  const { objects: objs, inspectors: insp, request: req } = parseInputs(objects, inspectors, request);
  try {
    // The columns are noted while each row is written for its hash (the object is at hand then), or in a pass of their own.
    const columns = emptyColumns(objs.length);
    let noted = false;
    const objectsHash = hashRows(objs, objectLine, (w, o, i) => {
      writeObjectRow(w, o);
      noteObject(columns, o, i);
      noted = true;
    }, hashList);
    if (!noted) for (let i = 0; i < objs.length; i++) noteObject(columns, objs[i], i);
    columns.objectsHash = objectsHash;
    return {
      objects: objs,
      columns,
      inspectors: insp,
      request: req,
      hashes: { objectsHash, inspectorsHash: hashRows(insp, inspectorLine, writeInspector, hashList), requestHash: sha256(canonicalJson(req)) },
    };
  } catch (e) {
    if (e instanceof CanonicalError) throw new DrawError('not-unicode', e.zh, e.message);
    throw e;
  }
}
