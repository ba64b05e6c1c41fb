import { z } from 'zod';
import { useEffect, useState } from 'preact/hooks';
import { BUILTIN_PROFILES, PROFILE_IDS } from '../../core/profiles';
import type { ProfileBundle } from '../../core/profiles/bundle';
import type { Settings } from '../../storage/settings';
import { send } from '../../messaging/send';
import { msg, pick } from '../i18n';
import { SaidLine, useSaid } from './said';
import { DepartmentPicker } from './DepartmentPicker';
import { checkDepartment, type KnownDepartment } from '../../core/known-departments';

/** Codes the user types (profile ids), not words of the page: HTML's translate="no" (preact types it as a boolean). */
export const NOT_WORDS = { translate: 'no' } as unknown as Record<string, never>;

/** Assignments edited as lines "key = profile-id" (an origin or a department per line). */
const toLines = (m: Record<string, string>) => Object.entries(m).map(([k, v]) => `${k} = ${v}`).join('\n');
function fromLines(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const at = line.lastIndexOf('=');
    if (line.trim() && at > 0) out[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    else if (line.trim()) out[line.trim()] = '';
  }
  return out;
}

/** The rule profile (jurisdiction, or one of the user's own), where each applies, the department, and overrides as JSON. */
export function ProfileSection({ settings, onSaved, userProfiles = [] }: { settings: Settings; onSaved: (s: Settings) => void; userProfiles?: ProfileBundle[] }) {
  const nameOf = (id: string) => {
    const n = (BUILTIN_PROFILES[id] as { name?: { zh: string; en: string } } | undefined)?.name ?? userProfiles.find((b) => b.profile.id === id)?.profile.name;
    return n ? pick(n) : id;
  };
  const ids = [...PROFILE_IDS, ...userProfiles.map((b) => b.profile.id)];
  const [profileId, setProfileId] = useState(settings.profileId);
  const [byOrigin, setByOrigin] = useState(toLines(settings.profileByOrigin));
  const [byDept, setByDept] = useState(toLines(settings.profileByDepartment));
  const [department, setDepartment] = useState(settings.department ?? '');
  const [known, setKnown] = useState<KnownDepartment[]>([]);
  const shown = (s: Settings) => (s.overrides && Object.keys(s.overrides.rules).length ? JSON.stringify(s.overrides, null, 2) : '');
  const [overrides, setOverrides] = useState(shown(settings));
  const { said, setSaid, fromReply } = useSaid();
  useEffect(() => {
    setProfileId(settings.profileId);
    setByOrigin(toLines(settings.profileByOrigin));
    setByDept(toLines(settings.profileByDepartment));
    setDepartment(settings.department ?? '');
    setOverrides(shown(settings));
  }, [settings]);

  const save = async () => {
    const dep = checkDepartment(department, known);
    if (!dep.ok) {
      const why = msg(`options.department.${dep.reason}`, { n: dep.length });
      return setSaid({ ok: false, text: why, problems: [{ path: 'department', zh: msg(`options.department.${dep.reason}`, { n: dep.length }, 'zh'), en: msg(`options.department.${dep.reason}`, { n: dep.length }, 'en') }] });
    }
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
    const r = await send({ type: 'settings.set', patch: { profileId, profileByOrigin: fromLines(byOrigin), profileByDepartment: fromLines(byDept), department: dep.value, overrides: parsed } });
    // A department typed by hand is said as it was understood: a known code as its name, an unknown one as unknown.
    const depSaid = !dep.value ? '' : dep.known ? (dep.value !== department.trim() ? msg('options.department.understood', { typed: department.trim(), name: dep.value }) : '') : msg('options.department.unknown', { name: dep.value });
    fromReply(r, msg('options.profile.saved', { name: nameOf(profileId) }) + depSaid);
    if (r.ok) onSaved(r.settings);
  };

  return (
    <section id="profile">
      <h2>{msg('options.profile.title')}</h2>
      <p class="hint">{msg('options.profile.hint')}</p>
      <label>
        {msg('options.profile.profile')}{' '}
        <select name="profileId" value={profileId} onChange={(e) => setProfileId((e.target as HTMLSelectElement).value)}>
          {ids.map((id) => (
            <option value={id}>{nameOf(id)}{PROFILE_IDS.includes(id) ? '' : msg('options.profile.own')}</option>
          ))}
        </select>
      </label>
      <label class="block">
        {msg('options.profile.byOrigin')}
        <textarea {...NOT_WORDS} name="profileByOrigin" rows={2} spellcheck={false} placeholder={`https://sjzt.example.gov.cn = ${ids[1] ?? 'baseline'}`} value={byOrigin} onInput={(e) => setByOrigin((e.target as HTMLTextAreaElement).value)} />
      </label>
      <label class="block">
        {msg('options.profile.byDepartment')}
        <textarea {...NOT_WORDS} name="profileByDepartment" rows={2} spellcheck={false} placeholder={msg('options.profile.byDepartmentHint', { id: ids[1] ?? 'baseline' })} value={byDept} onInput={(e) => setByDept((e.target as HTMLTextAreaElement).value)} />
      </label>
      <p class="hint">
        {msg('options.profile.ids')}
        {ids.map((id, i) => (
          <>
            {i ? msg('list.sep') : ''}
            <code {...NOT_WORDS} title={nameOf(id)}>{id}</code>（{nameOf(id)}）
          </>
        ))}
      </p>
      <DepartmentPicker value={department} onChange={setDepartment} onKnown={setKnown} reloadKey={settings} />
      <label class="block">
        {msg('options.profile.overrides')}
        <textarea {...NOT_WORDS} name="overrides" rows={6} spellcheck={false} placeholder={'{ "rules": { "plan.joint.max-departments": { "params": { "max": { "value": 4 } } } } }'} value={overrides} onInput={(e) => setOverrides((e.target as HTMLTextAreaElement).value)} />
      </label>
      <button type="button" class="primary save-profile" onClick={save}>
        {msg('options.save')}
      </button>
      <SaidLine said={said} />
    </section>
  );
}
