/**
 * Draw and write the verifiable record (version 2), and verify a record of any version. An official
 * draw takes no seed: it is derived from the announcement, the public values and the revealed
 * contributions (docs/draw-spec.md §3); a free-form seed is for previews only.
 */
import { Announcement, AnnouncementBody, commitContribution, deriveSeed, hashAnnouncement, previewSeed } from './announcement';
import { canonicalJson, CanonicalError, isWellFormed } from './canonical';
import { firstDifference, type Verification } from './difference';
import { runDraw } from './draw';
import { overColumns } from './prepared-draw';
import { prepareInputs, prepareRequest, defaultListHasher, type ListHasher, type PreparedInputs } from './inputs';
import { preparedFor } from './prepared-for';
import { DrawRecord } from './record-schema';
import { ALGORITHM, DrawError, type DrawParams } from './schema';
import { sha256, toHex } from './sha256';
import { verifyRecordV1 } from './v1/verify';
import { isoInChina } from '../../i18n/time';

export const TOOL = 'dra 0.1.0';

interface Common {
  now?: () => Date;
  hashList?: ListHasher;
  /** Inputs already prepared (prepareInputsAsync, with WebCrypto) for this request: objects and inspectors are then not given. */
  prepared?: PreparedInputs;
}
export interface PreviewDrawOptions extends Common {
  kind: 'preview';
  seed: string;
  /** This task's attempt number (1 when unknown). */
  attempt?: number;
}
export interface OfficialDrawOptions extends Common {
  kind: 'official';
  /** The announcement as published (file content). */
  announcement: unknown;
  /** Public values and revealed contributions, by the announcement's ids. */
  publicValues: Record<string, string>;
  contributions: Record<string, string>;
  /** Refused: an official draw's seed is derived, never given. */
  seed?: undefined;
}
export type DrawOptions = PreviewDrawOptions | OfficialDrawOptions;

/** The record's own hash: over its canonical JSON without recordHash and envelope. */
export function hashRecord(record: Record<string, unknown>): string {
  const { recordHash: _h, envelope: _e, ...body } = record;
  return sha256(canonicalJson(body));
}

export class OfficialDrawError extends DrawError {}

/** Parse and check an announcement file: strict fields, and its hash over its body. */
export function readAnnouncement(data: unknown): Announcement {
  const parsed = Announcement.safeParse(data);
  if (!parsed.success) throw new OfficialDrawError('announcement-malformed', `公告文件格式不符：${issues(parsed.error)}`, `the announcement is malformed: ${issues(parsed.error)}`);
  if (hashAnnouncement(data as Record<string, unknown>) !== parsed.data.announcementHash)
    throw new OfficialDrawError('announcement-changed', '公告内容与其摘要不符（公告发布后被改动）', 'the announcement does not match its hash (changed after it was published)');
  return parsed.data;
}

const issues = (e: { issues: Array<{ path: PropertyKey[]; message: string }> }) => e.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');

/** The inputs given must be those the announcement fixed, row for row. */
function checkInputs(p: PreparedInputs, a: AnnouncementBody, objectCount: number, inspectorCount: number): string[] {
  const out: string[] = [];
  for (const k of ['objectsHash', 'inspectorsHash', 'requestHash'] as const)
    if (p.hashes[k] !== a.inputs[k]) out.push(`inputs.${k}: the ${k.replace('Hash', '')} given are not those the announcement fixed`);
  if (objectCount !== a.inputs.objectCount || inspectorCount !== a.inputs.inspectorCount) out.push('inputs: the row counts differ from the announcement');
  return out;
}

function reveal(a: AnnouncementBody, publicValues: Record<string, string>, contributions: Record<string, string>) {
  const pv = a.randomness.publicValues.map((s) => {
    const value = publicValues[s.id];
    if (!value || value !== value.trim() || !isWellFormed(value))
      throw new OfficialDrawError('public-value-missing', `缺少公开随机数「${s.id}」（${s.source}），或其首尾有空格`, `public value "${s.id}" (${s.source}) is missing or has surrounding spaces`);
    return { id: s.id, value };
  });
  const cs = a.randomness.contributions.map((s) => {
    const value = contributions[s.id];
    if (!value) throw new OfficialDrawError('contribution-missing', `${s.holder} 的随机贡献「${s.id}」尚未公开`, `contribution "${s.id}" of ${s.holder} is not revealed`);
    if (commitContribution(value) !== s.commitment)
      throw new OfficialDrawError('contribution-mismatch', `${s.holder} 公开的贡献与其承诺不符`, `the contribution revealed for "${s.id}" (${s.holder}) does not match its commitment`);
    return { id: s.id, value };
  });
  const unknown = [...Object.keys(publicValues).filter((k) => !a.randomness.publicValues.some((s) => s.id === k)), ...Object.keys(contributions).filter((k) => !a.randomness.contributions.some((s) => s.id === k))];
  if (unknown.length) throw new OfficialDrawError('randomness-unknown', `公告中没有这些随机来源：${unknown.join('、')}`, `the announcement names no randomness ${unknown.join(', ')}`);
  return { publicValues: pv, contributions: cs };
}

/** Draw and write the verifiable record. Throws DrawError / DrawInputError with nothing drawn. */
export function draw(objects: unknown, inspectors: unknown, request: unknown, params: DrawParams | undefined, opts: DrawOptions): DrawRecord {
  const hashList = opts.hashList ?? defaultListHasher;
  if (opts.prepared && (objects !== undefined || inspectors !== undefined)) throw new TypeError('draw: registries given beside prepared inputs');
  const inputsFor = (req: unknown) => (opts.prepared ? preparedFor(opts.prepared, req) : prepareInputs(objects, inspectors, req, hashList));
  let body: Omit<DrawRecord, 'recordHash' | 'envelope' | 'result' | 'resultHash'> & { seedBytes?: Uint8Array };
  let prepared: PreparedInputs;
  try {
    if (opts.kind === 'official') {
      if ((opts as { seed?: string }).seed !== undefined)
        throw new OfficialDrawError('official-seed-refused', '正式抽取不接受指定的种子：种子由公告、公开随机数和各方贡献推导', 'an official draw takes no seed: it is derived from the announcement, the public values and the contributions');
      const a = readAnnouncement(opts.announcement);
      const { announcementHash, envelope: _e, ...ann } = a;
      prepared = inputsFor(ann.request);
      const diffs = checkInputs(prepared, ann, prepared.objects.length, prepared.inspectors.length);
      if (params !== undefined && canonicalJson(params) !== canonicalJson(ann.profile.params)) diffs.push('params: the profile parameters differ from the announcement');
      if (request !== undefined && canonicalJson(prepareRequest(request)) !== canonicalJson(prepared.request)) diffs.push('request: differs from the announcement');
      if (diffs.length) throw new OfficialDrawError('inputs-changed', `抽取的输入与公告不符：${diffs.join('；')}`, `the inputs differ from the announcement: ${diffs.join('; ')}`);
      const randomness = reveal(ann, opts.publicValues, opts.contributions);
      const seed = deriveSeed(announcementHash, randomness.publicValues.map((x) => x.value), randomness.contributions.map((x) => x.value));
      body = { format: 'dra-draw-record/2', kind: 'official', algorithm: { ...ALGORITHM }, taskId: ann.taskId, attempt: ann.attempt, request: prepared.request, params: ann.profile.params, inputs: { ...prepared.hashes, objectCount: prepared.objects.length, inspectorCount: prepared.inspectors.length }, announcement: ann, announcementHash, randomness, seed: toHex(seed), seedBytes: seed };
    } else {
      if (!opts.seed) throw new DrawError('no-seed', '预览需要一个种子', 'a preview needs a seed');
      if (!params) throw new DrawError('no-params', '预览需要规则配置的参数', 'a preview needs the profile parameters');
      prepared = inputsFor(request);
      const seed = previewSeed(opts.seed);
      body = { format: 'dra-draw-record/2', kind: 'preview', algorithm: { ...ALGORITHM }, taskId: prepared.request.taskId, attempt: opts.attempt ?? 1, request: prepared.request, params, inputs: { ...prepared.hashes, objectCount: prepared.objects.length, inspectorCount: prepared.inspectors.length }, randomness: { previewSeed: opts.seed }, seed: toHex(seed), seedBytes: seed };
    }
  } catch (e) {
    if (e instanceof CanonicalError) throw new DrawError('not-unicode', e.zh, e.message);
    throw e;
  }
  const { seedBytes, ...rest } = body;
  const result = runDraw(seedBytes!, prepared.objects, prepared.inspectors, prepared.request, rest.params, overColumns(prepared.columns));
  const full = { ...rest, result, resultHash: sha256(canonicalJson(result)) };
  return DrawRecord.parse({ ...full, recordHash: hashRecord(full), envelope: { drawnAt: isoInChina(opts.now?.() ?? new Date()), tool: TOOL } });
}

/** A draw on inputs prepared ahead (prepareInputsAsync): checked against the announcement as any official draw's are. */
export const drawPrepared = (prepared: PreparedInputs, request: unknown, params: DrawParams | undefined, opts: DrawOptions) => draw(undefined, undefined, request, params, { ...opts, prepared });

/** An official draw: request and parameters come from the announcement. */
export const drawOfficial = (objects: unknown, inspectors: unknown, opts: Omit<OfficialDrawOptions, 'kind'>) => draw(objects, inspectors, undefined, undefined, { ...opts, kind: 'official' });

export interface VerifyAgainst {
  /** The announcement as published (its file): the record must carry exactly this one. */
  announcement?: unknown;
  /** The profile's parameters (`--profile`): the record's must be these. */
  params?: DrawParams;
  hashList?: ListHasher;
}

/** Re-run a recorded draw on the given registries and say exactly what, if anything, differs. */
export function verifyRecord(recordData: unknown, objects: unknown, inspectors: unknown, against: VerifyAgainst | ListHasher = {}): Verification {
  const opts: VerifyAgainst = typeof against === 'function' ? { hashList: against } : against;
  const format = (recordData as { format?: unknown } | null)?.format;
  if (format === 'dra-draw-record/1') return verifyRecordV1(recordData, objects, inspectors, opts.hashList ? (l) => opts.hashList!(l) : undefined);
  const parsed = DrawRecord.safeParse(recordData);
  if (!parsed.success) return { verified: false, malformed: true, kind: undefined, differences: [`the record is malformed: ${issues(parsed.error)}`] };
  const rec = parsed.data;
  const differences: string[] = [];
  if (hashRecord(recordData as Record<string, unknown>) !== rec.recordHash) differences.push('recordHash: the record was changed after it was written');
  if (sha256(canonicalJson(rec.result)) !== rec.resultHash) differences.push('resultHash: the recorded result does not match its hash');
  const prepared = prepareInputs(objects, inspectors, rec.request, opts.hashList ?? defaultListHasher);
  for (const k of ['objectsHash', 'inspectorsHash', 'requestHash'] as const)
    if (prepared.hashes[k] !== rec.inputs[k]) differences.push(`inputs.${k}: the ${k.replace('Hash', '')} given are not those of the draw`);
  if (opts.params && canonicalJson(opts.params) !== canonicalJson(rec.params)) differences.push('params: the record’s profile parameters are not those of the profile given');
  let seed: Uint8Array;
  if (rec.kind === 'official') {
    const r = rec.randomness;
    if (!('publicValues' in r) || !rec.announcement || !rec.announcementHash) {
      differences.push('kind: an official record must derive its seed from an announcement, public values and contributions (this one has a free-form seed)');
      seed = 'previewSeed' in r ? previewSeed(r.previewSeed) : new Uint8Array(32);
    } else {
      const a = rec.announcement;
      if (hashAnnouncement(a as unknown as Record<string, unknown>) !== rec.announcementHash) differences.push('announcementHash: the announcement in the record does not match its hash');
      if (opts.announcement !== undefined) {
        try {
          const published = readAnnouncement(opts.announcement);
          if (published.announcementHash !== rec.announcementHash) differences.push(`announcement: the record is of announcement ${rec.announcementHash.slice(0, 16)}…, not of the published ${published.announcementHash.slice(0, 16)}…`);
          const at = rec.envelope.drawnAt;
          if (published.envelope?.announcedAt && at < published.envelope.announcedAt) differences.push(`envelope.drawnAt: ${at} is before the announcement (${published.envelope.announcedAt})`);
        } catch (e) {
          differences.push(`announcement: ${(e as Error).message}`);
        }
      }
      differences.push(...checkInputs(prepared, a, rec.inputs.objectCount, rec.inputs.inspectorCount).map((d) => d.replace('given are not those the announcement fixed', 'of the record are not those the announcement fixed')));
      if (rec.inputs.objectCount !== prepared.objects.length || rec.inputs.inspectorCount !== prepared.inspectors.length) differences.push('inputs: the row counts differ from the registries given');
      if (canonicalJson(a.request) !== canonicalJson(rec.request)) differences.push('request: differs from the announcement’s');
      if (canonicalJson(a.profile.params) !== canonicalJson(rec.params)) differences.push('params: differ from the announcement’s');
      if (a.taskId !== rec.taskId || a.attempt !== rec.attempt) differences.push('taskId / attempt: differ from the announcement’s');
      for (const s of a.randomness.publicValues) {
        if (!r.publicValues.some((x) => x.id === s.id)) differences.push(`randomness: public value ${s.id} is missing`);
        const day = s.availableAfter.slice(0, 10);
        if (rec.envelope.drawnAt.slice(0, 10) < day) differences.push(`envelope.drawnAt: ${rec.envelope.drawnAt} is before public value ${s.id} existed (${s.availableAfter})`);
      }
      if (canonicalJson(r.publicValues.map((x) => x.id)) !== canonicalJson(a.randomness.publicValues.map((x) => x.id))) differences.push('randomness: the public values are not those the announcement named, in its order');
      if (canonicalJson(r.contributions.map((x) => x.id)) !== canonicalJson(a.randomness.contributions.map((x) => x.id))) differences.push('randomness: the contributions are not those the announcement named, in its order');
      for (const c of r.contributions) {
        const spec = a.randomness.contributions.find((s) => s.id === c.id);
        if (spec && commitContribution(c.value) !== spec.commitment) differences.push(`randomness: contribution ${c.id} does not match the commitment ${spec.holder} published`);
      }
      seed = deriveSeed(rec.announcementHash, r.publicValues.map((x) => x.value), r.contributions.map((x) => x.value));
    }
  } else {
    const r = rec.randomness;
    if (!('previewSeed' in r) || rec.announcement || rec.announcementHash) {
      differences.push('kind: a preview record carries a preview seed and no announcement (this one is labelled preview but is announced)');
      seed = 'publicValues' in r && rec.announcementHash ? deriveSeed(rec.announcementHash, r.publicValues.map((x) => x.value), r.contributions.map((x) => x.value)) : new Uint8Array(32);
    } else seed = previewSeed(r.previewSeed);
  }
  if (toHex(seed) !== rec.seed) differences.push('seed: not the one derived from the randomness (docs/draw-spec.md §3)');
  const d = firstDifference(rec.result, runDraw(seed, prepared.objects, prepared.inspectors, prepared.request, rec.params, overColumns(prepared.columns)));
  if (d) differences.push(d);
  return { verified: differences.length === 0, kind: rec.kind, differences };
}

export { AnnouncementBody };
