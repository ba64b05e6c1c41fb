import { activeProfileId } from '../core/profiles/active';
import { docOfBundle } from '../core/profiles/bundle';
import type { DraDb } from '../storage/db';
import { readSettings } from '../storage/settings';
import { deleteUserProfile, listUserProfiles, saveUserProfile } from '../storage/user-profiles';
import type { Request, Response } from './messages';

type ProfileRequest = Extract<Request, { type: 'profiles.list' | 'profiles.save' | 'profiles.delete' | 'profile.active' }>;

const originOf = (url: string | undefined) => {
  try {
    return url && /^https?:/.test(url) ? new URL(url).origin : undefined;
  } catch {
    return undefined;
  }
};

/**
 * The user's own profiles and the one in force. The origin is the sender's (the browser says where
 * a content script runs), never one a message claims.
 */
export async function handleProfileMessage(db: DraDb, m: ProfileRequest, senderUrl: string | undefined): Promise<Response> {
  switch (m.type) {
    case 'profiles.list':
      return { ok: true, bundles: await listUserProfiles(db) };
    case 'profiles.save': {
      const r = await saveUserProfile(db, m.bundle);
      if (!r.ok) return { ok: false, error: 'profile refused', problems: r.errors.map(({ path, zh, en }) => ({ path, zh, en })) };
      return { ok: true, id: r.bundle.profile.id };
    }
    case 'profiles.delete': {
      const settings = await readSettings(db);
      const inUse = [settings.profileId, ...Object.values(settings.profileByOrigin), ...Object.values(settings.profileByDepartment)].includes(m.id);
      if (inUse) return { ok: false, error: 'profile in use', problems: [{ path: 'id', zh: `配置 ${m.id} 正在使用中：请先改选其他配置`, en: `profile ${m.id} is in use: choose another first` }] };
      return { ok: true, deleted: await deleteUserProfile(db, m.id) };
    }
    case 'profile.active': {
      const settings = await readSettings(db);
      const origin = originOf(senderUrl);
      const { profileId, why } = activeProfileId(settings, origin);
      const bundle = (await listUserProfiles(db)).find((b) => b.profile.id === profileId);
      return { ok: true, profileId, why, ...(origin ? { origin } : {}), ...(bundle ? { user: { profile: bundle.profile, document: docOfBundle(bundle) } } : {}), ...(settings.overrides ? { overrides: settings.overrides } : {}) };
    }
  }
}
