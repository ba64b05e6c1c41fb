import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../storage/settings';
import { send } from '../../messaging/send';
import { tr } from '../i18n';
import { ProfileSection } from './ProfileSection';
import { ProfileBuilder } from './ProfileBuilder';
import type { ProfileBundle } from '../../core/profiles/bundle';
import { OriginsSection } from './OriginsSection';
import { AdaptersSection } from './AdaptersSection';
import { TemplatesSection } from './TemplatesSection';
import { DataSection } from './DataSection';

/** The options page: one section per concern, each saving through the background's validated messages. */
export function OptionsPage() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState('');
  const [userProfiles, setUserProfiles] = useState<ProfileBundle[]>([]);
  const loadUserProfiles = () => send({ type: 'profiles.list' }).then((r) => (r.ok ? setUserProfiles(r.bundles) : setError(r.error)));
  useEffect(() => {
    send({ type: 'settings.get' }).then((r) => (r.ok ? setSettings(r.settings) : setError(r.error)));
    void loadUserProfiles();
  }, []);
  return (
    <main class="options" data-ready={settings ? 'yes' : 'no'}>
      <h1>{tr('双随机助手 · 设置', 'Double-Random Assistant · Options')}</h1>
      <nav>
        <a href="#profile">{tr('规则配置', 'Profile')}</a> · <a href="#builder">{tr('自制配置', 'Own profiles')}</a> · <a href="#origins">{tr('平台地址', 'Origins')}</a> · <a href="#adapters">{tr('适配器', 'Adapters')}</a> · <a href="#templates">{tr('模板', 'Templates')}</a> · <a href="#data">{tr('数据', 'Data')}</a>
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
      <TemplatesSection />
      <DataSection />
    </main>
  );
}
