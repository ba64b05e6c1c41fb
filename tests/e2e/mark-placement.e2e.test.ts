/**
 * A mark never hides the page's words: on the plan page the 抽查类型 mark (a directed plan without conditions) sat
 * over 定向, the label of the radio it marks. Now it lies over no text of the field's row (each text node measured
 * with a Range, as a user reads it) and over no control, and it stays where it is when drawn again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldMark, inPanelEval, launch, openWithPanel, waitInPanel, type World } from './launch';

let w: World;
beforeAll(async () => {
  w = await launch();
});
afterAll(async () => w?.close());

describe('where a mark goes on the plan page', () => {
  it('the 抽查类型 mark covers no word or control of its row, and does not move when drawn again', async () => {
    const frame = await openWithPanel(w.page, w.url, '/syn/sccheck/pubscworkplan/edit?id=JH-2026-002');
    const mark = await waitInPanel(frame, (root) => {
      const m = root?.querySelector<HTMLElement>('.field-mark[data-field="plan.directed"]');
      return m ? m.dataset.rules!.split(' ')[0] : null;
    });
    const first = await waitInPanel(frame, fieldMark, {}, mark);
    // Every word and control of the 抽查类型 row, as the page lays them out.
    const row = await frame.evaluate(() => {
      const tr = document.querySelector('input[name="directed"]')!.closest('tr')!;
      const walker = document.createTreeWalker(tr, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      const texts: Array<{ text: string; left: number; top: number; right: number; bottom: number }> = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!n.textContent?.trim()) continue;
        range.selectNodeContents(n);
        for (const r of range.getClientRects()) texts.push({ text: n.textContent.trim(), left: r.left, top: r.top, right: r.right, bottom: r.bottom });
      }
      const controls = [...tr.querySelectorAll('input, select, button, a[href]')].map((e) => { const r = e.getBoundingClientRect(); return { text: e.outerHTML.slice(0, 40), left: r.left, top: r.top, right: r.right, bottom: r.bottom }; });
      return { texts, controls };
    });
    expect(row.texts.map((t) => t.text)).toEqual(expect.arrayContaining(['定向', '不定向']));
    const over = (b: { left: number; top: number; right: number; bottom: number }) => first.left < b.right && b.left < first.right && first.top < b.bottom && b.top < first.bottom;
    expect(row.texts.filter(over)).toEqual([]);
    expect(row.controls.filter(over)).toEqual([]);
    // In its row, beside the choices (not above or below them).
    const radio = await frame.$eval('input[name="directed"]', (e) => { const r = e.getBoundingClientRect(); return { top: r.top, bottom: r.bottom }; });
    expect(first.top).toBeLessThan(radio.bottom);
    expect(first.bottom).toBeGreaterThan(radio.top);

    // Drawn again (a resize re-renders every mark): the same place, to the pixel.
    await frame.evaluate(() => window.dispatchEvent(new Event('resize')));
    await frame.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const again = await inPanelEval(frame, fieldMark, mark);
    expect(again && { left: again.left, top: again.top }).toEqual({ left: first.left, top: first.top });
  });
});
