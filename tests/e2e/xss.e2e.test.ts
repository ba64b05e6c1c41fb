/**
 * Page data is never rendered as HTML: 30 XSS payloads planted in the platform's data (library,
 * item, department, object, inspector and plan names, read by the panel through the page and the
 * registry export) and typed into the panel's own fields (template names and departments, shown back
 * in its list, note and fill-script) appear in the panel's shadow root as text only: no element is
 * made from them and none of their scripts runs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame } from 'puppeteer-core';
import { setExtensionSettings } from '../../src/dev/extension-settings';
import { clickInPanel, inPanel, inPanelEval, launch, openWithPanel, pickInPanel, typeInPanel, waitInPanel, type World } from './launch';

/** Each payload, if it ever ran, would count itself in window.__xss of the frame it ran in. */
const RUN = 'window.__xss=(window.__xss||0)+1';
const PAYLOADS = [
  `<img src=x onerror="${RUN}">`,
  `<script>${RUN}</script>`,
  `<svg onload="${RUN}">`,
  `<svg><script>${RUN}</script></svg>`,
  `"><img src=x onerror=${RUN}>`,
  `'><svg/onload=${RUN}>`,
  `<iframe srcdoc="<script>parent.${RUN}</script>"></iframe>`,
  `<body onload=${RUN}>`,
  `<details open ontoggle=${RUN}>`,
  `<video><source onerror=${RUN}></video>`,
  `<audio src=x onerror=${RUN}>`,
  `<input autofocus onfocus=${RUN}>`,
  `<marquee onstart=${RUN}>x</marquee>`,
  `<object data="javascript:${RUN}"></object>`,
  `<embed src="javascript:${RUN}">`,
  `<a href="javascript:${RUN}">点我</a>`,
  `<math><mtext><img src=x onerror=${RUN}></mtext></math>`,
  `<style onload=${RUN}></style>`,
  `<link rel=stylesheet href=x onerror=${RUN}>`,
  `<div style="background:url(javascript:${RUN})">`,
  `<xss-el onclick=${RUN}>自定义</xss-el>`,
  `<table background="javascript:${RUN}">`,
  `</textarea><img src=x onerror=${RUN}>`,
  `</title><img src=x onerror=${RUN}>`,
  `<!--><img src=x onerror=${RUN}>-->`,
  `<noscript><p title="</noscript><img src=x onerror=${RUN}>">`,
  `{{constructor.constructor('${RUN}')()}}`,
  `\${${RUN}}`,
  `<img src=x:alert(1) onerror=eval(atob('${Buffer.from(RUN).toString('base64')}'))>`,
  `<form><button formaction="javascript:${RUN}">提交</button></form>`,
].map((p, i) => `XSS${String(i).padStart(2, '0')}${p}`);

const TASK = 'RW-2026-002';
const PAGE = `/syn/pub/server/sccheck/entback/randompage?taskId=${TASK}`;
let w: World;
let frame: Frame;

const panel = (sel: string) => inPanel(frame, sel, 10_000);
/** Set a panel input as the keyboard does, in one go (typing 30 long strings key by key is slow). */
const setInput = (sel: string, value: string) => typeInPanel(frame, sel, value);

/** What the shadow root holds: elements a payload could have made, and which payloads show as text. */
function inspect(f: Frame, payloads: string[]) {
  return inPanelEval(f, (root, payloads) => {
    // WXT's shadow root holds its own <html><head><style>…</head><body>: those are the panel's, not data.
    const own = (e: Element) => (e.tagName === 'STYLE' && e.parentElement?.tagName === 'HEAD') || (e.tagName === 'BODY' && e.parentElement?.tagName === 'HTML');
    const all = root ? [...root.querySelectorAll('*')].filter((e) => !own(e)) : [];
    const dangerous = all.filter((e) => ['IMG', 'SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'VIDEO', 'AUDIO', 'SOURCE', 'STYLE', 'LINK', 'MARQUEE', 'MATH', 'BODY', 'FORM', 'TABLE', 'NOSCRIPT', 'A', 'XSS-EL'].includes(e.tagName.toUpperCase()));
    const svgs = all.filter((e) => e.tagName.toLowerCase() === 'svg' && !e.classList.contains('bar-chart'));
    const handlers = all.filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name) || /javascript:/i.test(a.value)));
    const text = root ? [...root.querySelectorAll('*')].map((e) => [e.textContent ?? '', (e as HTMLInputElement).value ?? '']).flat().join('\n') : '';
    const shown = payloads.filter((p) => text.includes(p));
    return {
      elements: all.length,
      dangerous: dangerous.map((e) => e.tagName),
      svgs: svgs.length,
      handlers: handlers.map((e) => e.outerHTML.slice(0, 80)),
      shown,
    };
  }, payloads).then(async (v) => ({
    ...v,
    // Read in the page's own world, where a payload's script would have counted.
    ran: await f.evaluate(() => (window as unknown as { __xss?: number }).__xss ?? 0),
    ranTop: await f.evaluate(() => (window.top as unknown as { __xss?: number }).__xss ?? 0),
  }));
}

beforeAll(async () => {
  w = await launch();
  // The user's department, set on the options page, is itself a payload: the panel saves and lists its templates.
  await setExtensionSettings(w.browser, { department: PAYLOADS[5] });
  // Plant the payloads in what the platform shows and exports: the panel reads these from the page.
  const d = w.store.data;
  const at = (i: number) => PAYLOADS[i % PAYLOADS.length];
  d.libraries.forEach((l, i) => (l.name = at(i)));
  d.items.forEach((it, i) => (it.name = at(i + 3)));
  d.departments.forEach((x, i) => (x.name = at(i + 7)));
  d.objects.forEach((o, i) => (o.name = at(i)));
  d.inspectors.forEach((p, i) => (p.name = at(i + 11)));
  d.plans.forEach((p, i) => (p.name = at(i + 17)));
  frame = await openWithPanel(w.page, w.url, PAGE);
});
afterAll(async () => w?.close());

describe('XSS payloads in page data and panel data', () => {
  it('renders 30 payloads as text in the panel: 0 elements made from them, 0 scripts run', async () => {
    // Template names and departments: saved through the panel, listed back, shown in its note.
    await clickInPanel(frame, 'button[data-tab=templates]');
    await clickInPanel(frame, 'details.save-template summary');
    for (const p of PAYLOADS) {
      await setInput('input.tpl-name', p);
      await clickInPanel(frame, 'button.save');
      await waitInPanel(frame, (root, p) => root?.querySelector('p.note')?.textContent?.includes(p), { timeout: 10_000 }, p);
    }
    // A template chosen: its fill-script lists the steps with the page's labels and values.
    const select = await panel('section.templates select');
    const id = await select.evaluate((s) => (s as HTMLSelectElement).options[1]?.value ?? '');
    await pickInPanel(frame, 'section.templates select', id);
    await clickInPanel(frame, 'button.fill');
    await panel('div.script');
    const templates = await inspect(frame, PAYLOADS);

    // The draw preview shows library names from the registry export.
    await clickInPanel(frame, 'button[data-tab=preview]');
    await setInput('input.seed', 'xss-seed');
    await clickInPanel(frame, 'button.run-preview');
    await panel('div.preview-result');
    const preview = await inspect(frame, PAYLOADS);
    // The checks tab, with the page's names in its findings.
    await clickInPanel(frame, 'button[data-tab=checks]');
    await new Promise((r) => setTimeout(r, 500));
    const checks = await inspect(frame, PAYLOADS);

    // And the plan form, whose names, departments and plan list are all payloads.
    const planFrame = await openWithPanel(w.page, w.url, '/syn/sccheck/pubscworkplan/edit?id=' + w.store.data.plans[0].id);
    await new Promise((r) => setTimeout(r, 1000));
    const plan = await inspect(planFrame, PAYLOADS);

    const views = { templates, preview, checks, plan };
    for (const [name, v] of Object.entries(views)) {
      expect(v.dangerous, name).toEqual([]);
      expect(v.svgs, name).toBe(0);
      expect(v.handlers, name).toEqual([]);
      expect(v.ran, name).toBe(0);
      expect(v.ranTop, name).toBe(0);
    }
    // The test saw the payloads: every one of them is in the panel as text.
    const shown = new Set(Object.values(views).flatMap((v) => v.shown));
    expect(shown.size).toBe(PAYLOADS.length);
    expect(preview.shown.length).toBeGreaterThan(0);
    const made = Object.values(views).reduce((n, v) => n + v.dangerous.length + v.svgs + v.handlers.length, 0);
    const ran = Object.values(views).reduce((n, v) => n + v.ran + v.ranTop, 0);
    // Control: the same payload put in as HTML (outside the panel) does run, so the count above could fail.
    const control = await planFrame.evaluate(async (p) => {
      const div = document.createElement('div');
      div.innerHTML = p;
      document.body.append(div);
      await new Promise((r) => setTimeout(r, 300));
      div.remove();
      return (window as unknown as { __xss?: number }).__xss ?? 0;
    }, PAYLOADS[0]);
    expect(control).toBe(1);
    console.log(
      `xss: ${PAYLOADS.length} payloads, ${shown.size} shown as text in the panel (templates ${templates.shown.length}, preview ${preview.shown.length}, checks ${checks.shown.length}, plan form ${plan.shown.length}); ${made} elements made from them, ${ran} scripts run (control: the first payload inserted as HTML outside the panel ran ${control} time)`,
    );
  });
});
