import { z } from 'zod';
import { Bilingual } from '../model';
import { POLICY_FILES, SEVERITIES } from '../rules/types';

export const CitationSchema = z.object({
  file: z.enum(POLICY_FILES),
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
  rules: z.record(z.string(), RuleSetting),
});
export type Profile = z.infer<typeof Profile>;

/** The user's own layer on top of a profile (options page): same shape, no id needed. */
export const UserOverrides = z.strictObject({
  rules: z.record(z.string(), RuleSetting),
});
export type UserOverrides = z.infer<typeof UserOverrides>;
