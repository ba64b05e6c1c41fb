/**
 * The draw (docs/draw-spec.md §4–§8) over a registry held as columns in canonical order instead of a
 * list of objects: what a registry of millions needs, where building every object would take longer
 * than the draw. The columns carry exactly what §4 reads (credit class, checks this year, high risk,
 * special industry) and the list's hash is computed once, when the registry is stored; only the ids of
 * the objects drawn or excluded are fetched. Same seed and inputs → the same record as `draw()`
 * (tests/draw/indexed.test.ts compares them).
 */
import { z } from 'zod';
import { Inspector, parseWith } from '../model';
import { canonicalJson, CanonicalError } from './canonical';
import { allObjectIds, frequencyReason, matchInspectors, rateUnits } from './draw';
import { DrawInputError, inspectorLine, prepareRequest } from './inputs';
import { previewSeed } from './announcement';
import type { DrawRecord } from './record-schema';
import { TOOL } from './record';
import { hashResult } from './result-json';
import { resultBytes } from './result-bytes';
import { streamRowsHash } from './rows';
import { ALGORITHM, DrawError, type DrawParams, type DrawRequest, type DrawResult } from './schema';
import { sha256, toHex } from './sha256';
import { sampleIndices, Stream } from './stream';
import { scratchUint32 } from './scratch';
import { isoInChina } from '../../i18n/time';
import { drawRanks, type ObjectColumns, type RankedDraw } from './ranks';

// §4 over columns lives in ranks.ts (the draw over a prepared registry uses it too); its names are kept here.
export { HIGH_RISK, NO_CLASS, SPECIAL, drawRanks, type ObjectColumns, type RankedDraw } from './ranks';

export interface IndexedDrawOptions {
  seed: string;
  attempt?: number;
  now?: () => Date;
  /** Ranks a directed strategy's conditions keep (1), computed by the caller from its posting lists. */
  matches?: Uint8Array;
  /** Fetch the ids at these ranks (ascending), in order. */
  idsAt: (ranks: Uint32Array) => Promise<string[]>;
  /**
   * Given the result's canonical JSON as UTF-8, written once for its hash (the caller may store it as it is). A view
   * of a buffer the hash writes around: the caller copies what it keeps.
   */
  onResultBytes?: (bytes: Uint8Array) => void;
  /**
   * Given, the record comes back with its recordHash empty and `finish` hashes it when called (setting it on the
   * record): the record's hash is a second SHA-256 over the whole result (46 MB at 5,000,000 objects, about 170 ms
   * of WebCrypto on the calling thread in Chromium) that a preview on screen does not show, only the record kept.
   */
  recordHashLater?: (finish: () => Promise<string>) => void;
}

const byId = (a: Inspector, b: Inspector) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Inspectors validated, in canonical order, duplicates refused: as `prepareInputs` does. */
export function prepareInspectors(data: unknown): Inspector[] {
  const r = parseWith(z.array(Inspector), data);
  if (!r.ok) throw new DrawInputError('inspectors', r.errors);
  const out = [...r.value].sort(byId);
  for (let i = 1; i < out.length; i++) if (out[i - 1].id === out[i].id) throw new DrawError('duplicate-id', `执法检查人员名录库中的编号 ${out[i].id} 重复`, `duplicate id ${out[i].id} in the inspector registry`);
  return out;
}


/** Every rank the result names (drawn and excluded: disjoint), ascending: the stored id chunks are read once each. */
export function ranksToFetch(d: RankedDraw): Uint32Array {
  let n = d.excluded.length;
  for (const x of d.classes) n += x.ranks.length;
  const out = new Uint32Array(n);
  let k = 0;
  for (const x of d.classes) for (let i = 0; i < x.ranks.length; i++) out[k++] = x.ranks[i];
  out.set(d.excluded, k);
  return out.sort();
}

/** The draw's result (§4–§7) once the ids at `wanted` are known: ids named, inspectors matched, batch order. */
export function indexedResult(seed: Uint8Array, c: ObjectColumns, d: RankedDraw, wanted: Uint32Array, ids: readonly string[], inspectors: readonly Inspector[], req: DrawRequest, params: DrawParams): DrawResult {
  // Where each wanted rank's id is: a table over the ranks (scratch.ts), read once per id named.
  const at = scratchUint32('indexed-positions', c.count);
  for (let k = 0; k < wanted.length; k++) at[wanted[k]] = k;
  const idOf = (r: number) => ids[at[r]];
  const resultClasses: DrawResult['classes'] = d.classes.map(({ ranks, ...rest }) => {
    const objectIds: string[] = new Array(ranks.length);
    for (let i = 0; i < ranks.length; i++) objectIds[i] = idOf(ranks[i]);
    return { ...rest, objectIds };
  });
  const objectIds = allObjectIds(resultClasses);
  const exclusions: DrawResult['exclusions'] = new Array(d.excluded.length);
  for (let i = 0; i < d.excluded.length; i++) {
    const r = d.excluded[i];
    exclusions[i] = { objectId: idOf(r), reason: frequencyReason(c.checks[r], params.maxChecksPerYear) };
  }
  const matched = matchInspectors(seed, objectIds, inspectors, req, params);
  const high = req.keyItem && objectIds.length * 1000000 >= rateUnits(params.highRatePercent) * d.total;
  const batchOrder = high ? sampleIndices(new Stream(seed, 'batch'), objectIds.length, objectIds.length).map((i) => objectIds[i]) : undefined;
  return { classes: resultClasses, objectIds, ...matched, exclusions, excludedByReason: exclusions.length ? { frequency: exclusions.length } : {}, batchOrder };
}

/** A preview draw record over the columns: the same bytes `draw(objects, …, {kind: 'preview'})` hashes. */
export async function drawIndexedPreview(c: ObjectColumns, inspectorsData: unknown, request: unknown, params: DrawParams, o: IndexedDrawOptions): Promise<DrawRecord> {
  if (!o.seed) throw new DrawError('no-seed', '预览需要一个种子', 'a preview needs a seed');
  let inspectors: Inspector[];
  let req: DrawRequest;
  let inspectorsHash: string;
  try {
    inspectors = prepareInspectors(inspectorsData);
    req = prepareRequest(request);
    if (!c.count) throw new DrawError('empty-library', '检查对象名录库为空', 'the object registry is empty');
    inspectorsHash = streamRowsHash(inspectors, inspectorLine);
  } catch (e) {
    if (e instanceof CanonicalError) throw new DrawError('not-unicode', e.zh, e.message);
    throw e;
  }
  const seed = previewSeed(o.seed);
  const ranked = drawRanks(new Stream(seed, 'objects'), c, req, params, o.matches);
  const wanted = ranksToFetch(ranked);
  const result = indexedResult(seed, c, ranked, wanted, await o.idsAt(wanted), inspectors, req, params);
  // Written as UTF-8 once, hashed as it stands, handed to the caller as they are (no text made of them).
  const bytes = resultBytes(result);
  o.onResultBytes?.(bytes);
  const hashes = await hashResult(bytes);
  const body = {
    format: 'dra-draw-record/2' as const,
    kind: 'preview' as const,
    algorithm: { ...ALGORITHM },
    taskId: req.taskId,
    attempt: o.attempt ?? 1,
    request: req,
    params,
    inputs: { objectsHash: c.objectsHash, inspectorsHash, requestHash: sha256(canonicalJson(req)), objectCount: c.count, inspectorCount: inspectors.length },
    randomness: { previewSeed: o.seed },
    seed: toHex(seed),
    resultHash: hashes.resultHash,
  };
  const envelope = { drawnAt: isoInChina(o.now?.() ?? new Date()), tool: TOOL };
  // Not re-parsed by zod as draw() does: built from validated parts, and a 250,000-object result parses for seconds.
  if (o.recordHashLater) {
    const record = { ...body, result, recordHash: '', envelope } as DrawRecord;
    o.recordHashLater(async () => (record.recordHash = await hashes.recordHash(body)));
    return record;
  }
  return { ...body, result, recordHash: await hashes.recordHash(body), envelope } as DrawRecord;
}
