/** Version 1's inputs (a projection of each row), frozen: kept only so records of version 1 still verify. */
import { z } from 'zod';
import { Inspector, ObjectRecord, parseWith, type FieldError } from '../../model';
import { canonicalJson } from '../canonical';
import { normaliseFilters } from '../filters';
import { DrawError } from '../schema';
import { DrawInputError } from '../inputs';
import { DrawRequestV1 as DrawRequest } from './schema';
import { sha256 } from '../sha256';

function parseList<S extends z.ZodType>(schema: S, data: unknown, what: string): z.output<S>[] {
  const r = parseWith(z.array(schema), data);
  if (!r.ok) throw new DrawInputError(what, r.errors);
  return r.value;
}

/** Sorted by id (a no-op pass when already sorted, as registries are stored), refusing duplicate ids. */
function canonicalOrder<T extends { id: string }>(rows: T[], what: string): T[] {
  let sorted = true;
  for (let i = 1; i < rows.length && sorted; i++) sorted = rows[i - 1].id < rows[i].id;
  const out = sorted ? rows : [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (let i = 1; i < out.length; i++)
    if (out[i - 1].id === out[i].id) throw new DrawError('duplicate-id', `${what}中的编号 ${out[i].id} 重复`, `duplicate id ${out[i].id} in the ${what === '检查对象名录库' ? 'object' : 'inspector'} registry`);
  return out;
}

/** What of an object the draw reads: hashing only that keeps the hash stable and cheap. */
const objectKey = (o: ObjectRecord) =>
  canonicalJson([o.id, o.creditClass ?? null, o.type ?? null, o.industry ?? null, o.region ?? null, o.registrationOffice ?? null, o.scale ?? null, o.flags ?? {}, o.checksThisYear, o.specialIndustry ?? false]);
const inspectorKey = (i: Inspector) =>
  canonicalJson([i.id, i.departmentId ?? null, i.registryKind ?? null, i.expert, i.thirdParty, i.active, [...i.conflicts].sort()]);

export interface PreparedInputsV1 {
  objects: ObjectRecord[];
  inspectors: Inspector[];
  request: DrawRequest;
  hashes: { objectsHash: string; inspectorsHash: string; requestHash: string; inputsHash: string };
}

/** Hash of a list, one canonical line per row (streamed row by row in callers that need speed). */
export type LineHasher = (lines: string[]) => string;
export const defaultLineHasher: LineHasher = (lines) => sha256(lines.join('\n'));

/** Validate, canonicalise and hash the three inputs of a draw. */
export function prepareInputsV1(objects: unknown, inspectors: unknown, request: unknown, hashList: LineHasher = defaultLineHasher): PreparedInputsV1 {
  const objs = canonicalOrder(parseList(ObjectRecord, objects, 'objects'), '检查对象名录库');
  const insp = canonicalOrder(parseList(Inspector, inspectors, 'inspectors'), '执法检查人员名录库');
  const r = parseWith(DrawRequest, request);
  if (!r.ok) throw new DrawInputError('request', r.errors);
  if (!objs.length) throw new DrawError('empty-library', '检查对象名录库为空', 'the object registry is empty');
  const req: DrawRequest = { ...r.value, filters: normaliseFilters(r.value.filters) };
  if (!req.directed && req.filters)
    throw new DrawError('undirected-with-filters', '不定向抽取不能设定筛选条件', 'a non-directed draw cannot have filters');
  const objectsHash = hashList(objs.map(objectKey));
  const inspectorsHash = hashList(insp.map(inspectorKey));
  const requestHash = sha256(canonicalJson(req));
  return {
    objects: objs,
    inspectors: insp,
    request: req,
    hashes: { objectsHash, inspectorsHash, requestHash, inputsHash: sha256(`${objectsHash}\n${inspectorsHash}\n${requestHash}`) },
  };
}
