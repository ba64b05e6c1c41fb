import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { allRules } from '../core/rules/registry';
import { BUILTIN_PROFILES } from '../core/profiles';
import type { VerdictRow } from '../storage/db';
import { send } from '../messaging/send';
import { t, tr, uiLang } from './i18n';
import { canOpenBeside, openLiaisonBeside, type OpenerApis } from './liaison-opener';

const KIND: Record<string, [string, string]> = {
  plan: ['抽查计划', 'plan'],
  task: ['抽查任务', 'task'],
  strategy: ['抽取策略', 'strategy'],
  draw: ['抽取结果', 'draw'],
  inspectors: ['执法人员匹配', 'inspectors'],
  results: ['结果录入', 'results'],
  list: ['列表', 'list'],
};

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
  const name = (BUILTIN_PROFILES[profileId] as { name?: { zh: string; en: string } } | undefined)?.name?.[uiLang()] ?? profileId;
  const total = (verdicts ?? []).reduce((a, v) => ({ error: a.error + v.counts.error, warn: a.warn + v.counts.warn }), { error: 0, warn: 0 });
  return (
    <main class="popup" data-errors={total.error} data-warnings={total.warn} data-pages={verdicts?.length ?? ''}>
      <h1>{t('extName')}</h1>
      {verdicts === null ? (
        <p>…</p>
      ) : verdicts.length === 0 ? (
        <p class="none">{tr('本页不是已识别的平台页面（或面板尚未检查）。', 'This page is not a platform page the extension knows (or the panel has not checked it yet).')}</p>
      ) : (
        <>
          <p class={total.error ? 'verdict bad' : total.warn ? 'verdict warn' : 'verdict ok'}>
            {total.error || total.warn ? tr(`${total.error} 个错误，${total.warn} 个警告`, `${total.error} error(s), ${total.warn} warning(s)`) : tr('未发现错误或警告', 'no errors or warnings')}
          </p>
          <ul>
            {verdicts.map((v) => (
              <li data-kind={v.kind}>
                {tr(...(KIND[v.kind] ?? [v.kind, v.kind]))}: ✖ {v.counts.error} · ⚠ {v.counts.warn} · ℹ {v.counts.info} · ? {v.counts.incomplete}
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="profile">
        {t('popupProfile')}: <b>{name}</b> · {allRules.length} {t('popupRules')}
      </p>
      <p class="links">
        <a href="#" class="open-options" onClick={(e) => (e.preventDefault(), void browser.runtime.openOptionsPage())}>
          {tr('设置', 'Options')}
        </a>
        <a href={browser.runtime.getURL('/rules.html')} target="_blank" id="open-rules">
          {tr('规则浏览器', 'Rule explorer')}
        </a>
        <a href="#" class="open-liaison" onClick={(e) => (e.preventDefault(), void browser.tabs.create({ url: browser.runtime.getURL('/liaison.html') }))}>
          {tr('联络员视图', 'Liaison view')}
        </a>
        {canOpenBeside(apis) && (
          <a href="#" class="open-liaison-beside" onClick={(e) => (e.preventDefault(), void openLiaisonBeside(apis, windowId))}>
            {tr('在侧边栏打开联络员视图', 'Liaison view in the side panel')}
          </a>
        )}
        <a href="/registry.html" target="_blank" class="registry-link">
          {tr('两库：导入与浏览', 'Registries')}
        </a>
      </p>
    </main>
  );
}
