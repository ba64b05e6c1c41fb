import { BUILTIN_PROFILES, type UserProfile } from '../core/profiles';
import { checkBundle, docOfBundle, ProfileBundle } from '../core/profiles/bundle';
import type { FieldError } from '../core/model';
import { allRules } from '../core/rules/registry';
import { BUNDLED_POLICY_TEXTS } from '../trainer/policy-texts-bundled';
import type { DraDb } from './db';

/**
 * The user's own profiles (built on the options page or imported from a colleague's file), kept in
 * the settings table under `profile:<id>`, each the whole bundle (document and profile), checked
 * on the way in as an import is.
 */
export const PROFILE_KEY_PREFIX = 'profile:';

export async function listUserProfiles(db: DraDb): Promise<ProfileBundle[]> {
  const rows = await db.settings.where('key').startsWith(PROFILE_KEY_PREFIX).toArray();
  // A stored bundle that no longer validates is left out here and reported by the options page's list.
  return rows.map((r) => ProfileBundle.safeParse(r.value)).flatMap((p) => (p.success ? [p.data] : []));
}

export const userProfileRefs = (bundles: readonly ProfileBundle[]): UserProfile[] => bundles.map((b) => ({ profile: b.profile, document: docOfBundle(b) }));

export async function saveUserProfile(db: DraDb, raw: unknown): Promise<{ ok: true; bundle: ProfileBundle } | { ok: false; errors: FieldError[] }> {
  const checked = checkBundle(raw, { builtinProfiles: BUILTIN_PROFILES, builtinTexts: BUNDLED_POLICY_TEXTS, rules: allRules });
  if (!checked.ok) return checked;
  const bundle = { ...checked.bundle, savedAt: new Date().toISOString() };
  await db.settings.put({ key: `${PROFILE_KEY_PREFIX}${bundle.profile.id}`, value: bundle });
  return { ok: true, bundle };
}

export async function deleteUserProfile(db: DraDb, id: string): Promise<boolean> {
  const key = `${PROFILE_KEY_PREFIX}${id}`;
  const had = (await db.settings.get(key)) !== undefined;
  await db.settings.delete(key);
  return had;
}
