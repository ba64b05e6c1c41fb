/**
 * Clickjacking: the page cannot script the panel (tests/e2e/hostile-page.e2e.test.ts), so it tries to make
 * the user's own click land on a consequential button unknowingly — a picture laid over 仍要提交 or 导出证据
 * with `pointer-events: none`, our host or its ancestors made transparent, filtered, clipped or transformed,
 * a cover in the platform's outer page over the frame, or the button revealed only as the mouse goes down.
 * Each time the user's real click (puppeteer's mouse, a trusted event, at the button's centre) does nothing:
 * no audit entry, no evidence file, the platform's save not let through, and the panel says why in Chinese.
 * Without the cover, the same click works and is logged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import { clickInPanel, inPanel, inPanelEval, launch, openWithPanel, waitFailing, waitInPanel, type World } from './launch';

let w: World;
let ext: Page;
let frame: Frame;
const PLAN = '/syn/sccheck/pubscworkplan/edit?id=JH-2026-002';

const message = (m: unknown) => ext.evaluate((m) => (globalThis as any).chrome.runtime.sendMessage(m), m as never) as Promise<any>;
const stored = async () => {
  const { data } = await message({ type: 'data.export' });
  return { audit: data.audit.map((e: { kind: string }) => e.kind) as string[], evidence: data.evidence.length as number };
};

/** The button's box in the frame's viewport (for the page's cover) and in the tab's (for the mouse). */
async function boxes(sel: string) {
  const el = await inPanel(frame, sel);
  const inTab = (await el.boundingBox())!;
  const inFrame = await el.evaluate((b) => { const r = b.getBoundingClientRect(); return { x: r.left, y: r.top, width: r.width, height: r.height }; });
  await el.dispose();
  return { inTab, inFrame };
}

/** Wait for what the browser's visibility check last said of the button (its report, kept on the button). */
const seen = (sel: string, state: 'visible' | 'hidden') =>
  waitInPanel(frame, (root, s, st) => root?.querySelector(s)?.getAttribute('data-seen') === st, { timeout: 15_000 }, sel, state);

/** The user's click at the button's centre: a real mouse, whatever lies over it. */
async function userClick(sel: string, opts: { delay?: number } = {}) {
  const { inTab } = await boxes(sel);
  await w.page.mouse.click(inTab.x + inTab.width / 2, inTab.y + inTab.height / 2, opts);
}

/** The page's attacks, run in the page's own world (frame.evaluate): each returns nothing, undone by `undo`. */
type Attack = { name: string; where: 'frame' | 'shell'; run: (box: { x: number; y: number; width: number; height: number }) => void };
const ATTACKS: Attack[] = [
  {
    name: 'a picture over the button, pointer-events: none',
    where: 'frame',
    run: (b) => {
      const d = document.createElement('div');
      d.id = 'decoy';
      d.textContent = '点此领取';
      d.style.cssText = `position:fixed;left:${b.x - 10}px;top:${b.y - 10}px;width:${b.width + 20}px;height:${b.height + 20}px;background:#1ab394;color:#fff;pointer-events:none;z-index:2147483647`;
      document.body.append(d);
    },
  },
  {
    name: 'a faint tint over the button (2 % opaque), pointer-events: none',
    where: 'frame',
    run: (b) => {
      const d = document.createElement('div');
      d.id = 'decoy';
      d.style.cssText = `position:fixed;left:${b.x}px;top:${b.y}px;width:${b.width}px;height:${b.height}px;background:rgba(255,255,255,.02);pointer-events:none;z-index:2147483647`;
      document.body.append(d);
    },
  },
  { name: 'the body at opacity 0.01', where: 'frame', run: () => document.body.style.setProperty('opacity', '0.01', 'important') },
  { name: 'a filter on the page (opacity(0))', where: 'frame', run: () => document.documentElement.style.setProperty('filter', 'opacity(0)', 'important') },
  { name: 'a clip-path on the body', where: 'frame', run: () => document.body.style.setProperty('clip-path', 'inset(0 0 100% 0)', 'important') },
  { name: 'a transform on the body', where: 'frame', run: () => document.body.style.setProperty('transform', 'rotate(0.5deg)', 'important') },
  {
    name: "a cover in the platform's outer page over the frame",
    where: 'shell',
    run: () => {
      const d = document.createElement('div');
      d.id = 'decoy';
      d.style.cssText = 'position:fixed;inset:0;background:#fff;pointer-events:none;z-index:2147483647';
      document.body.append(d);
    },
  },
];
const undo = () => {
  document.getElementById('decoy')?.remove();
  for (const p of ['opacity', 'clip-path', 'transform']) document.body.style.removeProperty(p);
  document.documentElement.style.removeProperty('filter');
};

beforeAll(async () => {
  w = await launch();
  const sw = await w.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 15_000 });
  ext = await w.browser.newPage();
  await ext.goto(`chrome-extension://${new URL(sw.url()).host}/options.html`, { waitUntil: 'load' });
  frame = await openWithPanel(w.page, w.url, PLAN);
  await waitFailing(frame, 'plan.schedule.end-by', true);
}, 60_000);
afterAll(async () => w?.close());

const figures = { attacks: 0, refused: 0, logged: 0 };

describe('a covered or altered button does nothing (clickjacking)', () => {
  it('the browser here has IntersectionObserver v2: the buttons are watched by it', async () => {
    expect(await frame.evaluate(() => 'isVisible' in IntersectionObserverEntry.prototype)).toBe(true);
    await clickInPanel(frame, 'button[data-tab=evidence]');
    expect(await inPanelEval(frame, (root) => root?.querySelector('button.export-evidence')?.getAttribute('data-guard'))).toBe('observer');
  });

  it("the page's styles on our host do not take: it stays opaque, unfiltered, unclipped, in place and top-most", async () => {
    const style = await frame.evaluate(() => {
      const host = document.querySelector<HTMLElement>('dra-panel')!;
      const sheet = document.createElement('style');
      sheet.id = 'decoy-sheet';
      sheet.textContent = 'dra-panel { opacity: 0 !important; transform: translate(-5000px) !important; clip-path: inset(50%) !important; z-index: 1 !important; }';
      document.head.append(sheet);
      host.style.setProperty('filter', 'opacity(0)', 'important');
      host.style.setProperty('visibility', 'hidden', 'important');
      const s = getComputedStyle(host);
      const got = { opacity: s.opacity, filter: s.filter, transform: s.transform, clipPath: s.clipPath, visibility: s.visibility, zIndex: s.zIndex, position: s.position };
      sheet.remove();
      host.style.removeProperty('filter');
      host.style.removeProperty('visibility');
      return got;
    });
    expect(style).toEqual({ opacity: '1', filter: 'none', transform: 'none', clipPath: 'none', visibility: 'visible', zIndex: '2147483647', position: 'relative' });
  });

  it('导出证据 under a picture with pointer-events: none: no evidence file, the panel says why', async () => {
    const sel = 'button.export-evidence';
    await seen(sel, 'visible');
    const before = await stored();
    const { inFrame } = await boxes(sel);
    await frame.evaluate(ATTACKS[0].run, inFrame);
    await seen(sel, 'hidden');
    await userClick(sel);
    const notice = await waitInPanel(frame, (root) => root?.querySelector('section.evidence p.covered')?.textContent);
    expect(notice).toContain('页面有内容遮挡');
    expect(notice).toContain('未执行');
    expect(await stored()).toEqual(before);
    expect(w.browser.targets().filter((t) => t.url().includes('/evidence.html')).length).toBe(0);
    figures.attacks++;
    figures.refused++;
    await frame.evaluate(undo);
    await seen(sel, 'visible');
    await clickInPanel(frame, 'button[data-tab=checks]');
  });

  it('仍要提交 under each attack: nothing logged, the platform does not save, the dialog says why', async () => {
    const sel = '.confirm button.proceed';
    await frame.click('[data-submit="#planForm"]');
    await (await inPanel(frame, '.confirm textarea')).type('市政府统一部署，12月初完成收尾检查');
    await seen(sel, 'visible');
    const before = await stored();
    const url = frame.url();
    for (const attack of ATTACKS) {
      const { inFrame } = await boxes(sel);
      if (attack.where === 'frame') await frame.evaluate(attack.run, inFrame);
      else await w.page.evaluate(attack.run, inFrame);
      await seen(sel, 'hidden').catch((e) => { throw new Error(`${attack.name}: ${e.message}`); });
      await userClick(sel);
      const notice = await waitInPanel(frame, (root) => root?.querySelector('.confirm p.covered')?.textContent);
      expect(notice, attack.name).toContain('「仍要提交」');
      figures.attacks++;
      if (attack.where === 'frame') await frame.evaluate(undo);
      else await w.page.evaluate(undo);
      await seen(sel, 'visible');
      const now = await stored();
      expect(now, attack.name).toEqual(before);
      expect(frame.url(), attack.name).toBe(url);
      expect(await inPanelEval(frame, (root) => !!root?.querySelector('.confirm')), attack.name).toBe(true);
      figures.refused++;
    }
  });

  it('revealed only as the mouse goes down: the press decides, so the click is refused', async () => {
    const sel = '.confirm button.proceed';
    const before = await stored();
    await frame.evaluate(() => {
      document.body.style.setProperty('opacity', '0', 'important');
      addEventListener('pointerdown', () => document.body.style.removeProperty('opacity'), { capture: true, once: true });
    });
    await seen(sel, 'hidden');
    // The user holds the button a moment, long enough for the browser to report it visible before the click.
    await userClick(sel, { delay: 400 });
    await waitInPanel(frame, (root) => root?.querySelector('.confirm button.proceed')?.getAttribute('data-refused') === 'covered' && root.querySelector('.confirm p.covered'));
    expect(await stored()).toEqual(before);
    figures.attacks++;
    figures.refused++;
    await seen(sel, 'visible');
  });

  it('with nothing over it, the same click at the same place works: logged, and the platform saves', async () => {
    const sel = '.confirm button.proceed';
    const before = await stored();
    await userClick(sel);
    await frame.waitForFunction(() => !location.pathname.endsWith('/edit'), { timeout: 20_000 });
    await expect.poll(async () => (await stored()).audit.length, { timeout: 15_000 }).toBe(before.audit.length + 1);
    expect((await stored()).audit.at(-1)).toBe('submit-with-findings');
    figures.logged++;
    console.log(`clickjacking: ${figures.attacks} covered or altered clicks on 仍要提交 and 导出证据, ${figures.refused} refused, 0 entries or files written; the same click uncovered: ${figures.logged} logged`);
  });
});
