import { z } from 'zod';
import { IsoDate, Percent } from './common';

/**
 * What published plan tables state that the platform's forms do not: rates as bounds and counts,
 * how often a year, the level that launches and the level that inspects, and what the table says of
 * credit-risk classes. All optional: plan files written before these existed load unchanged.
 */
export const PercentBound = z
  .object({ min: Percent.optional(), max: Percent.optional(), exact: Percent.optional() })
  .describe('a rate in percent: exactly, at least, at most, or between');
export type PercentBound = z.infer<typeof PercentBound>;

export const RateBounds = z
  .object({
    percent: PercentBound.optional(),
    count: z
      .object({ min: z.number().int().min(0).optional(), max: z.number().int().min(0).optional(), exact: z.number().int().min(0).optional(), unit: z.string() })
      .optional()
      .describe('a number of objects (户/家/个…)'),
    librarySize: z.number().int().min(0).optional().describe('抽查基数: objects in the library when the plan was made'),
    parts: z.array(PercentBound.extend({ label: z.string() })).optional().describe('rates per level or per object class'),
    summed: z.boolean().optional().describe('抽查比例之和: summed over levels or batches'),
    delegated: z.boolean().optional().describe('left to each level (由各级…自行确定)'),
    text: z.string().optional().describe('the cell as published'),
  })
  .describe('抽查比例 as a plan table states it');
export type RateBounds = z.infer<typeof RateBounds>;

export const FrequencyPerYear = z
  .object({ min: z.number().min(0).optional(), max: z.number().min(0).optional(), exact: z.number().min(0).optional(), text: z.string().optional() })
  .describe('抽查频次: checks a year');
export type FrequencyPerYear = z.infer<typeof FrequencyPerYear>;

const Level = z.enum(['province', 'city', 'county']);
export const LevelPair = z.object({ initiator: Level.optional(), inspector: Level.optional() }).describe('市抽县查: who launches, who inspects');

export const CreditStatement = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('escalating-unstated') }),
    z.object({ kind: z.literal('not-applicable') }),
    z.object({ kind: z.literal('classes'), classes: z.array(z.string()) }),
  ])
  .describe('信用风险分类: rates escalate by class (how much unstated), not applicable, or the classes named');

export const Batches = z.array(IsoDate).describe('deadlines of the plan’s batches, in order');
