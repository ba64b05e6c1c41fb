import { useEffect, useMemo, useState } from 'preact/hooks';
import { BUILTIN_PROFILES, loadProfile, PROFILE_IDS } from '../../core/profiles';
import { docOfBundle, type ProfileBundle } from '../../core/profiles/bundle';
import { explorerRules, searchRules } from '../../trainer/explorer';
import { compareProfiles } from '../../trainer/compare';
import { BUNDLED_POLICY_TEXTS } from '../../trainer/policy-texts-bundled';
import { send } from '../../messaging/send';
import { useSettings } from '../use-settings';
import { RuleExplorer } from './RuleExplorer';
import { msg, pick } from '../i18n';
import { DEFAULT_SANDBOX_PORT, sandboxOrigin } from '../../platform/origins';

const SANDBOX_KEY = 'dra.trainer.sandboxUrl';

/** The extension's rules page: the profile in force, live search, a second profile side by side, links to the sandbox. */
export function RulesPage() {
  const { profile, settings } = useSettings();
  const [bundles, setBundles] = useState<ProfileBundle[]>([]);
  useEffect(() => {
    send({ type: 'profiles.list' }).then((r) => r.ok && setBundles(r.bundles));
  }, []);
  // The user's own documents are quoted too, so their clauses show in context.
  const texts = useMemo(() => ({ ...BUNDLED_POLICY_TEXTS, ...Object.fromEntries(bundles.map((b) => [b.document.file, b.document.text])) }), [bundles]);
  const all = useMemo(() => explorerRules(profile, texts), [profile, texts]);
  const [query, setQuery] = useState(() => new URLSearchParams(location.search).get('q') ?? '');
  const [other, setOther] = useState(() => new URLSearchParams(location.search).get('compare') ?? '');
  // The sandbox the examples open: the one the settings name (its port, set on the options page), unless the
  // trainer typed another address here (kept in this page's storage until cleared or set back).
  const configured = sandboxOrigin(settings?.sandboxPort ?? DEFAULT_SANDBOX_PORT);
  const [typed, setTyped] = useState(() => localStorage.getItem(SANDBOX_KEY) ?? '');
  const sandbox = typed || configured;
  const user = useMemo(() => bundles.map((b) => ({ profile: b.profile, document: docOfBundle(b) })), [bundles]);
  const profiles = [
    ...PROFILE_IDS.map((id) => ({ id, name: pick((BUILTIN_PROFILES[id] as { name: { zh: string; en: string } }).name) })),
    ...bundles.map((b) => ({ id: b.profile.id, name: pick(b.profile.name) })),
  ];
  const compare = useMemo(() => {
    if (!other) return undefined;
    try {
      const b = loadProfile(other, undefined, user);
      return { rows: compareProfiles(profile, b), a: { id: profile.id, name: profile.name ? pick(profile.name) : profile.id }, b: { id: b.id, name: b.name ? pick(b.name) : b.id } };
    } catch {
      return undefined;
    }
  }, [other, profile, user]);
  return (
    <div>
      <div class="trainer no-print sandbox-url">
        <label>
          {msg('explorer.sandboxUrl')}{' '}
          <input
            value={sandbox}
            onChange={(e) => {
              const v = (e.currentTarget as HTMLInputElement).value.trim().replace(/\/$/, '');
              const own = v === configured ? '' : v;
              setTyped(own);
              if (own) localStorage.setItem(SANDBOX_KEY, own);
              else localStorage.removeItem(SANDBOX_KEY);
            }}
          />
        </label>
      </div>
      <RuleExplorer rules={searchRules(all, query)} total={all.length} query={query} profile={{ id: profile.id, chain: profile.chain }} sandboxBase={sandbox} onQuery={setQuery} profiles={profiles} compare={compare} onCompare={setOther} />
    </div>
  );
}
