/**
 * The platform's page is hostile: its scripts share the frame with the panel. A page script tries every
 * action the panel offers — switch tabs, save a template, fill from one, preview the draw, export the
 * evidence, and answer the pre-submission confirmation with a reason of its own — first as a page script
 * can (the shadow root, nodes leaked through events, the point under the panel), then with the panel's
 * controls in hand, as if it had them (script-made events: `isTrusted` false). None gets done: no
 * template, preview, evidence or audit entry is written, the form is unchanged, the platform's button is
 * not let through. Then the user does the same by hand, and it works.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import { clickInPanel, inPanel, inPanelEval, launch, openWithPanel, pickInPanel, waitInPanel, type World } from './launch';
import { asContentScript } from './content-world';

let w: World;
let ext: Page;
let frame: Frame;
const PAGE = '/syn/pub/server/sccheck/entback/randompage?taskId=RW-2026-002';

type Stored = { templates: number; previews: number; evidence: number; audit: Array<{ kind: string; reason?: unknown }>; evidenceTabs: number };
const message = (m: unknown) => ext.evaluate((m) => (globalThis as any).chrome.runtime.sendMessage(m), m as never) as Promise<any>;
async function stored(): Promise<Stored> {
  const { data } = await message({ type: 'data.export' });
  return {
    templates: data.templates.length,
    previews: data.previews.length,
    evidence: data.evidence.length,
    audit: data.audit.map((e: { kind: string; data: { reason?: unknown } }) => ({ kind: e.kind, reason: e.data.reason })),
    evidenceTabs: w.browser.targets().filter((t) => t.url().includes('/evidence.html')).length,
  };
}
const formValues = () => frame.evaluate(() => [...document.querySelectorAll<HTMLInputElement | HTMLSelectElement>('#strategyForm input, #strategyForm select')].map((i) => (i instanceof HTMLInputElement && /radio|checkbox/.test(i.type) ? String(i.checked) : i.value)).join('|'));

/** What the panel shows the user: which tab, whether the confirmation is open, results shown. */
const panelState = () =>
  inPanelEval(frame, (root) => ({
    tab: root?.querySelector('nav.tabs button.active')?.getAttribute('data-tab') ?? null,
    confirm: !!root?.querySelector('.confirm'),
    logged: !!root?.querySelector('.logged'),
    preview: !!root?.querySelector('.preview-result'),
    script: !!root?.querySelector('div.script'),
    filled: !!root?.querySelector('div.filled'),
    notes: [...(root?.querySelectorAll('p.note') ?? [])].map((p) => p.textContent),
  }));

beforeAll(async () => {
  w = await launch();
  const sw = await w.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 15_000 });
  ext = await w.browser.newPage();
  await ext.goto(`chrome-extension://${new URL(sw.url()).host}/options.html`, { waitUntil: 'load' });
  // The user's department (options page), a template of it for the page to try to apply, and another
  // department's template the page must not see or overwrite.
  expect((await message({ type: 'settings.set', patch: { department: 'SCJG' } })).ok).toBe(true);
  const saved = await message({ type: 'templates.save', template: { name: '用户的模板', department: 'SCJG', creditClassRates: { A: 3, B: 5, C: 10, D: 20 } } });
  expect(saved.ok).toBe(true);
  expect((await message({ type: 'templates.save', template: { id: 'tpl-other', name: '别部门的模板', department: 'WSJ', creditClassRates: { A: 1, B: 1, C: 1, D: 1 } } })).ok).toBe(true);
  // The page's spy: every event that leaves the panel, and the nodes its composedPath() shows outside.
  await w.page.evaluateOnNewDocument(() => {
    const leaked = new Set<EventTarget>();
    (window as any).__leaked = leaked;
    for (const type of ['click', 'pointerdown', 'mousedown', 'focusin', 'input', 'change', 'keydown', 'keyup', 'beforeinput'])
      window.addEventListener(type, (e) => e.composedPath().forEach((n) => n instanceof Node && n.getRootNode() !== document && leaked.add(n)), true);
  });
  frame = await openWithPanel(w.page, w.url, PAGE);
  await frame.waitForFunction(() => !!document.querySelector('.select2'));
}, 60_000);
afterAll(async () => w?.close());

/**
 * The page script's attack, run in the page's own world: every route to the panel's controls it has,
 * then every action on each control reached. Returns what it reached.
 */
const attackAsPageScript = () =>
  frame.evaluate(async () => {
    const host = document.querySelector('dra-panel')!;
    const roots = new Set<ShadowRoot | Document>();
    if (host.shadowRoot) roots.add(host.shadowRoot);
    for (const n of (window as any).__leaked as Set<Node>) roots.add(n.getRootNode() as ShadowRoot);
    // The point under the panel's middle, and the host itself: clicks and keys sent to what is there.
    const r = host.getBoundingClientRect();
    const under = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    let attempts = 0;
    for (const target of [host, under].filter(Boolean) as Element[]) {
      for (const e of [new MouseEvent('click', { bubbles: true, composed: true, clientX: r.left + 20, clientY: r.top + 20 }), new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }), new PointerEvent('pointerdown', { bubbles: true, composed: true })]) {
        target.dispatchEvent(e);
        attempts++;
      }
      (target as HTMLElement).click?.();
      attempts++;
    }
    let reached = 0;
    const act = (root: ParentNode) => {
      const q = <T extends Element>(s: string) => root.querySelector<T>(s);
      const all = root.querySelectorAll('button, input, select, textarea, summary');
      reached += all.length;
      for (const tab of root.querySelectorAll<HTMLButtonElement>('button[data-tab]')) tab.click();
      const select = q<HTMLSelectElement>('section.templates select');
      if (select && select.options.length > 1) {
        select.value = select.options[1].value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }
      for (const [s, v] of [['input.tpl-name', '页面伪造的模板'], ['input.tpl-dept', 'SCJG'], ['input.seed', 'page-seed'], ['.confirm textarea', '页面脚本自己写的理由']] as const) {
        const i = q<HTMLInputElement>(s);
        if (!i) continue;
        i.value = v;
        i.dispatchEvent(new InputEvent('input', { bubbles: true, data: v, inputType: 'insertText' }));
      }
      for (const s of ['button.fill', 'button.apply', 'button.save', 'button.run-preview', 'button.export-evidence', '.confirm button.proceed', 'li.finding button.message']) q<HTMLButtonElement>(s)?.click();
      attempts += all.length;
    };
    for (const root of roots) act(root);
    // The platform's own save: the panel's guard stops it (a page may click its own buttons).
    (document.querySelector('#btnSaveStrategy') as HTMLButtonElement).click();
    for (const root of roots) act(root);
    return { open: !!host.shadowRoot, leaked: ((window as any).__leaked as Set<Node>).size, roots: roots.size, reached, attempts };
  });

describe('a hostile page script against the panel', () => {
  it('finds no way into the panel: closed root, nothing leaked by events, every action attempted does nothing', async () => {
    const before = await stored();
    const form = await formValues();
    // The user uses the panel first, so events have crossed the shadow boundary for the page's spy to see.
    await clickInPanel(frame, 'button[data-tab=templates]');
    await clickInPanel(frame, 'details.save-template summary');
    await (await inPanel(frame, 'input.tpl-name')).type('x');
    await clickInPanel(frame, 'button[data-tab=checks]');
    const state = await panelState();

    const attack = await attackAsPageScript();
    console.log('page script attack:', JSON.stringify(attack));
    expect(attack.open).toBe(false);
    expect(attack.leaked).toBe(0);
    expect(attack.reached).toBe(0);

    // The guard held the platform's button (the page clicked it): the confirmation waits for the user.
    await waitInPanel(frame, (root) => !!root?.querySelector('.confirm'));
    const after = await stored();
    expect(after).toEqual(before);
    expect(await formValues()).toBe(form);
    expect(await panelState()).toEqual({ ...state, confirm: true });
    console.log(`hostile page (page script): ${attack.attempts} attempts on the panel, shadow root ${attack.open ? 'open' : 'closed'}, ${attack.leaked} nodes leaked through events, ${attack.reached} controls reached, 0 actions done`);
  });

  it('even holding the controls, script-made events (isTrusted false) do nothing', async () => {
    const before = await stored();
    const form = await formValues();
    const state = await panelState();
    // As a script with the controls in hand would: clicks, forged input, a chosen option, a forged reason.
    const forged = await inPanelEval(frame, (root) => {
      let n = 0;
      const fire = (s: string, make: () => Event, set?: string) => {
        for (const el of root!.querySelectorAll<HTMLInputElement>(s)) {
          if (set !== undefined) el.value = set;
          el.dispatchEvent(make());
          n++;
        }
      };
      const click = () => new MouseEvent('click', { bubbles: true, composed: true });
      const input = () => new InputEvent('input', { bubbles: true, composed: true });
      fire('.confirm textarea', input, '页面脚本自己写的理由');
      fire('.confirm button.proceed', click);
      for (const el of root!.querySelectorAll<HTMLElement>('.confirm button.proceed, button[data-tab]')) (el.click(), n++);
      fire('header', () => new PointerEvent('pointerdown', { bubbles: true, clientX: 5, clientY: 5 }));
      return n;
    });
    expect(forged).toBeGreaterThan(3);
    // The reason box was not taken over: the proceed button stays disabled, the confirmation open.
    expect(await inPanelEval(frame, (root) => (root!.querySelector('.confirm button.proceed') as HTMLButtonElement).disabled)).toBe(true);
    // Back out as the user, then try each tab's actions with script-made events.
    await clickInPanel(frame, '.confirm button.back');
    await waitInPanel(frame, (root) => !root?.querySelector('.confirm'));
    let tried = forged;
    const forge = async (sel: string, how: 'choose' | 'type' | 'click') => {
      const el = await inPanel(frame, sel);
      await el.evaluate((e, how) => {
        if (how === 'choose') {
          const s = e as HTMLSelectElement;
          s.value = s.options[s.options.length - 1].value;
          s.dispatchEvent(new Event('change', { bubbles: true }));
        } else if (how === 'type') {
          (e as HTMLInputElement).value = '页面脚本';
          e.dispatchEvent(new InputEvent('input', { bubbles: true }));
        } else {
          e.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
          (e as HTMLElement).click();
        }
      }, how);
      tried++;
    };
    await clickInPanel(frame, 'button[data-tab=templates]');
    await forge('section.templates select', 'choose');
    expect(await inPanelEval(frame, (root) => (root!.querySelector('button.fill') as HTMLButtonElement).disabled)).toBe(true);
    await forge('button.fill', 'click');
    // The user picks the template and asks for its fill-script; the script then tries to apply it.
    await pickInPanel(frame, 'section.templates select', (await message({ type: 'templates.list', department: 'SCJG' })).templates[0].id);
    await clickInPanel(frame, 'button.fill');
    await inPanel(frame, 'div.script');
    await forge('button.apply', 'click');
    for (const sel of ['input.tpl-name', 'input.tpl-dept']) await forge(sel, 'type');
    await forge('button.save', 'click');
    // The user's fill-script still waits for the user's Apply; nothing was filled.
    expect(await panelState()).toMatchObject({ script: true, filled: false, notes: [] });
    await clickInPanel(frame, 'button.cancel');
    await clickInPanel(frame, 'button[data-tab=preview]');
    await forge('input.seed', 'type');
    await forge('button.new-seed', 'click');
    await forge('button.run-preview', 'click');
    await clickInPanel(frame, 'button[data-tab=evidence]');
    await forge('button.export-evidence', 'click');
    await clickInPanel(frame, 'button[data-tab=templates]');
    const shown = await panelState();
    expect(shown.preview || shown.filled || shown.script).toBe(false);
    expect(shown.notes).toEqual([]);
    expect(await stored()).toEqual(before);
    expect(await formValues()).toBe(form);
    expect(state.confirm).toBe(true);
    console.log(`hostile page (script-made events on the panel's own controls): ${tried} events, 0 actions done`);
  });

  it('the user, by hand, does what the script could not: the reason typed is the one logged', async () => {
    const before = await stored();
    await frame.click('#btnSaveStrategy');
    const textarea = await inPanel(frame, '.confirm textarea');
    await textarea.type('用户本人填写的理由');
    await clickInPanel(frame, '.confirm button.proceed');
    await inPanel(frame, '.logged');
    await clickInPanel(frame, 'button[data-tab=evidence]');
    const opened = w.browser.waitForTarget((t) => t.url().includes('/evidence.html#'), { timeout: 15_000 });
    await clickInPanel(frame, 'button.export-evidence');
    await (await opened).asPage();
    const after = await stored();
    expect(after.evidence).toBe(before.evidence + 1);
    const added = after.audit.slice(before.audit.length);
    expect(added).toEqual([
      { kind: 'submit-with-findings', reason: '用户本人填写的理由' },
      { kind: 'evidence-export', reason: undefined },
    ]);
  });

  it('the content script itself, made to speak for the page, gets only what is its own (least data to the page)', { timeout: 120_000 }, async () => {
    // Worse than a page script: code running in the content script's own world (as DevTools can), sending
    // the background what it likes. The background decides what it gets.
    const cs = (m: unknown) => asContentScript(frame, m);
    const origin = new URL(frame.url()).origin;
    const list = await cs({ type: 'templates.list', department: 'WSJ' });
    expect(list.templates.map((t: { name: string }) => t.name)).toEqual(['用户的模板']);
    const over = await cs({ type: 'templates.save', template: { id: 'tpl-other', name: '页面覆盖', department: 'WSJ', creditClassRates: { A: 9, B: 9, C: 9, D: 9 } } });
    expect(over.ok && over.template.id !== 'tpl-other' && over.template.department === 'SCJG').toBe(true);
    const { data } = await message({ type: 'data.export' });
    expect(data.templates.find((t: { id: string }) => t.id === 'tpl-other').name).toBe('别部门的模板');
    // Liaison rows: only as read on this page's own origin.
    const claim = await cs({ type: 'liaison.save', source: { kind: 'page', name: 'https://sjzt.example.gov.cn/list' }, records: [{ kind: 'plan', row: 1, values: { id: 'JH-X', name: '伪造' } }] });
    expect(claim).toMatchObject({ ok: false, error: 'liaison refused' });
    // Evidence: the hash is the background's; an outsize file is refused.
    const ev = await cs({ type: 'evidence.save', open: false, evidence: { format: 'dra-evidence/1', exemptionCase: 'E-1', citation: { file: 'f', section: 's', quote: 'q' }, generatedAt: '2026-05-06T01:00:00Z', page: { url: frame.url(), kind: 'strategy' }, profile: 'baseline', items: [], findings: [], rulesPassed: 0, hash: 'f'.repeat(64) } });
    expect(ev.ok && ev.hash !== 'f'.repeat(64) && /^[0-9a-f]{64}$/.test(ev.hash)).toBe(true);
    const huge = await cs({ type: 'evidence.save', open: false, evidence: { format: 'dra-evidence/1', pad: 'x'.repeat(1_100_000) } });
    expect(huge).toMatchObject({ ok: false, error: expect.stringMatching(/^message too large/) });
    // A flood of audit entries: the minute's budget (30 from this origin), the rest refused and not logged.
    const before = (await stored()).audit.length;
    const replies = [];
    for (let i = 0; i < 40; i++) replies.push(await cs({ type: 'audit.append', kind: 'submit-with-findings', data: { reason: `页面刷的第 ${i} 条` } }));
    const logged = replies.filter((r) => r.ok).length;
    const limited = replies.filter((r) => !r.ok && /^rate limit/.test(r.error)).length;
    expect(logged).toBeLessThanOrEqual(30);
    expect(logged + limited).toBe(40);
    expect((await stored()).audit.length - before).toBe(logged);
    console.log(`hostile page (the content script's own world, ${origin}): templates.list naming another department → 1 template, its own; templates.save with another's id → a new id, the other intact; liaison.save claiming another origin → refused; evidence with a forged hash → stored under the background's hash, 1.1 MB → refused; 40 audit.append → ${logged} logged, ${limited} refused by the rate limit`);
  });
});
