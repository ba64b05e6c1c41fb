/**
 * Verification of version 1 records (seedrandom ARC4, row projections): frozen, so a record made
 * before version 2 still verifies under the algorithm it names.
 */
import { canonicalJson } from '../canonical';
import { sha256 } from '../sha256';
import { firstDifference, type Verification } from '../difference';
import { runDrawV1 } from './draw';
import { prepareInputsV1, defaultLineHasher, type LineHasher } from './inputs';
import { DrawRecordV1 } from './schema';

export function hashRecordV1(record: DrawRecordV1): string {
  const { recordHash: _omit, ...rest } = record;
  return sha256(canonicalJson(rest));
}

export function verifyRecordV1(recordData: unknown, objects: unknown, inspectors: unknown, hashList: LineHasher = defaultLineHasher): Verification {
  const parsed = DrawRecordV1.strict().safeParse(recordData);
  if (!parsed.success) return { verified: false, kind: undefined, differences: [`the record is malformed: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`] };
  const rec = parsed.data;
  const differences: string[] = [];
  if (hashRecordV1(rec) !== rec.recordHash) differences.push('recordHash: the record was changed after it was written');
  if (sha256(rec.seed) !== rec.commitment) differences.push('commitment: SHA-256 of the revealed seed does not match the published commitment');
  const prepared = prepareInputsV1(objects, inspectors, rec.request, hashList);
  for (const k of ['objectsHash', 'inspectorsHash', 'requestHash'] as const)
    if (prepared.hashes[k] !== rec.inputs[k]) differences.push(`inputs.${k}: the ${k.replace('Hash', '')} given are not those of the draw`);
  if (sha256(canonicalJson(rec.result)) !== rec.resultHash) differences.push('resultHash: the recorded result does not match its hash');
  const d = firstDifference(rec.result, runDrawV1(rec.seed, prepared.objects, prepared.inspectors, prepared.request, rec.params));
  if (d) differences.push(d);
  return { verified: differences.length === 0, kind: rec.kind, differences };
}
