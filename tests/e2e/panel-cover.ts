/**
 * What the panel covers, measured as a user sees the page: the panel's settled box against every field, button,
 * row link and pager in view (getBoundingClientRect), scrolled from top to bottom; and a user's 收起/展开.
 * Shared by the layout tests on the sandbox (panel-layout) and on the Zhejiang fixtures (zhejiang-layout).
 */
import { expect } from 'vitest';
import type { Frame } from 'puppeteer-core';
import { clickInPanel, inPanelEval, waitInPanel } from './launch';

/** The panel's box once it has stopped moving (two animation frames alike), with its state. */
export const settledPanel = (frame: Frame) =>
  waitInPanel(frame, async (root) => {
    const el = root?.querySelector<HTMLElement>('.dra-panel');
    if (!el) return null;
    const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const a = JSON.stringify(el.getBoundingClientRect());
    await frames();
    const r = el.getBoundingClientRect();
    if (JSON.stringify(r) !== a) return null;
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, open: el.dataset.open, covering: el.dataset.covering ?? '' };
  });

/**
 * What the panel must not cover, as the page shows it: the form's fields (select2's box for a <select>), the
 * strategy's item table cells' controls, the page's buttons and a list's pager and row links, each in view now.
 */
export const shownControls = (frame: Frame, extra: string[] = []) =>
  frame.evaluate((more) => {
    const sel = [
      'form input:not([type=hidden])',
      'form select:not(.select2-hidden-accessible)',
      'form textarea',
      'form .select2-container',
      'select[name=entryMode]',
      'input[name=entryTarget]',
      '.btn-bar button',
      '.dataTables_paginate',
      '.dataTables_paginate a',
      'table td a',
      ...more,
    ].join(', ');
    return [...document.querySelectorAll<HTMLElement>(sel)]
      .map((e) => ({ e, r: e.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight)
      .map(({ e, r }) => ({ what: e.matches('.dataTables_paginate') ? 'pager' : `${e.tagName.toLowerCase()}${e.getAttribute('name') ? `[name=${e.getAttribute('name')}]` : ''}.${e.className}`.slice(0, 80), top: r.top, bottom: r.bottom, left: r.left, right: r.right }));
  }, extra);

type Rect = { top: number; bottom: number; left: number; right: number };
const overlap = (a: Rect, b: Rect) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;

/** Scroll the frame from top to bottom (by 60% of its height): at each stop, what the settled panel covers. */
export async function coveredWhileScrolling(frame: Frame, extra: string[] = []): Promise<{ covered: string[]; stops: number; seen: Set<string> }> {
  const covered: string[] = [];
  const seen = new Set<string>();
  const { total, step } = await frame.evaluate(() => ({ total: document.documentElement.scrollHeight - innerHeight, step: Math.floor(innerHeight * 0.6) }));
  let stops = 0;
  for (let y = 0; ; y += step) {
    await frame.evaluate((to) => window.scrollTo(0, to), Math.min(y, total));
    const panel = await settledPanel(frame);
    expect(panel.covering).toBe('');
    for (const c of await shownControls(frame, extra)) {
      seen.add(c.what.split('.')[0]);
      if (overlap(panel, c)) covered.push(`${c.what} at y=${Math.min(y, total)}`);
    }
    stops++;
    if (y >= total) break;
  }
  return { covered, stops, seen };
}

/** Put the panel in the state wanted (a user's click on 收起/展开). */
export async function setOpen(frame: Frame, open: boolean) {
  const now = await inPanelEval(frame, (root) => root?.querySelector<HTMLElement>('.dra-panel')?.dataset.open);
  if ((now === 'yes') !== open) await clickInPanel(frame, 'header button.toggle');
  await waitInPanel(frame, (root, want) => root?.querySelector<HTMLElement>('.dra-panel')?.dataset.open === want, {}, open ? 'yes' : 'no');
}

