// Regenerates docs/screenshots/panel-*.png, options.png and popup.png: the extension on the sandbox as
// a user sees it (1366×768; needs a CJK font). `npx tsx scripts/panel-screenshots.ts` after `npm run build`.
import type { Frame } from 'puppeteer-core';
import { clickInPanel, inPanel, launch, openWithPanel, pickInPanel, runPreview } from '../tests/e2e/launch';

const w = await launch();
const click = (frame: Frame, sel: string) => clickInPanel(frame, sel);
try {
  const open = (path: string) => openWithPanel(w.page, w.url, path);
  const shot = async (file: string) => {
    await new Promise((r) => setTimeout(r, 400));
    await w.page.screenshot({ path: `docs/screenshots/${file}` });
    console.log(`docs/screenshots/${file}`);
  };
  const STRATEGY = (task: string) => `/syn/pub/server/sccheck/entback/randompage?taskId=${task}`;

  // The plan page: a saved joint plan with its known breaches.
  await open('/syn/sccheck/pubscworkplan/edit?id=JH-2026-002');
  await shot('panel-plan-findings.png');

  // A template saved from one task's strategy, then the fill-script it makes on another's.
  let frame = await open(STRATEGY('RW-2026-006'));
  await click(frame, 'button[data-tab=templates]');
  await click(frame, 'details.save-template summary');
  await (await inPanel(frame, 'input.tpl-name')).type('公共场所 A–D 1/2/5/20%');
  await (await inPanel(frame, 'input.tpl-dept')).type('SCJG');
  await click(frame, 'button.save');
  await inPanel(frame, 'p.note');
  frame = await open(STRATEGY('RW-2026-002'));
  await click(frame, 'button[data-tab=templates]');
  const select = await inPanel(frame, 'section.templates select');
  const first = await select.evaluate((s) => (s as HTMLSelectElement).options[1]?.value ?? '');
  await pickInPanel(frame, 'section.templates select', first);
  await click(frame, 'button.fill');
  await inPanel(frame, 'div.script');
  await shot('panel-strategy-template.png');

  // The draw preview on the same page.
  await click(frame, 'button.cancel');
  await runPreview(frame);
  await shot('panel-strategy-preview.png');

  // The options page and the popup (opened as a page for the sandbox's tab).
  const sw = await w.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'));
  const id = new URL(sw.url()).host;
  const options = await w.browser.newPage();
  await options.setViewport({ width: 1100, height: 900 });
  await options.goto(`chrome-extension://${id}/options.html`);
  await options.waitForSelector('main.options[data-ready=yes]');
  await new Promise((r) => setTimeout(r, 400));
  await options.screenshot({ path: 'docs/screenshots/options.png' });
  console.log('docs/screenshots/options.png');
  const tabId = await options.evaluate(async (u) => (await (globalThis as any).chrome.tabs.query({ url: `${u}/*` }))[0]?.id, new URL(w.url).origin);
  const popup = await w.browser.newPage();
  await popup.setViewport({ width: 310, height: 220 });
  await popup.goto(`chrome-extension://${id}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('main.popup[data-pages]:not([data-pages=""])');
  await popup.screenshot({ path: 'docs/screenshots/popup.png' });
  console.log('docs/screenshots/popup.png');
} finally {
  await w.close();
}
