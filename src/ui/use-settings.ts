import { useEffect, useMemo, useState } from 'preact/hooks';
import { loadProfile, type ResolvedProfile } from '../core/profiles';
import type { ActiveWhy } from '../core/profiles/active';
import { send } from '../messaging/send';
import type { PanelSettings } from '../storage/panel-settings';
import type { Replies } from '../messaging/messages';
import { ItemLookup } from './item-lookup';

export interface SettingsState {
  /** The panel's share of the settings (this origin's, the department): a page never gets the rest. */
  settings?: PanelSettings;
  profile: ResolvedProfile;
  /** Why this profile is in force here (this platform's origin, the department, the default). */
  why?: ActiveWhy;
  /** Set when the chosen profile could not be resolved and the baseline stands in (shown, never silent). */
  fallback?: string;
  /**
   * The item list the checks use (the imported one, completed by what the platform's list page showed), as
   * the entries of the items this page names, asked of the background as the page names them.
   */
  itemList: ItemLookup;
}

/** The user's settings as a page's panel may see them, and the profile in force for this page (baseline until known). */
export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<PanelSettings>();
  const [active, setActive] = useState<Replies['profile.active']>();
  const itemList = useMemo(() => new ItemLookup(), []);
  useEffect(() => {
    send({ type: 'panel.settings' }).then((r) => r.ok && setSettings(r.settings));
    send({ type: 'profile.active' }).then((r) => r.ok && setActive(r));
  }, []);
  return useMemo(() => {
    if (!active) return { settings, itemList, profile: loadProfile('baseline') };
    try {
      return { settings, itemList, why: active.why, profile: loadProfile(active.profileId, active.overrides, active.user ? [active.user] : []) };
    } catch {
      // Stored settings are validated on save; a profile deleted or an older version's that no longer resolves falls back.
      return { settings, itemList, why: active.why, profile: loadProfile('baseline'), fallback: active.profileId };
    }
  }, [settings, itemList, active]);
}
