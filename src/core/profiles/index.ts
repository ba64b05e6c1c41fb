import baseline from './data/baseline.json';
import shenzhen from './data/shenzhen-2018.json';
import changchunChaoyang from './data/changchun-chaoyang-2021.json';
import beijingFengtai from './data/beijing-fengtai-2019.json';
import beijingXicheng from './data/beijing-xicheng-2016.json';
import nantongTongzhou from './data/nantong-tongzhou-2016.json';
import { allRules } from '../rules/registry';
import { resolveProfile, type ResolvedProfile } from './resolve';

export * from './schema';
export * from './resolve';

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

/** Resolve a built-in profile (and optional user overrides) against every registered rule. */
export function loadProfile(id = 'baseline', overrides?: unknown): ResolvedProfile {
  return resolveProfile(id, { profiles: BUILTIN_PROFILES, rules: allRules, overrides });
}
