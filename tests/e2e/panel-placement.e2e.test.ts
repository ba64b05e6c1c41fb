/**
 * "It never covers the platform's own buttons": in a narrow window the platform's form buttons reach
 * the corner where the panel docks; the panel moves clear of them, on every form, as the page scrolls
 * and as the panel grows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame } from 'puppeteer-core';
import { inPanel, inPanelEval, launch, openWithPanel, runPreview, type World } from './launch';

let w: World;
beforeAll(async () => {
  w = await launch();
});
afterAll(async () => w?.close());

/** The page's visible buttons that the panel covers (at their corners or centre), scrolled to the end. */
const covered = (frame: Frame) =>
  frame.evaluate(async () => {
    window.scrollTo(0, document.body.scrollHeight);
    await new Promise((r) => setTimeout(r, 300));
    const buttons = [...document.querySelectorAll<HTMLElement>('button, a.btn, input[type=button], input[type=submit]')].filter((b) => b.offsetParent);
    return buttons
      .filter((b) => {
        const r = b.getBoundingClientRect();
        return [[r.left + 2, r.top + 2], [r.right - 2, r.bottom - 2], [r.left + r.width / 2, r.top + r.height / 2]].some(([x, y]) => document.elementFromPoint(x, y)?.tagName === 'DRA-PANEL');
      })
      .map((b) => (b.textContent || (b as HTMLInputElement).value || '').trim());
  });

const PAGES = ['/syn/sccheck/pubscworkplan/edit?id=JH-2026-002', '/syn/sccheck/scplantask/edit?id=RW-2026-002', '/syn/pub/server/sccheck/entback/randompage?taskId=RW-2026-002'];

describe.each([1024, 1366])('a %i px wide window', (width) => {
  it.each(PAGES)('%s: no platform button under the panel', async (path) => {
    await w.page.setViewport({ width, height: 700 });
    const frame = await openWithPanel(w.page, w.url, path);
    expect(await covered(frame)).toEqual([]);
    if (path.includes('randompage')) {
      // The panel at its tallest on this page: a draw preview shown.
      await runPreview(frame);
      expect(await covered(frame)).toEqual([]);
    }
  });
});

describe('a list page (nothing to check)', () => {
  it('the panel starts collapsed to its header and covers none of the rows’ links', async () => {
    await w.page.setViewport({ width: 1366, height: 768 });
    const frame = await openWithPanel(w.page, w.url, '/syn/sccheck/pubscworkplan');
    await inPanel(frame, '.dra-panel header');
    expect(await inPanelEval(frame, (root) => !!root!.querySelector('.dra-panel .body'))).toBe(false);
    const coveredLinks = await frame.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('table td a')]
        .filter((a) => {
          const r = a.getBoundingClientRect();
          return r.bottom > 0 && r.top < innerHeight && document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)?.tagName === 'DRA-PANEL';
        })
        .map((a) => a.textContent),
    );
    expect(coveredLinks).toEqual([]);
  });
});
