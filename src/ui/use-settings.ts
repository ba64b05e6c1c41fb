import { useEffect, useMemo, useState } from 'preact/hooks';
import { loadProfile, type ResolvedProfile } from '../core/profiles';
import { send } from '../messaging/send';
import type { Settings } from '../storage/settings';
import { mergeItemLists, type ListedItem } from '../platform/item-list';

export interface SettingsState {
  settings?: Settings;
  profile: ResolvedProfile;
  /** The item list the checks use: the imported one, completed by what the platform's list page showed. */
  itemList?: ListedItem[];
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
  const itemList = useMemo(() => (settings ? mergeItemLists(settings.itemList, settings.pageItemList?.items) : undefined), [settings]);
  return { settings, profile, itemList };
}
