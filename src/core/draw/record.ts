import { canonicalJson } from './canonical';
import { runDraw } from './draw';
import { prepareInputs, type ListHasher, defaultListHasher } from './inputs';
import { PRNG_ID } from './rng';
import { ALGORITHM, DrawRecord, type DrawParams } from './schema';
import { sha256 } from './sha256';

export interface DrawOptions {
  seed: string;
  kind: 'preview' | 'official';
  /** When the commitment was published (before the draw). */
  committedAt?: string;
  now?: () => Date;
  hashList?: ListHasher;
}

export const commitmentOf = (seed: string) => sha256(seed);

/** The record's own hash: over its canonical JSON without the recordHash field. */
export function hashRecord(record: Omit<DrawRecord, 'recordHash'> | DrawRecord): string {
  const { recordHash: _omit, ...rest } = record as DrawRecord;
  return sha256(canonicalJson(rest));
}

/** Draw and write the verifiable record. Throws DrawError / DrawInputError with nothing drawn. */
export function draw(objects: unknown, inspectors: unknown, request: unknown, params: DrawParams, opts: DrawOptions): DrawRecord {
  if (!opts.seed) throw new Error('a seed is required');
  const prepared = prepareInputs(objects, inspectors, request, opts.hashList ?? defaultListHasher);
  const result = runDraw(opts.seed, prepared.objects, prepared.inspectors, prepared.request, params);
  const body: Omit<DrawRecord, 'recordHash'> = {
    format: 'dra-draw-record/1',
    kind: opts.kind,
    algorithm: { ...ALGORITHM, prng: PRNG_ID, integers: 'rejection sampling on uint32', sampling: 'partial Fisher–Yates (sparse), per credit class' },
    request: prepared.request,
    params,
    inputs: { ...prepared.hashes, objectCount: prepared.objects.length, inspectorCount: prepared.inspectors.length },
    commitment: commitmentOf(opts.seed),
    seed: opts.seed,
    result,
    resultHash: sha256(canonicalJson(result)),
    timestamps: { committedAt: opts.committedAt, drawnAt: (opts.now?.() ?? new Date()).toISOString() },
  };
  return DrawRecord.parse({ ...body, recordHash: hashRecord(body) });
}

export interface Verification {
  verified: boolean;
  /** Each difference, named: which input, the seed, the result (first differing path), the record hash. */
  differences: string[];
}

/** First path where two canonical values differ, for a precise "what differs". */
function firstDifference(a: unknown, b: unknown, path = 'result'): string | undefined {
  if (canonicalJson(a) === canonicalJson(b)) return undefined;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const k of keys) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], Array.isArray(a) ? `${path}[${k}]` : `${path}.${k}`);
      if (d) return d;
    }
  }
  return `${path}: recorded ${JSON.stringify(a)?.slice(0, 120)}, re-drawn ${JSON.stringify(b)?.slice(0, 120)}`;
}

/** Re-run a recorded draw on the given registries and say exactly what, if anything, differs. */
export function verifyRecord(recordData: unknown, objects: unknown, inspectors: unknown, hashList: ListHasher = defaultListHasher): Verification {
  const parsed = DrawRecord.safeParse(recordData);
  if (!parsed.success) return { verified: false, differences: [`the record is malformed: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`] };
  const rec = parsed.data;
  const differences: string[] = [];
  if (hashRecord(rec) !== rec.recordHash) differences.push('recordHash: the record was changed after it was written');
  if (commitmentOf(rec.seed) !== rec.commitment) differences.push('commitment: SHA-256 of the revealed seed does not match the published commitment');
  const prepared = prepareInputs(objects, inspectors, rec.request, hashList);
  for (const k of ['objectsHash', 'inspectorsHash', 'requestHash'] as const)
    if (prepared.hashes[k] !== rec.inputs[k]) differences.push(`inputs.${k}: the ${k.replace('Hash', '')} given are not those of the draw`);
  if (sha256(canonicalJson(rec.result)) !== rec.resultHash) differences.push('resultHash: the recorded result does not match its hash');
  const again = runDraw(rec.seed, prepared.objects, prepared.inspectors, prepared.request, rec.params);
  const d = firstDifference(rec.result, again);
  if (d) differences.push(d);
  return { verified: differences.length === 0, differences };
}
