import { useEffect, useState, type MutableRef } from 'preact/hooks';
import { placePanel, type Box, type Placement } from './panel-place';

/**
 * What the panel must leave uncovered on the page: the fields (what the checks read and a template fills;
 * select2 draws its own box for a hidden <select>), the buttons and links the user clicks, and a list's pager.
 */
const KEEP_CLEAR = [
  'input:not([type=hidden])',
  'select',
  'textarea',
  '.select2-container',
  'button',
  'a[href]',
  'a.btn',
  '.layui-btn',
  // Pagers: DataTables', layui's, Bootstrap's and the plainer ones platforms write.
  '.dataTables_paginate',
  '.layui-laypage',
  '.pagination',
  '.pager',
].join(', ');

/** The boxes of what must stay uncovered that are in view now (never the panel's own: they are in its shadow root). */
function keepClear(doc: Document, marks: Iterable<Element>): Box[] {
  const boxes: Box[] = [];
  const h = doc.defaultView?.innerHeight ?? 0;
  for (const el of [...doc.querySelectorAll(KEEP_CLEAR), ...marks]) {
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < h) boxes.push({ top: r.top, bottom: r.bottom, left: r.left, right: r.right });
  }
  return boxes;
}

/** The panel's height with all its content shown (its body scrolls when capped), within its CSS cap of 60vh. */
function uncappedHeight(panel: HTMLElement): { height: number; header: number } {
  let sum = panel.offsetHeight - panel.clientHeight; // borders
  let header = 0;
  for (const c of [...panel.children] as HTMLElement[]) {
    sum += c.classList.contains('body') ? c.scrollHeight : c.offsetHeight;
    if (c.tagName === 'HEADER') header = c.offsetHeight + (panel.offsetHeight - panel.clientHeight);
  }
  return { height: Math.min(sum, Math.floor(innerHeight * 0.6)), header };
}

const same = (a: Placement, b: Placement) => a.side === b.side && Math.round(a.top) === Math.round(b.top) && a.maxHeight === b.maxHeight && a.covering === b.covering;

/**
 * Keep the panel clear of the page's fields, buttons and pager as the page scrolls, resizes or changes, and as
 * the panel grows or collapses: recomputed at most once per animation frame (the rule: panel-place.ts).
 * `frozen` once the user has dragged the panel: it stays where they put it.
 */
export function usePanelPlace(panel: MutableRef<HTMLElement | null>, frozen: boolean): Placement | undefined {
  const [placement, setPlacement] = useState<Placement>();
  useEffect(() => {
    if (frozen) return;
    let frame = 0;
    let current: Placement | undefined;
    const update = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        const el = panel.current;
        if (!el) return;
        const root = el.getRootNode() as ShadowRoot | Document;
        const { height, header } = uncappedHeight(el);
        const next = placePanel({
          viewport: { width: document.documentElement.clientWidth || innerWidth, height: innerHeight },
          width: el.offsetWidth,
          height,
          header,
          obstacles: keepClear(document, root.querySelectorAll('.field-mark')),
        });
        if (!current || !same(current, next)) {
          current = next;
          setPlacement(next);
        }
      });
    };
    update();
    window.addEventListener('scroll', update, { passive: true, capture: true });
    window.addEventListener('resize', update);
    const ro = new ResizeObserver(update);
    if (panel.current) {
      ro.observe(panel.current);
      for (const c of panel.current.children) ro.observe(c);
    }
    const mo = new MutationObserver(update);
    mo.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'class'] });
    // The panel's own content changes (a tab, findings arriving) change its uncapped height.
    if (panel.current) mo.observe(panel.current, { childList: true, subtree: true });
    return () => {
      window.removeEventListener('scroll', update, { capture: true });
      window.removeEventListener('resize', update);
      ro.disconnect();
      mo.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [frozen]);
  return frozen ? undefined : placement;
}
