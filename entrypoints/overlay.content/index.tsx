import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { render } from 'preact';
import { Panel } from '../../src/ui/Panel';
import { BUILTIN_ADAPTERS, recognisePage } from '../../src/platform/recognise';
import { lexiconPage } from '../../src/platform/zero-config';
import type { Adapter, PageKind } from '../../src/platform/adapter-schema';
import { MakerPanel } from '../../src/ui/MakerPanel';
import { overlayPlace } from '../../src/platform/origins';
import { send } from '../../src/messaging/send';
import { captureLists } from '../../src/platform/capture-lists';
import { captureItemList } from '../../src/platform/capture-item-list';
import { isTrialRequest, tryAdapter } from '../../src/platform/adapter-trial';
import { browser } from 'wxt/browser';
// Inlined into the shadow root, so no extension file has to be web-accessible to the platform's pages.
import css from './panel.css?inline';

export default defineContentScript({
  // The platform puts every page in its own iframe, so the overlay runs in all frames and
  // decides per frame (by URL) whether it is on a page it knows. Users' own platform origins
  // are registered at run time, once granted on the options page (src/background/user-origins.ts).
  matches: ['http://127.0.0.1/*'],
  allFrames: true,
  cssInjectionMode: 'manual',
  async main(ctx) {
    // The options page tries a pasted adapter on this tab before it is saved: read only, and answered only to
    // the extension's own pages (a platform page cannot send to a content script). A frame whose page the
    // adapter does not name stays silent, so the frame that shows the page answers.
    const onTrial = (m: unknown, sender: { id?: string; url?: string }, reply: (r: unknown) => void) => {
      if (sender.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL('/')) || !isTrialRequest(m)) return false;
      const r = tryAdapter(document, location.href, m.adapter);
      if (r) reply(r);
      return false;
    };
    browser.runtime.onMessage.addListener(onTrial);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onTrial));
    // The manifest lets this script into every port of 127.0.0.1 (match patterns have no port) and the
    // user's granted hosts: it stays only on the sandbox's own port and the origins granted, port included.
    const settings = await send({ type: 'panel.settings' });
    const place = settings.ok ? overlayPlace(location.origin, settings.settings) : null;
    if (!place) return;
    const text = document.body?.innerText;
    // The user's own adapters (options page, adapter maker) apply to every origin they name, 127.0.0.1
    // included, and come before the built-in ones (a user may correct a shipped adapter with a copy).
    const r = await send({ type: 'adapters.list' });
    const users = r.ok ? r.adapters.filter((a) => !r.builtin.includes(a.id)) : [];
    const page = recognisePage(location.href, [...users, ...BUILTIN_ADAPTERS], text);
    // A page no adapter covers is read with the label lexicon alone (zero configuration): the panel checks it
    // through what the labels say, with each field's confidence, and offers to save that as an adapter. Only
    // where the lexicon finds a field of a plan, task or strategy form (the platform's other pages stay untouched).
    const lexicon = page ? null : lexiconPage(document, location.href);
    if (!page && !lexicon) return;
    let found = page;
    // List pages: keep the rows for the liaison view (read only, stays in the extension's store).
    if (found) ctx.onInvalidated(captureLists(document, found.spec, location.href, send));
    // The platform's item list page: its rows are kept as the item list (kind and legal basis for other pages).
    if (found) ctx.onInvalidated(captureItemList(document, found.spec, location.href, send));
    // An adapter saved from the maker applies at once: the panel replaces the maker.
    const saved = (container: HTMLElement) => (a: Adapter) => {
      found = recognisePage(location.href, [a], document.body?.innerText);
      if (found) render(<Panel page={found} collapsed={collapsedOn(found)} />, container);
    };
    // Collapsed or not as the user left the panel on this kind of page (plan, task, strategy, list…).
    const collapsedOn = (p: { kind: PageKind }) => (settings.ok ? settings.settings.panelCollapsed[p.kind] : undefined);
    const ui = await createShadowRootUi(ctx, {
      name: 'dra-panel',
      position: 'overlay',
      // Bottom-right is empty on the platform's pages: list tools sit top-right, form buttons bottom-centre.
      alignment: 'bottom-right',
      zIndex: 2147483000,
      // Closed: the page's scripts get null from host.shadowRoot and no inner node from an event's
      // composedPath(), so they cannot find the panel's controls (which act only on trusted events anyway).
      mode: 'closed',
      // Keys typed in the panel (the confirmation's reason) do not bubble out to the page's listeners.
      isolateEvents: true,
      css,
      onMount(container) {
        const maker = () => render(<MakerPanel onSaved={saved(container)} startOpen />, container);
        if (found) render(<Panel page={found} collapsed={collapsedOn(found)} />, container);
        else if (lexicon?.page) render(<Panel page={lexicon.page} collapsed={collapsedOn(lexicon.page)} zero={{ recognised: lexicon.recognised, adapter: lexicon.page.adapter, onSaved: saved(container), onMaker: maker }} />, container);
        else maker();
        return container;
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });
    ui.mount();
  },
});
