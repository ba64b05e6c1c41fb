import { useEffect, useMemo, useState } from 'preact/hooks';
import { loadProfile, type ResolvedProfile } from '../core/profiles';
import type { ActiveWhy } from '../core/profiles/active';
import { send } from '../messaging/send';
import type { Settings } from '../storage/settings';
import type { Replies } from '../messaging/messages';

export interface SettingsState {
  settings?: Settings;
  profile: ResolvedProfile;
  /** Why this profile is in force here (this platform's origin, the department, the default). */
  why?: ActiveWhy;
  /** Set when the chosen profile could not be resolved and the baseline stands in (shown, never silent). */
  fallback?: string;
}

/** The user's settings and the profile in force for this page (baseline until known). */
export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<Settings>();
  const [active, setActive] = useState<Replies['profile.active']>();
  useEffect(() => {
    send({ type: 'settings.get' }).then((r) => r.ok && setSettings(r.settings));
    send({ type: 'profile.active' }).then((r) => r.ok && setActive(r));
  }, []);
  return useMemo(() => {
    if (!active) return { settings, profile: loadProfile('baseline') };
    try {
      return { settings, why: active.why, profile: loadProfile(active.profileId, active.overrides, active.user ? [active.user] : []) };
    } catch {
      // Stored settings are validated on save; a profile deleted or an older version's that no longer resolves falls back.
      return { settings, why: active.why, profile: loadProfile('baseline'), fallback: active.profileId };
    }
  }, [settings, active]);
}
