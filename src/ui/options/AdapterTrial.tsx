import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Adapter } from '../../platform/adapter-schema';
import type { TrialRequest, TrialResult } from '../../platform/adapter-trial';
import { originMatches } from '../../platform/recognise';
import { parseWith } from '../../core/model';
import { msg, uiLang } from '../i18n';
import { pageKindName } from '../counts-in-words';
import { ReadingView } from '../ReadingView';
import { SaidLine, type Said } from './said';

interface TabTrial {
  tabId: number;
  url: string;
  title: string;
  result: TrialResult | null;
}

/** The tab's frames are asked; the one showing a page the adapter names answers (none: no such page). */
async function askTab(tabId: number, adapter: Adapter): Promise<TrialResult | null> {
  try {
    const r = (await browser.tabs.sendMessage(tabId, { type: 'adapter.trial', adapter } satisfies TrialRequest)) as TrialResult | undefined;
    return r && Array.isArray(r.lines) ? r : null;
  } catch {
    // No frame answered (the page is none of the adapter's, or the overlay does not run on that origin).
    return null;
  }
}

/**
 * 在打开的平台页试用: the adapter in the text box, tried on every open tab of the origins it names before it is
 * saved — per tab, the page kind recognised, the fields found, each value read and used, every value dropped
 * with its reason, and the rules that would fail there.
 */
export function AdapterTrial({ text }: { text: string }) {
  const lang = uiLang();
  const [said, setSaid] = useState<Said | null>(null);
  const [trials, setTrials] = useState<TabTrial[] | null>(null);
  const run = async () => {
    setTrials(null);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      return setSaid({ ok: false, text: msg('options.adapters.badJson', { error: (e as Error).message }) });
    }
    const r = parseWith(Adapter, json);
    if (!r.ok) return setSaid({ ok: false, text: msg('options.adapters.trial.refused'), problems: r.errors });
    const adapter = r.value;
    const tabs = (await browser.tabs.query({})).filter((t) => {
      try {
        return t.id !== undefined && !!t.url && adapter.origins.some((o) => originMatches(o, new URL(t.url!).origin));
      } catch {
        return false;
      }
    });
    if (!tabs.length) return setSaid({ ok: false, text: msg('options.adapters.trial.noTabs', { origins: adapter.origins.join(' ') }) });
    setSaid({ ok: true, text: msg('options.adapters.trial.asked', { n: tabs.length }) });
    setTrials(await Promise.all(tabs.map(async (t) => ({ tabId: t.id!, url: t.url!, title: t.title ?? '', result: await askTab(t.id!, adapter) }))));
  };
  return (
    <div class="adapter-trial">
      <button type="button" class="try-adapter" disabled={!text.trim()} onClick={run}>
        {msg('options.adapters.trial.button')}
      </button>{' '}
      <span class="hint">{msg('options.adapters.trial.hint')}</span>
      <SaidLine said={said} />
      {trials?.map((t) => (
        <div class="trial" data-tab={t.tabId} data-url={t.url} data-kind={t.result?.kind ?? ''} data-found={t.result?.found ?? 0} data-problems={t.result?.problems ?? 0} data-failing={t.result?.failing.join(' ') ?? ''}>
          <h3>
            {t.title} <code>{t.url}</code>
          </h3>
          {t.result ? (
            <>
              <p>{msg('options.adapters.trial.summary', { kind: pageKindName(t.result.kind), found: t.result.found, problems: t.result.problems })}</p>
              <p class="trial-failing">{t.result.failing.length ? msg('options.adapters.trial.failing', { rules: t.result.failing.join(msg('list.sep')) }) : msg('options.adapters.trial.noFailing')}</p>
              <ReadingView lines={t.result.lines} lang={lang} />
            </>
          ) : (
            <p class="trial-none">{msg('options.adapters.trial.noPage')}</p>
          )}
        </div>
      ))}
    </div>
  );
}
