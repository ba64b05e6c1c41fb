import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { render } from 'preact';
import { Panel } from '../../src/ui/Panel';
import { BUILTIN_ADAPTERS, recognisePage } from '../../src/platform/recognise';
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
    let page = place === 'sandbox' ? recognisePage(location.href, BUILTIN_ADAPTERS, text) : null;
    if (place === 'platform') {
      // A user's platform: its adapter is one the user added on the options page.
      const r = await send({ type: 'adapters.list' });
      if (r.ok) page = recognisePage(location.href, r.adapters, text);
    }
    if (!page) return;
    const found = page;
    // List pages: keep the rows for the liaison view (read only, stays in the extension's store).
    ctx.onInvalidated(captureLists(document, found.spec, location.href, send));
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
        render(<Panel page={found} />, container);
        return container;
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });
    ui.mount();
  },
});
