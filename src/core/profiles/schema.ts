import { z } from 'zod';
import { Bilingual } from '../model';
import { SEVERITIES } from '../rules/types';

/** A clause of a policy text: a built-in file (docs/policy/) or a user profile's own document. */
export const CitationSchema = z.object({
  file: z.string().min(1).max(200),
  section: z.string().min(1),
  quote: z.string().min(1),
});

/** A parameter value and where it comes from. */
export const ParamValue = z.strictObject({
  value: z.unknown(),
  source: CitationSchema.optional(),
  note: z.string().optional(),
});
export type ParamValue = z.infer<typeof ParamValue>;

export const RuleSetting = z.strictObject({
  enabled: z.boolean().optional(),
  severity: z.enum(SEVERITIES as [string, ...string[]]).optional(),
  params: z.record(z.string(), ParamValue).optional(),
});
export type RuleSetting = z.infer<typeof RuleSetting>;

/** A rule profile: data, validated, that sets rule parameters and severities for a jurisdiction. */
export const Profile = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: Bilingual,
  description: Bilingual.optional(),
  /** The profile this one refines; only the baseline has none. */
  extends: z.string().optional(),
  /**
   * The jurisdiction's own text (a file of docs/policy/ or the user document's id): a value quoted
   * from it is the jurisdiction's own; any other value is borrowed from another text. The baseline
   * has none, so every value of it is borrowed from the local text it quotes.
   */
  document: z.string().min(1).max(200).optional(),
  rules: z.record(z.string(), RuleSetting),
});
export type Profile = z.infer<typeof Profile>;

/** The user's own layer on top of a profile (options page): same shape, no id needed. */
export const UserOverrides = z.strictObject({
  rules: z.record(z.string(), RuleSetting),
});
export type UserOverrides = z.infer<typeof UserOverrides>;
