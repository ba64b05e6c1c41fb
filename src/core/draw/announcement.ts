/**
 * The announcement (公告): published before any randomness exists, it fixes the inputs (every row's
 * hash, the request), the profile and its parameters and the algorithm version, and names the
 * randomness the draw will use: public values not yet known (a lottery's numbers on a stated date …)
 * and contributions committed now by their holders (joint-meeting members, a notary, observers),
 * revealed at the draw. Its hash is what gets published (file, printed page, QR code).
 */
import { z } from 'zod';
import { Id } from '../model';
import { canonicalJson, isWellFormed, utf8 } from './canonical';
import { ALGORITHM, DrawInputs, DrawParams, DrawRequest, Hex } from './schema';
import { sha256, sha256Bytes, toHex } from './sha256';

const Text = z.string().min(1).refine(isWellFormed, { message: 'not valid Unicode', params: { zh: '含有孤立的代理项（无效的 Unicode）', en: 'holds a lone surrogate (not valid Unicode)' } });
const Slot = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'a short id: lowercase letters, digits, hyphens');

export const PublicValueSpec = z.strictObject({
  id: Slot,
  /** What the value is and where it is published, e.g. 中国福利彩票“福彩3D”第2026320期开奖号码. */
  source: Text,
  /** When it becomes known (ISO date or date-time, Asia/Shanghai when no offset): after the announcement. */
  availableAfter: z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/),
  /** How to type it, e.g. "three digits separated by single spaces: 3 0 7". */
  format: Text.optional(),
});
export const ContributionSpec = z.strictObject({ id: Slot, holder: Text, commitment: Hex });

export const Randomness = z
  .strictObject({ publicValues: z.array(PublicValueSpec).min(1), contributions: z.array(ContributionSpec) })
  .superRefine((r, ctx) => {
    const ids = [...r.publicValues, ...r.contributions].map((x) => x.id);
    ids.forEach((id, i) => ids.indexOf(id) !== i && ctx.addIssue({ code: 'custom', path: [], message: `id ${id} is used twice` }));
  });

export const AnnouncementBody = z
  .strictObject({
    format: z.literal('dra-announcement/1'),
    taskId: Id,
    taskName: z.string().optional(),
    /** 1 for the task's first official draw; a later one names why. */
    attempt: z.number().int().min(1),
    reason: Text.optional(),
    algorithm: z.strictObject({ id: z.literal(ALGORITHM.id), version: z.literal(ALGORITHM.version) }),
    profile: z.strictObject({ id: z.string().min(1), params: DrawParams }),
    request: DrawRequest,
    inputs: DrawInputs,
    randomness: Randomness,
  })
  .refine((a) => a.attempt === 1 || a.reason, { path: ['reason'], message: 'a second official draw of a task must give its reason' })
  .refine((a) => a.request.taskId === a.taskId, { path: ['request', 'taskId'], message: 'the request is for another task' });
export type AnnouncementBody = z.infer<typeof AnnouncementBody>;

/** The announcement file: the body, its hash, and an envelope (when it was made) outside the hash. */
export const Announcement = z.strictObject({
  ...AnnouncementBody.shape,
  announcementHash: Hex,
  envelope: z.strictObject({ announcedAt: z.string(), tool: z.string().optional() }).optional(),
});
export type Announcement = z.infer<typeof Announcement>;

/** SHA-256 of the canonical JSON of the announcement without its hash and envelope. */
export function hashAnnouncement(a: Record<string, unknown>): string {
  const { announcementHash: _h, envelope: _e, ...body } = a;
  return sha256(canonicalJson(body));
}

/** A contribution's commitment: SHA-256 of its UTF-8 text, published in the announcement. */
export const commitContribution = (value: string) => toHex(sha256Bytes(utf8(value)));

/**
 * The seed (docs/draw-spec.md §3), never chosen: SHA-256 of the canonical JSON
 * ["dra-seed/2", announcementHash, [public values…], [contributions…]], values in the announcement's order.
 */
export function deriveSeed(announcementHash: string, publicValues: readonly string[], contributions: readonly string[]): Uint8Array {
  return sha256Bytes(utf8(canonicalJson(['dra-seed/2', announcementHash, publicValues, contributions])));
}

/** A preview's seed: SHA-256 of ["dra-preview/2", text]. Any text (well-formed), and the record says preview. */
export const previewSeed = (text: string) => sha256Bytes(utf8(canonicalJson(['dra-preview/2', text])));
