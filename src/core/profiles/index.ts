import baseline from './data/baseline.json';
import shenzhen from './data/shenzhen-2018.json';
import changchunChaoyang from './data/changchun-chaoyang-2021.json';
import beijingFengtai from './data/beijing-fengtai-2019.json';
import beijingXicheng from './data/beijing-xicheng-2016.json';
import nantongTongzhou from './data/nantong-tongzhou-2016.json';
import { allRules } from '../rules/registry';
import { resolveProfile, type ResolvedProfile } from './resolve';
import type { Profile } from './schema';
import type { PolicyDocument } from './documents';

export * from './schema';
export * from './resolve';
export * from './documents';
export * from './provenance';

/** The profiles shipped with the product, by id (data files, validated when resolved). */
export const BUILTIN_PROFILES: Record<string, unknown> = {
  baseline,
  'shenzhen-2018': shenzhen,
  'changchun-chaoyang-2021': changchunChaoyang,
  'beijing-fengtai-2019': beijingFengtai,
  'beijing-xicheng-2016': beijingXicheng,
  'nantong-tongzhou-2016': nantongTongzhou,
};

export const PROFILE_IDS = Object.keys(BUILTIN_PROFILES);

/** A profile the user built or imported, as the rules need it: the profile and its document's name (no text). */
export interface UserProfile {
  profile: Profile;
  document: PolicyDocument;
}

/** Resolve a built-in or user profile (and optional user overrides) against every registered rule. */
export function loadProfile(id = 'baseline', overrides?: unknown, user: readonly UserProfile[] = []): ResolvedProfile {
  const profiles: Record<string, unknown> = { ...BUILTIN_PROFILES };
  for (const u of user) if (!(u.profile.id in BUILTIN_PROFILES)) profiles[u.profile.id] = u.profile;
  return resolveProfile(id, { profiles, rules: allRules, overrides, documents: user.map((u) => u.document) });
}
