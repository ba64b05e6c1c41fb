import { useEffect, useMemo, useState } from 'preact/hooks';
import { loadProfile, type ResolvedProfile } from '../core/profiles';
import { send } from '../messaging/send';
import type { Settings } from '../storage/settings';

export interface SettingsState {
  settings?: Settings;
  profile: ResolvedProfile;
}

/** The user's settings from the extension's store and the profile they choose (baseline until known). */
export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    send({ type: 'settings.get' }).then((r) => r.ok && setSettings(r.settings));
  }, []);
  const profile = useMemo(() => {
    try {
      return loadProfile(settings?.profileId ?? 'baseline', settings?.overrides);
    } catch {
      // Stored settings are validated on save; an older version's that no longer resolve fall back.
      return loadProfile('baseline');
    }
  }, [settings]);
  return { settings, profile };
}
