import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { render } from 'preact';
import { Panel } from '../../src/ui/Panel';
import { recognisePage } from '../../src/platform/recognise';
import './panel.css';

export default defineContentScript({
  // The platform puts every page in its own iframe, so the overlay runs in all frames and
  // decides per frame (by URL) whether it is on a page it knows.
  matches: ['http://127.0.0.1/*'],
  allFrames: true,
  cssInjectionMode: 'ui',
  async main(ctx) {
    const page = recognisePage(location.href, undefined, document.body?.innerText);
    if (!page) return;
    const ui = await createShadowRootUi(ctx, {
      name: 'dra-panel',
      position: 'overlay',
      // Bottom-right is empty on the platform's pages: list tools sit top-right, form buttons bottom-centre.
      alignment: 'bottom-right',
      zIndex: 2147483000,
      onMount(container) {
        render(<Panel page={page} />, container);
        return container;
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });
    ui.mount();
  },
});
