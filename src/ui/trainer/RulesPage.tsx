import { useMemo, useState } from 'preact/hooks';
import { explorerRules, searchRules } from '../../trainer/explorer';
import { BUNDLED_POLICY_TEXTS } from '../../trainer/policy-texts-bundled';
import { useSettings } from '../use-settings';
import { RuleExplorer } from './RuleExplorer';
import { msg } from '../i18n';

const SANDBOX_KEY = 'dra.trainer.sandboxUrl';

/** The extension's rules page: the profile from the user's settings, live search, links to the sandbox. */
export function RulesPage() {
  const { profile } = useSettings();
  const all = useMemo(() => explorerRules(profile, BUNDLED_POLICY_TEXTS), [profile]);
  const [query, setQuery] = useState(() => new URLSearchParams(location.search).get('q') ?? '');
  const [sandbox, setSandbox] = useState(() => localStorage.getItem(SANDBOX_KEY) ?? 'http://127.0.0.1:8765');
  return (
    <div>
      <div class="trainer no-print sandbox-url">
        <label>
          {msg('explorer.sandboxUrl')}{' '}
          <input
            value={sandbox}
            onChange={(e) => {
              const v = (e.currentTarget as HTMLInputElement).value.trim().replace(/\/$/, '');
              setSandbox(v);
              localStorage.setItem(SANDBOX_KEY, v);
            }}
          />
        </label>
      </div>
      <RuleExplorer rules={searchRules(all, query)} total={all.length} query={query} profile={{ id: profile.id, chain: profile.chain }} sandboxBase={sandbox} onQuery={setQuery} />
    </div>
  );
}
