import { z } from 'zod';
import { Id } from '../model';
import { AnnouncementBody } from './announcement';
import { isWellFormed } from './canonical';
import { ALGORITHM, DrawInputs, DrawParams, DrawRequest, DrawResult, Hex } from './schema';

const Revealed = z.strictObject({ id: z.string().min(1), value: z.string().min(1).refine(isWellFormed, 'not valid Unicode') });

/** Where the seed came from: a preview's free text, or the announcement's public values and revealed contributions. */
export const RecordRandomness = z.union([
  z.strictObject({ previewSeed: z.string().min(1).refine(isWellFormed, 'not valid Unicode') }),
  z.strictObject({ publicValues: z.array(Revealed).min(1), contributions: z.array(Revealed) }),
]);

/**
 * A verifiable draw record, version 2 (docs/draw-spec.md §8): everything needed to re-run the draw and
 * see it come out the same. `recordHash` covers every field but itself and `envelope` (when and with
 * what it was made), so the same announcement and randomness give the same bytes.
 */
export const DrawRecord = z.strictObject({
  format: z.literal('dra-draw-record/2'),
  kind: z.enum(['preview', 'official']),
  algorithm: z.strictObject({ id: z.literal(ALGORITHM.id), version: z.literal(ALGORITHM.version) }),
  taskId: Id,
  /** This task's draw attempt: 1, 2, … (official: the announcement's; preview: counted in the log). */
  attempt: z.number().int().min(1),
  request: DrawRequest,
  params: DrawParams,
  inputs: DrawInputs,
  /** Official draws: the announcement as published, and its hash. */
  announcement: AnnouncementBody.optional(),
  announcementHash: Hex.optional(),
  randomness: RecordRandomness,
  /** The 32-byte seed, hex: derived from the randomness, never typed. */
  seed: Hex,
  result: DrawResult,
  resultHash: Hex,
  recordHash: Hex,
  envelope: z.strictObject({ drawnAt: z.string(), tool: z.string().optional() }),
});
export type DrawRecord = z.infer<typeof DrawRecord>;
