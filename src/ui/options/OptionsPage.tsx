import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../storage/settings';
import { send } from '../../messaging/send';
import { msg } from '../i18n';
import { ProfileSection } from './ProfileSection';
import { ProfileBuilder } from './ProfileBuilder';
import type { ProfileBundle } from '../../core/profiles/bundle';
import { OriginsSection } from './OriginsSection';
import { AdaptersSection } from './AdaptersSection';
import { ItemListSection } from './ItemListSection';
import { TemplatesSection } from './TemplatesSection';
import { DataSection } from './DataSection';
import { replyText } from '../reply-text';

/** The options page: one section per concern, each saving through the background's validated messages. */
export function OptionsPage() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState('');
  const [userProfiles, setUserProfiles] = useState<ProfileBundle[]>([]);
  const loadUserProfiles = () => send({ type: 'profiles.list' }).then((r) => (r.ok ? setUserProfiles(r.bundles) : setError(replyText(r.error))));
  useEffect(() => {
    send({ type: 'settings.get' }).then((r) => (r.ok ? setSettings(r.settings) : setError(replyText(r.error))));
    void loadUserProfiles();
  }, []);
  return (
    <main class="options" data-ready={settings ? 'yes' : 'no'}>
      <h1>{msg('options.title')}</h1>
      <nav>
        <a href="#profile">{msg('options.nav.profile')}</a> · <a href="#builder">{msg('options.nav.builder')}</a> · <a href="#origins">{msg('options.nav.origins')}</a> · <a href="#adapters">{msg('options.nav.adapters')}</a> · <a href="#item-list">{msg('options.nav.itemList')}</a> · <a href="#templates">{msg('options.nav.templates')}</a> · <a href="#data">{msg('options.nav.data')}</a>
      </nav>
      {error && <p class="said bad">{error}</p>}
      {settings && (
        <>
          <ProfileSection settings={settings} onSaved={setSettings} userProfiles={userProfiles} />
          <ProfileBuilder onSaved={loadUserProfiles} />
          <OriginsSection settings={settings} onSaved={setSettings} />
        </>
      )}
      <AdaptersSection />
      {settings && <ItemListSection settings={settings} onSaved={setSettings} />}
      <TemplatesSection />
      <DataSection />
    </main>
  );
}
