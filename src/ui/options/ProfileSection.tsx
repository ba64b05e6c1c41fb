import { useEffect, useMemo, useState } from 'preact/hooks';
import { BUILTIN_PROFILES, PROFILE_IDS, loadProfile, type ResolvedProfile } from '../../core/profiles';
import { docOfBundle, type ProfileBundle } from '../../core/profiles/bundle';
import type { UserOverrides } from '../../core/profiles/schema';
import { paramFields, type FieldInput } from '../../core/profiles/param-form';
import { allRules } from '../../core/rules/registry';
import { OverridesForm, applyInputs, inputsOf } from './OverridesForm';
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

const fieldsOf = (ruleId: string) => {
  const r = allRules.find((x) => x.meta.id === ruleId);
  return r ? paramFields(r) : [];
};

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
  // The overrides: one object, shown as a form generated from each rule's schema and, under 高级, as JSON.
  const stored = (s: Settings): UserOverrides => s.overrides ?? { rules: {} };
  const shown = (o: UserOverrides) => (Object.keys(o.rules).length ? JSON.stringify(o, null, 2) : '');
  const [ov, setOv] = useState<UserOverrides>(stored(settings));
  const [inputs, setInputs] = useState<Record<string, FieldInput>>(() => inputsOf(stored(settings), fieldsOf));
  const [json, setJson] = useState(shown(stored(settings)));
  const [jsonError, setJsonError] = useState('');
  const { said, setSaid, fromReply } = useSaid();
  useEffect(() => {
    setProfileId(settings.profileId);
    setByOrigin(toLines(settings.profileByOrigin));
    setByDept(toLines(settings.profileByDepartment));
    setDepartment(settings.department ?? '');
    setOv(stored(settings));
    setInputs(inputsOf(stored(settings), fieldsOf));
    setJson(shown(stored(settings)));
    setJsonError('');
  }, [settings]);
  // The chosen profile's own values, beside each field (the user's overrides left out).
  const profile = useMemo((): ResolvedProfile | undefined => {
    try {
      return loadProfile(profileId, undefined, userProfiles.map((b) => ({ profile: b.profile, document: docOfBundle(b) })));
    } catch {
      return undefined;
    }
  }, [profileId, userProfiles]);
  const applied = useMemo(() => (profile ? applyInputs(ov, inputs, profile) : { overrides: ov, problems: [] }), [ov, inputs, profile]);
  const onInput = (key: string, v: FieldInput) => {
    const next = { ...inputs, [key]: v };
    setInputs(next);
    if (profile) {
      const { overrides } = applyInputs(ov, next, profile);
      setJson(shown(overrides));
      setJsonError('');
    }
  };
  const onRule = (ruleId: string, what: 'enabled' | 'severity', v: string) => {
    const rules = structuredClone(applied.overrides.rules);
    const r = { ...(rules[ruleId] ?? {}) };
    if (what === 'enabled') v ? (r.enabled = v === 'on') : delete r.enabled;
    else v ? (r.severity = v) : delete r.severity;
    if (Object.keys(r).length) rules[ruleId] = r;
    else delete rules[ruleId];
    setOv({ rules });
    setJson(shown({ rules }));
    setJsonError('');
  };
  const onJson = (text: string) => {
    setJson(text);
    if (!text.trim()) return (setOv({ rules: {} }), setInputs({}), setJsonError(''));
    try {
      const parsed = JSON.parse(text) as UserOverrides;
      const o: UserOverrides = parsed && typeof parsed === 'object' && parsed.rules && typeof parsed.rules === 'object' ? parsed : ({ rules: {}, ...(parsed as object) } as UserOverrides);
      setOv(o);
      setInputs(inputsOf(o, fieldsOf));
      setJsonError('');
    } catch (e) {
      setJsonError((e as Error).message);
    }
  };

  const save = async () => {
    const dep = checkDepartment(department, known);
    if (!dep.ok) {
      const why = msg(`options.department.${dep.reason}`, { n: dep.length });
      return setSaid({ ok: false, text: why, problems: [{ path: 'department', zh: msg(`options.department.${dep.reason}`, { n: dep.length }, 'zh'), en: msg(`options.department.${dep.reason}`, { n: dep.length }, 'en') }] });
    }
    if (jsonError) return setSaid({ ok: false, text: msg('options.profile.badJson', { error: jsonError }) });
    // Every entry that cannot be is named by its field, and nothing is saved.
    if (applied.problems.length)
      return setSaid({ ok: false, text: msg('overrides.form.refused', { n: applied.problems.length }), problems: applied.problems.map((p) => ({ path: `overrides.rules["${p.ruleId}"]`, zh: p.zh, en: p.en })) });
    // Empty overrides are sent as an empty set (a message drops undefined, which would keep the old ones).
    const parsed = JSON.parse(JSON.stringify(applied.overrides)) as Record<string, never>;
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
      <h3>{msg('options.profile.overrides')}</h3>
      <p class="hint">{msg('overrides.form.hint')}</p>
      {profile ? <OverridesForm profile={profile} overrides={applied.overrides} inputs={inputs} problems={applied.problems} onInput={onInput} onRule={onRule} /> : <p class="said bad">{msg('overrides.form.noProfile')}</p>}
      <details class="overrides-json">
        <summary>{msg('overrides.form.advanced')}</summary>
        <label class="block">
          {msg('overrides.form.json')}
          <textarea {...NOT_WORDS} name="overrides" rows={6} spellcheck={false} placeholder={'{ "rules": { "plan.joint.max-departments": { "params": { "max": { "value": 4 } } } } }'} value={json} onInput={(e) => onJson((e.target as HTMLTextAreaElement).value)} />
        </label>
        {jsonError && <p class="field-error">{msg('options.profile.badJson', { error: jsonError })}</p>}
      </details>
      <button type="button" class="primary save-profile" onClick={save}>
        {msg('options.save')}
      </button>
      <SaidLine said={said} />
    </section>
  );
}
