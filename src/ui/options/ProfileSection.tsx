import { z } from 'zod';
import { useEffect, useState } from 'preact/hooks';
import { BUILTIN_PROFILES, PROFILE_IDS } from '../../core/profiles';
import type { ProfileBundle } from '../../core/profiles/bundle';
import type { Settings } from '../../storage/settings';
import { send } from '../../messaging/send';
import { tr, uiLang } from '../i18n';
import { SaidLine, useSaid } from './said';

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
    return n ? n[uiLang()] : id;
  };
  const ids = [...PROFILE_IDS, ...userProfiles.map((b) => b.profile.id)];
  const [profileId, setProfileId] = useState(settings.profileId);
  const [byOrigin, setByOrigin] = useState(toLines(settings.profileByOrigin));
  const [byDept, setByDept] = useState(toLines(settings.profileByDepartment));
  const [department, setDepartment] = useState(settings.department ?? '');
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
    // Empty overrides are sent as an empty set (a message drops undefined, which would keep the old ones).
    let parsed: z.infer<ReturnType<typeof z.json>> = { rules: {} };
    if (overrides.trim()) {
      try {
        parsed = JSON.parse(overrides) as typeof parsed;
      } catch (e) {
        setSaid({ ok: false, text: tr('个人覆盖不是有效的 JSON：', 'the overrides are not valid JSON: ') + (e as Error).message });
        return;
      }
    }
    const r = await send({ type: 'settings.set', patch: { profileId, profileByOrigin: fromLines(byOrigin), profileByDepartment: fromLines(byDept), department: department.trim(), overrides: parsed } });
    fromReply(r, tr('已保存：规则配置 ', 'saved: profile ') + nameOf(profileId));
    if (r.ok) onSaved(r.settings);
  };

  return (
    <section id="profile">
      <h2>{tr('规则配置与部门', 'Rule profile and department')}</h2>
      <p class="hint">{tr('各地参数不同：选择本地区的配置；未规定的参数沿用基准配置。', 'Parameters differ by jurisdiction: choose yours; what it leaves unstated keeps the baseline.')}</p>
      <label>
        {tr('规则配置', 'Profile')}{' '}
        <select name="profileId" value={profileId} onChange={(e) => setProfileId((e.target as HTMLSelectElement).value)}>
          {ids.map((id) => (
            <option value={id}>{nameOf(id)}{PROFILE_IDS.includes(id) ? '' : tr('（自制）', ' (own)')}</option>
          ))}
        </select>
      </label>
      <label class="block">
        {tr('按平台地址选用（每行“地址 = 配置编号”，优先于按部门和默认）', 'Per platform origin (one “origin = profile id” a line; wins over department and default)')}
        <textarea name="profileByOrigin" rows={2} spellcheck={false} placeholder={`https://sjzt.example.gov.cn = ${ids[1] ?? 'baseline'}`} value={byOrigin} onInput={(e) => setByOrigin((e.target as HTMLTextAreaElement).value)} />
      </label>
      <label class="block">
        {tr('按部门选用（每行“部门 = 配置编号”）', 'Per department (one “department = profile id” a line)')}
        <textarea name="profileByDepartment" rows={2} spellcheck={false} placeholder="SCJG = baseline" value={byDept} onInput={(e) => setByDept((e.target as HTMLTextAreaElement).value)} />
      </label>
      <p class="hint">{tr('可用的配置编号：', 'Profile ids: ')}{ids.join('、')}</p>
      <label>
        {tr('本部门', 'My department')}{' '}
        <input name="department" value={department} placeholder={tr('如 SCJG', 'e.g. SCJG')} onInput={(e) => setDepartment((e.target as HTMLInputElement).value)} />
      </label>
      <label class="block">
        {tr('个人覆盖（JSON，可留空）', 'My overrides (JSON, may be empty)')}
        <textarea name="overrides" rows={6} spellcheck={false} placeholder={'{ "rules": { "plan.joint.max-departments": { "params": { "max": { "value": 4 } } } } }'} value={overrides} onInput={(e) => setOverrides((e.target as HTMLTextAreaElement).value)} />
      </label>
      <button type="button" class="primary save-profile" onClick={save}>
        {tr('保存', 'Save')}
      </button>
      <SaidLine said={said} />
    </section>
  );
}
