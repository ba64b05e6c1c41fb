import { z } from 'zod';
import { useEffect, useState } from 'preact/hooks';
import { BUILTIN_PROFILES, PROFILE_IDS } from '../../core/profiles';
import type { Settings } from '../../storage/settings';
import { send } from '../../messaging/send';
import { msg, pick } from '../i18n';
import { SaidLine, useSaid } from './said';

const nameOf = (id: string) => {
  const n = (BUILTIN_PROFILES[id] as { name?: { zh: string; en: string } }).name;
  return n ? pick(n) : id;
};

/** The rule profile (jurisdiction), the user's department, and their own overrides as JSON. */
export function ProfileSection({ settings, onSaved }: { settings: Settings; onSaved: (s: Settings) => void }) {
  const [profileId, setProfileId] = useState(settings.profileId);
  const [department, setDepartment] = useState(settings.department ?? '');
  const shown = (s: Settings) => (s.overrides && Object.keys(s.overrides.rules).length ? JSON.stringify(s.overrides, null, 2) : '');
  const [overrides, setOverrides] = useState(shown(settings));
  const { said, setSaid, fromReply } = useSaid();
  useEffect(() => {
    setProfileId(settings.profileId);
    setDepartment(settings.department ?? '');
    setOverrides(shown(settings));
  }, [settings]);

  const save = async () => {
    // Empty overrides are sent as an empty set (a message drops undefined, which would keep the old ones).
    let parsed: z.infer<ReturnType<typeof z.json>> = { rules: {} };
    if (overrides.trim()) {
      try {
        parsed = JSON.parse(overrides) as typeof parsed;
      } catch (e) {
        setSaid({ ok: false, text: msg('options.profile.badJson', { error: (e as Error).message }) });
        return;
      }
    }
    const r = await send({ type: 'settings.set', patch: { profileId, department: department.trim(), overrides: parsed } });
    fromReply(r, msg('options.profile.saved', { name: nameOf(profileId) }));
    if (r.ok) onSaved(r.settings);
  };

  return (
    <section id="profile">
      <h2>{msg('options.profile.title')}</h2>
      <p class="hint">{msg('options.profile.hint')}</p>
      <label>
        {msg('options.profile.profile')}{' '}
        <select name="profileId" value={profileId} onChange={(e) => setProfileId((e.target as HTMLSelectElement).value)}>
          {PROFILE_IDS.map((id) => (
            <option value={id}>{nameOf(id)}</option>
          ))}
        </select>
      </label>
      <label>
        {msg('options.profile.department')}{' '}
        <input name="department" value={department} placeholder={msg('options.profile.departmentHint')} onInput={(e) => setDepartment((e.target as HTMLInputElement).value)} />
      </label>
      <label class="block">
        {msg('options.profile.overrides')}
        <textarea name="overrides" rows={6} spellcheck={false} placeholder={'{ "rules": { "plan.joint.max-departments": { "params": { "max": { "value": 4 } } } } }'} value={overrides} onInput={(e) => setOverrides((e.target as HTMLTextAreaElement).value)} />
      </label>
      <button type="button" class="primary save-profile" onClick={save}>
        {msg('options.save')}
      </button>
      <SaidLine said={said} />
    </section>
  );
}
