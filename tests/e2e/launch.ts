/**
 * The e2e ground: the sandbox platform served in-process on a free 127.0.0.1 port with fresh seed
 * data, and Chromium with the built extension (.output/chrome-mv3, made by `npm run build`) loaded.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type CDPSession, type ElementHandle, type Frame, type Page } from 'puppeteer-core';
import { startSandbox } from '../../src/sandbox/server';
import type { SandboxStore } from '../../src/sandbox/store';
import { CHROMIUM, CHROMIUM_ARGS } from '../support/chromium';
import { inPopup, loadedExtensionId, setExtensionSettings, useSandboxPort } from '../../src/dev/extension-settings';

export const EXTENSION = resolve('.output/chrome-mv3');

export interface World {
  url: string;
  browser: Browser;
  page: Page;
  /** The sandbox's data, for tests that plant values in it. */
  store: SandboxStore;
  close(): Promise<void>;
}

export async function launch(opts: {
  extension?: boolean;
  userDataDir?: string;
  extensionDir?: string;
  /** Runs once the extension is loaded, before launch writes its settings (the first write into its storage). */
  beforeSettings?: (browser: Browser) => Promise<void>;
} = {}): Promise<World> {
  const withExtension = opts.extension ?? true;
  const extension = opts.extensionDir ?? EXTENSION;
  if (withExtension && !existsSync(join(extension, 'manifest.json'))) throw new Error(`build the extension first (npm run build): ${extension} is missing`);
  const dataDir = mkdtempSync(join(tmpdir(), 'dra-sandbox-'));
  const sandbox = await startSandbox({ port: 0, dataDir, reset: true });
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    enableExtensions: withExtension ? [extension] : false,
    args: ['--lang=zh-CN', ...CHROMIUM_ARGS],
    // Extension i18n follows the browser's UI locale, which headless Chromium takes from the environment.
    env: { ...process.env, LANG: 'zh_CN.UTF-8', LANGUAGE: 'zh_CN' },
    defaultViewport: { width: 1366, height: 768 },
    userDataDir: opts.userDataDir,
  });
  // The overlay runs on the sandbox's own port only (settings.sandboxPort), and this sandbox's port is a free one.
  if (withExtension) {
    await requireChineseUi(browser);
    await opts.beforeSettings?.(browser);
    await useSandboxPort(browser, sandbox.url);
  }
  const page = await browser.newPage();
  return {
    url: sandbox.url,
    browser,
    page,
    store: sandbox.store,
    async close() {
      await browser.close();
      await new Promise((r) => sandbox.server.close(r));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The tests read the Chinese UI; a Chromium without its zh-CN locale falls back to English whatever --lang
 * says, and every text assertion would fail for a reason none of them names. Said once, here, and checked
 * once a test file (the browser and its locales do not change within one).
 */
let chineseUiSeen = false;
async function requireChineseUi(browser: Browser): Promise<void> {
  if (chineseUiSeen) return;
  const ui = await inPopup(browser, () => (globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }).chrome.i18n.getUILanguage(), undefined);
  if (!/^zh/i.test(ui)) throw new Error(`Chromium's UI language is ${ui}, not zh-CN: install its Chinese locale (Debian: apt-get install chromium-l10n, which npm test's pretest does as root)`);
  chineseUiSeen = true;
}

/** The extension's id, from its service worker. */
export const extensionIdOf = (world: World): Promise<string> => loadedExtensionId(world.browser);

/** The options page in a new tab, as a user opens it, once it has read its settings (data-ready). */
export async function openOptions(world: World): Promise<Page> {
  const p = await world.browser.newPage();
  await p.goto(`chrome-extension://${await extensionIdOf(world)}/options.html`);
  await p.waitForSelector('main.options[data-ready=yes]');
  return p;
}

/**
 * Local origins other than the sandbox's port get the overlay only once added, like any platform origin
 * (on 127.0.0.1 no permission is asked: the manifest's host covers it). The fixture servers use this.
 */
export const allowOrigins = (world: World, origins: string[]): Promise<void> => setExtensionSettings(world.browser, { origins });

/** The frame of the active iframe tab in the shell. */
export async function activeFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe.J_iframe.active');
  const frame = await handle!.contentFrame();
  await platformReady(frame!);
  return frame!;
}

/** A platform page loaded and its jQuery there (its widgets are built on it). */
export async function platformReady(frame: Frame): Promise<void> {
  await frame.waitForFunction(() => document.readyState === 'complete' && !!(window as unknown as { jQuery?: unknown }).jQuery);
}

/** Choose an option of a select2 widget as a user does: open it, click the option. */
export async function select2Pick(frame: Frame, name: string, label: string): Promise<void> {
  // The page may still be turning its <select> into a select2 box (a loaded machine is slow): wait for it.
  const box = `select[name="${name}"] + .select2 .select2-selection`;
  await frame.waitForSelector(box, { visible: true });
  await frame.click(box);
  await frame.waitForSelector('.select2-results__option');
  const options = await frame.$$('.select2-results__option');
  for (const o of options) {
    if ((await o.evaluate((e) => e.textContent?.trim())) === label) {
      await o.click();
      return;
    }
  }
  throw new Error(`select2 ${name}: no option "${label}"`);
}

/** Pick a day in a laydate calendar as a user does: click the input, click the day. */
export async function laydatePick(frame: Frame, name: string, ymd: string): Promise<void> {
  await frame.click(`input[name="${name}"]`);
  const [y, m, d] = ymd.split('-').map(Number);
  // laydate opens on the input's month (or the current one); walk to the wanted month, then click the day.
  for (let i = 0; i < 24; i++) {
    const cell = await frame.$(`.layui-laydate:not([style*="display: none"]) td[lay-ymd="${y}-${m}-${d}"]:not(.laydate-day-prev):not(.laydate-day-next)`);
    if (cell) {
      await cell.click();
      const confirm = await frame.$('.layui-laydate .laydate-btns-confirm');
      if (confirm && (await confirm.isVisible())) await confirm.click();
      return;
    }
    const shown = await frame.$eval('.layui-laydate .laydate-set-ym', (e) => e.textContent ?? '');
    const [sy, sm] = (shown.match(/\d+/g) ?? []).map(Number);
    await frame.click(sy * 12 + sm < y * 12 + m ? '.layui-laydate .laydate-next-m' : '.layui-laydate .laydate-prev-m');
  }
  throw new Error(`laydate ${name}: could not reach ${ymd}`);
}

/** Wait until the overlay's shadow host is in the frame: the extension recognised the page. */
export function waitForPanel(frame: Frame) {
  return frame.waitForSelector('dra-panel', { timeout: 20_000 });
}

/** Puppeteer's frame internals used here (present at run time, not in its public types). */
interface FrameInternals {
  client: CDPSession;
  isolatedRealm(): { adoptBackendNode(id: number): Promise<unknown>; createHandle(remoteValue: unknown): unknown; evaluate(fn: unknown, ...args: unknown[]): Promise<unknown> };
}
interface BidiHandle {
  remoteValue(): { value?: { shadowRoot?: unknown } };
}

/**
 * The panel's shadow root. It is closed, so no script of the page can reach it (host.shadowRoot is null);
 * the test reaches it as DevTools does, through the browser's protocol: CDP's DOM.describeNode (pierce)
 * in Chromium, the BiDi serialisation of the host (which names closed roots) in Firefox. The handle lives
 * in puppeteer's own isolated world, which no page script can see: nothing is exposed to the page.
 */
export async function panelRoot(frame: Frame): Promise<ElementHandle<ShadowRoot> | null> {
  const host = await frame.$('dra-panel');
  if (!host) return null;
  const f = frame as unknown as FrameInternals;
  try {
    const bidi = (host as unknown as Partial<BidiHandle>).remoteValue;
    if (bidi) {
      // Firefox: the host's serialisation carries its shadow root, closed ones included.
      const shadow = bidi.call(host).value?.shadowRoot;
      return shadow ? (f.isolatedRealm().createHandle(shadow) as ElementHandle<ShadowRoot>) : null;
    }
    const { node } = await f.client.send('DOM.describeNode', { objectId: host.remoteObject().objectId, pierce: true });
    const root = node.shadowRoots?.[0];
    return root ? ((await f.isolatedRealm().adoptBackendNode(root.backendNodeId)) as ElementHandle<ShadowRoot>) : null;
  } finally {
    await host.dispose();
  }
}

/** Poll `probe` until it gives a truthy value (a navigating frame counts as not yet), or fail after `timeout`. */
async function until<T>(what: string, timeout: number, probe: () => Promise<T>): Promise<NonNullable<T>> {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await probe().catch(() => undefined);
    if (v) return v as NonNullable<T>;
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Run `fn(root, ...args)` on the panel's shadow root (in puppeteer's isolated world) and return its value;
 * `fn` gets null when there is no panel. Like frame.evaluate, `fn` is serialised: no closures.
 */
export async function inPanelEval<T, A extends unknown[]>(frame: Frame, fn: (root: ShadowRoot | null, ...args: A) => T, ...args: A): Promise<Awaited<T>> {
  const root = await panelRoot(frame);
  if (!root) return (await (frame as unknown as FrameInternals).isolatedRealm().evaluate(fn, null, ...args)) as Awaited<T>;
  try {
    return (await root.evaluate(fn as never, ...(args as unknown as never[]))) as Awaited<T>;
  } finally {
    await root.dispose();
  }
}

/** Wait until `fn(root, ...args)` is truthy in the panel's shadow root (polled), and return its value. */
export function waitInPanel<T, A extends unknown[]>(frame: Frame, fn: (root: ShadowRoot | null, ...args: A) => T, opts: { timeout?: number } = {}, ...args: A): Promise<NonNullable<Awaited<T>>> {
  return until(`the panel: ${fn.toString().slice(0, 120)}`, opts.timeout ?? 15_000, () => inPanelEval(frame, fn, ...args));
}

/** A control inside the panel's (closed) shadow root, once it is there. */
export async function inPanel(frame: Frame, sel: string, timeout = 15_000): Promise<ElementHandle<Element>> {
  return until(`${sel} in the panel`, timeout, async () => {
    const root = await panelRoot(frame);
    if (!root) return null;
    try {
      return await root.$(sel);
    } finally {
      await root.dispose();
    }
  });
}

/**
 * A user's click on a control of the panel: a real mouse click through the browser (a trusted event; the
 * panel ignores clicks a script makes). Its tab is brought to the front first, as a user's click would be.
 * A disabled control is waited for until it is enabled.
 */
export async function clickInPanel(frame: Frame, sel: string, timeout = 15_000): Promise<void> {
  await frame.page().bringToFront();
  const el = await inPanel(frame, sel, timeout);
  // Once the control is enabled and has stopped moving (a tab in the background lays out only when brought
  // to the front; the panel settles as findings arrive and lifts itself clear of the platform's buttons),
  // so the click lands on it and not on what was there a frame before.
  let last = '';
  // In view first (a user scrolls the panel to a button before clicking it), then still; a button the panel
  // guards against clickjacking (data-guard="observer") acts only once the browser has reported it in plain
  // sight (data-seen, src/ui/visibility-guard.ts), as a user's eye would have it before the click.
  await el.evaluate((e) => e.scrollIntoView({ block: 'nearest' }));
  await until(`${sel} enabled and still`, timeout, async () => {
    await frame.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const now = JSON.stringify([await el.boundingBox(), await el.evaluate((e) => (e as HTMLButtonElement).disabled === true)]);
    const seen = await el.evaluate((e) => (e as HTMLElement).dataset.guard !== 'observer' || (e as HTMLElement).dataset.seen === 'visible');
    const still = now === last && seen && !now.endsWith('true]') && !now.startsWith('[null');
    last = now;
    return still;
  });
  await el.click();
  await el.dispose();
}

/**
 * A user's entry of `text` into an input of the panel, replacing what it held: the text goes in as the
 * keyboard's (Input.insertText: one trusted input event, fast for long strings).
 */
export async function typeInPanel(frame: Frame, sel: string, text: string): Promise<void> {
  const el = (await inPanel(frame, sel)) as ElementHandle<HTMLInputElement>;
  await frame.page().bringToFront();
  await el.focus();
  await el.evaluate((i) => i.select());
  if (text) await frame.page().keyboard.sendCharacter(text);
  else await frame.page().keyboard.press('Backspace');
  await el.dispose();
}

/** A user's choice of `value` in a <select> of the panel: focused, then moved with the arrow keys (trusted events). */
export async function pickInPanel(frame: Frame, sel: string, value: string): Promise<void> {
  const select = (await inPanel(frame, sel)) as ElementHandle<HTMLSelectElement>;
  const [from, to] = await select.evaluate((s, v) => [s.selectedIndex, [...s.options].findIndex((o) => o.value === v)], value);
  if (to < 0) throw new Error(`${sel}: no option ${value}`);
  await frame.page().bringToFront();
  await select.focus();
  const keys = to === from ? (to > 0 ? ['ArrowUp', 'ArrowDown'] : ['ArrowDown', 'ArrowUp']) : Array(Math.abs(to - from)).fill(to > from ? 'ArrowDown' : 'ArrowUp');
  // Shown already (a script may have set it without telling the panel): away and back, so the panel hears a change.
  for (const key of keys) await frame.page().keyboard.press(key as 'ArrowDown');
  await until(`${sel} = ${value}`, 5_000, () => select.evaluate((s, v) => s.value === v, value));
  await select.dispose();
}

/**
 * A rule's mark at its field (in the panel's shadow root): the field, hover text, box and class; null when there
 * is none. Pass it to waitInPanel/inPanelEval with the rule id (it is serialised: self-contained).
 */
export function fieldMark(root: ShadowRoot | null, rule: string) {
  const m = [...(root?.querySelectorAll<HTMLElement>('.field-mark') ?? [])].find((x) => x.dataset.rules?.split(' ').includes(rule));
  if (!m) return null;
  const b = m.getBoundingClientRect();
  return { field: m.dataset.field, title: m.title, left: b.left, top: b.top, right: b.right, bottom: b.bottom, severity: m.className };
}

/** Wait until a rule is (or is no longer) among those the panel shows failing, whichever tab is open. */
export async function waitFailing(frame: Frame, rule: string, present: boolean, timeout = 10_000): Promise<void> {
  await waitInPanel(frame, (root, r, p) => (root?.querySelector('.dra-panel')?.getAttribute('data-failing') ?? '').split(' ').includes(r) === p, { timeout }, rule, present);
}

/** The rules the panel shows failing now, whichever tab is open. */
export function failingRules(frame: Frame): Promise<string[]> {
  return inPanelEval(frame, (root) => (root?.querySelector('.dra-panel')?.getAttribute('data-failing') ?? '').split(' ').filter(Boolean));
}

/** Open a platform page in the shell's iframe tab, as the menu does, and wait for the panel in its frame. */
export async function openWithPanel(page: Page, baseUrl: string, path: string): Promise<Frame> {
  await page.bringToFront(); // as a user looks at the page they open: a tab behind lays nothing out
  await page.goto(`${baseUrl}?open=${encodeURIComponent(path)}`, { waitUntil: 'networkidle0' });
  const frame = await activeFrame(page);
  await waitForPanel(frame);
  return frame;
}

/**
 * Run the panel's draw preview on the strategy page (a user's clicks on its tab and button) and wait for `until` in the
 * panel: by default the result with its records kept (the counts show first, data-keeping while they are written).
 */
export async function runPreview(frame: Frame, until = 'div.preview-result:not([data-keeping])', timeout = 15_000): Promise<void> {
  for (const button of ['button[data-tab=preview]', 'button.run-preview']) await clickInPanel(frame, button);
  await inPanel(frame, until, timeout);
}
