import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { render } from 'preact';
import { Panel } from '../../src/ui/Panel';
import { BUILTIN_ADAPTERS, recognisePage } from '../../src/platform/recognise';
import { guessKind, recogniseByLabels } from '../../src/platform/lexicon';
import type { Adapter } from '../../src/platform/adapter-schema';
import { MakerPanel } from '../../src/ui/MakerPanel';
import { overlayPlace } from '../../src/platform/origins';
import { send } from '../../src/messaging/send';
import { captureLists } from '../../src/platform/capture-lists';
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
    // The manifest lets this script into every port of 127.0.0.1 (match patterns have no port) and the
    // user's granted hosts: it stays only on the sandbox's own port and the origins granted, port included.
    const settings = await send({ type: 'settings.get' });
    const place = settings.ok ? overlayPlace(location.origin, settings.settings) : null;
    if (!place) return;
    const text = document.body?.innerText;
    // The user's own adapters (options page, adapter maker) apply to every origin they name, 127.0.0.1
    // included, and come before the built-in ones (a user may correct a shipped adapter with a copy).
    const r = await send({ type: 'adapters.list' });
    const users = r.ok ? r.adapters.filter((a) => !r.builtin.includes(a.id)) : [];
    const page = recognisePage(location.href, [...users, ...BUILTIN_ADAPTERS], text);
    // A page no adapter covers gets the adapter maker, but only where the label lexicon finds a field
    // of a plan or task form (the platform's other pages stay untouched).
    if (!page && !recogniseByLabels(document, guessKind(document, location.href) ?? 'plan').length) return;
    let found = page;
    // List pages: keep the rows for the liaison view (read only, stays in the extension's store).
    if (found) ctx.onInvalidated(captureLists(document, found.spec, location.href, send));
    // An adapter saved from the maker applies at once: the panel replaces the maker.
    const saved = (container: HTMLElement) => (a: Adapter) => {
      found = recognisePage(location.href, [a], document.body?.innerText);
      if (found) render(<Panel page={found} />, container);
    };
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
        render(found ? <Panel page={found} /> : <MakerPanel onSaved={saved(container)} />, container);
        return container;
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });
    ui.mount();
  },
});
