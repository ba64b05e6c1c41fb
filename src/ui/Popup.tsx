import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { allRules } from '../core/rules/registry';
import { BUILTIN_PROFILES } from '../core/profiles';
import type { VerdictRow } from '../storage/db';
import { send } from '../messaging/send';
import { msg, pick } from './i18n';
import { countsInWords, pageKindName } from './counts-in-words';
import { canOpenBeside, openLiaisonBeside, type OpenerApis } from './liaison-opener';


/** Which tab the popup speaks of: the active one, or `?tab=N` when opened as a page for a given tab. */
async function tabId(): Promise<number | undefined> {
  const asked = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(asked) && asked > 0) return asked;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** The popup: the current page's verdict (per frame the panel runs in), the active profile, the options page. */
export function Popup() {
  const [verdicts, setVerdicts] = useState<VerdictRow[] | null>(null);
  const [profileId, setProfileId] = useState('baseline');
  const [windowId, setWindowId] = useState<number | undefined>();
  const apis = browser as unknown as OpenerApis;
  useEffect(() => {
    void browser.windows?.getCurrent().then((w) => setWindowId(w.id));
  }, []);
  useEffect(() => {
    void (async () => {
      const s = await send({ type: 'settings.get' });
      if (s.ok) setProfileId(s.settings.profileId);
      const id = await tabId();
      if (id === undefined) return setVerdicts([]);
      const r = await send({ type: 'verdict.get', tabId: id });
      setVerdicts(r.ok ? r.verdicts : []);
    })();
  }, []);
  const named = (BUILTIN_PROFILES[profileId] as { name?: { zh: string; en: string } } | undefined)?.name;
  const name = named ? pick(named) : profileId;
  const total = (verdicts ?? []).reduce((a, v) => ({ error: a.error + v.counts.error, warn: a.warn + v.counts.warn }), { error: 0, warn: 0 });
  return (
    <main class="popup" data-errors={total.error} data-warnings={total.warn} data-pages={verdicts?.length ?? ''}>
      <h1>{msg('ext.name')}</h1>
      {verdicts === null ? (
        <p>…</p>
      ) : verdicts.length === 0 ? (
        <p class="none">{msg('popup.notPlatform')}</p>
      ) : (
        <>
          <p class={total.error ? 'verdict bad' : total.warn ? 'verdict warn' : 'verdict ok'}>
            {total.error || total.warn ? msg('popup.verdict', { e: total.error, w: total.warn }) : msg('popup.clean')}
          </p>
          <ul>
            {verdicts.map((v) => (
              <li data-kind={v.kind}>
                {pageKindName(v.kind)}：{countsInWords(v.counts)}
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="profile">
        {msg('popup.profile', { name, n: allRules.length })}
      </p>
      <p class="links">
        <a href="#" class="open-options" onClick={(e) => (e.preventDefault(), void browser.runtime.openOptionsPage())}>
          {msg('popup.options')}
        </a>
        <a href={browser.runtime.getURL('/rules.html')} target="_blank" id="open-rules">
          {msg('popup.rules')}
        </a>
        <a href="#" class="open-liaison" onClick={(e) => (e.preventDefault(), void browser.tabs.create({ url: browser.runtime.getURL('/liaison.html') }))}>
          {msg('popup.liaison')}
        </a>
        {canOpenBeside(apis) && (
          <a href="#" class="open-liaison-beside" onClick={(e) => (e.preventDefault(), void openLiaisonBeside(apis, windowId))}>
            {msg('popup.liaisonBeside')}
          </a>
        )}
        <a href="/registry.html" target="_blank" class="registry-link">
          {msg('popup.registries')}
        </a>
      </p>
    </main>
  );
}
