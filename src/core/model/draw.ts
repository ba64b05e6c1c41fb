import { z } from 'zod';
import { Id, IsoDate } from './common';

/** A replacement draw (递补): who was excluded for whom, and who replaced them. */
export const Replacement = z.object({
  objectId: Id,
  excludedInspectorId: Id,
  replacementInspectorId: Id.optional(),
  reason: z.string().min(1),
});
export type Replacement = z.infer<typeof Replacement>;

/** The inspectors matched to one drawn object. */
export const Assignment = z.object({
  objectId: Id,
  inspectorIds: z.array(Id).default([]),
  expertIds: z.array(Id).default([]).describe('experts or third parties, never counted toward the minimum'),
});
export type Assignment = z.infer<typeof Assignment>;

/**
 * What the platform or a draw record tells about a task's draw: enough to judge traceability
 * (strategy.traceable). The full verifiable record lives in src/core/draw.
 */
export const DrawLog = z.object({
  algorithm: z.string().optional(),
  seed: z.string().optional(),
  seedCommitment: z.string().optional(),
  inputsHash: z.string().optional(),
  recordHash: z.string().optional(),
  drawnAt: z.string().optional(),
  lockedAt: z.string().optional(),
  /** Each earlier run of the draw before the list was locked. */
  reruns: z.array(z.object({ at: z.string(), reason: z.string().optional() })).default([]),
  objectIds: z.array(Id).default([]),
  assignments: z.array(Assignment).default([]),
  replacements: z.array(Replacement).default([]),
  /** Objects excluded from the pool, e.g. already checked the maximum times this year. */
  exclusions: z.array(z.object({ objectId: Id, reason: z.string() })).default([]),
  /** Random order of the drawn objects' check batches (plan.rate.key-batch-order). */
  batchOrder: z.array(Id).optional(),
  drawnOn: IsoDate.optional(),
});
export type DrawLog = z.infer<typeof DrawLog>;
