import { useEffect, useState, type MutableRef } from 'preact/hooks';

export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface Placement {
  /** How far to raise the panel above its docked place, in px. */
  lift: number;
  /** A height cap when raising alone would push it off the top of the frame. */
  maxHeight?: number;
}

const GAP = 8;

/**
 * Where the panel may sit so that it covers none of the page's buttons: `natural` is the panel's box
 * where it docks (before any lift), `buttons` the boxes of the page's visible buttons. The panel is
 * raised above the highest button it would cover; if that leaves too little room, it is also shortened.
 */
export function placeClearOf(natural: Box, buttons: Box[], viewportHeight: number): Placement {
  const under = buttons.filter((b) => b.right > natural.left && b.left < natural.right && b.bottom > natural.top && b.top < natural.bottom && b.bottom > 0 && b.top < viewportHeight);
  if (!under.length) return { lift: 0 };
  const top = under.reduce((m, b) => Math.min(m, b.top), Infinity); // no spread: a page may hold any number of buttons
  const lift = Math.max(0, natural.bottom - top + GAP);
  const height = natural.bottom - natural.top;
  const room = top - 2 * GAP;
  return height > room ? { lift, maxHeight: Math.max(80, room) } : { lift };
}

const BUTTONS = 'button, a.btn, input[type=button], input[type=submit], .layui-btn';

/** The visible buttons of the host page (never the panel's own, which live in its shadow root). */
function pageButtons(doc: Document): Box[] {
  return [...doc.querySelectorAll<HTMLElement>(BUTTONS)].filter((b) => b.offsetParent !== null).map((b) => b.getBoundingClientRect());
}

/**
 * Keep the panel clear of the page's buttons as the page scrolls, resizes or changes, and as the
 * panel itself grows (a fill-script, a preview): recomputed at most once per animation frame.
 */
export function useClearOfButtons(panel: MutableRef<HTMLElement | null>): Placement {
  const [placement, setPlacement] = useState<Placement>({ lift: 0 });
  useEffect(() => {
    let frame = 0;
    let current: Placement = { lift: 0 };
    // The panel's own height before any cap: measuring it while capped would undo the cap next frame.
    let naturalHeight = 0;
    const update = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        const el = panel.current;
        if (!el) return;
        const r = el.getBoundingClientRect();
        // Where it would sit without the lift now applied (the cap does not move its bottom).
        if (current.maxHeight === undefined) naturalHeight = r.height;
        const bottom = r.bottom + current.lift;
        const natural = { top: bottom - naturalHeight, bottom, left: r.left, right: r.right };
        const next = placeClearOf(natural, pageButtons(document), window.innerHeight);
        if (next.lift !== current.lift || next.maxHeight !== current.maxHeight) {
          current = next;
          setPlacement(next);
        }
      });
    };
    update();
    window.addEventListener('scroll', update, { passive: true, capture: true });
    window.addEventListener('resize', update);
    const ro = new ResizeObserver(update);
    if (panel.current) ro.observe(panel.current);
    const mo = new MutationObserver(update);
    mo.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'class'] });
    return () => {
      window.removeEventListener('scroll', update, { capture: true });
      window.removeEventListener('resize', update);
      ro.disconnect();
      mo.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, []);
  return placement;
}
