/**
 * Where the panel sits so that it covers none of what the user works with on the page: the fields being
 * checked or filled, the page's buttons and links, a list's pager, and our own marks at the fields.
 *
 * The rule, so a user can predict it: the panel stays at the right edge of the frame, as low as it can (its
 * docked place is the bottom-right corner); when something it must not cover is there, it moves up the right
 * edge to the lowest free stretch; when no stretch is tall enough it shrinks (its body scrolls) to the tallest
 * free stretch; only when the right edge has no room at all does it go to the left edge, by the same rule; and
 * when neither edge has room for more than its header, it shrinks to its header. Pure: tested without a page.
 */

export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface PlaceInput {
  viewport: { width: number; height: number };
  /** The panel's width and its height uncapped (all its content shown, within its own 60vh cap). */
  width: number;
  height: number;
  /** The height of its header alone: the least it shrinks to. */
  header: number;
  /** What it must not cover, in the frame's viewport coordinates. */
  obstacles: Box[];
}

export interface Placement {
  side: 'right' | 'left';
  /** Its top edge, in px from the top of the frame's viewport. */
  top: number;
  /** A height cap when it had to shrink. */
  maxHeight?: number;
  /** Nothing free anywhere (a page packed with controls): it sits docked and says so. */
  covering?: boolean;
}

/** The distance kept from the frame's edges and from what the panel avoids. */
export const EDGE = 12;
const GAP = 6;
/** Shrunk below this, the body would show too little to read: the panel prefers the other edge first. */
const USABLE = 200;

/** The free vertical stretches of one edge's column [left, right], bottom-most first. */
function freeStretches(left: number, right: number, obstacles: Box[], height: number): Array<[number, number]> {
  const taken = obstacles
    .filter((o) => o.right + GAP > left && o.left - GAP < right && o.bottom > 0 && o.top < height && o.right > o.left && o.bottom > o.top)
    .map((o): [number, number] => [o.top - GAP, o.bottom + GAP])
    .sort((a, b) => a[0] - b[0]);
  const free: Array<[number, number]> = [];
  let from = EDGE;
  for (const [top, bottom] of taken) {
    if (top > from) free.push([from, Math.min(top, height - EDGE)]);
    from = Math.max(from, bottom);
  }
  if (from < height - EDGE) free.push([from, height - EDGE]);
  return free.filter(([a, b]) => b > a).reverse();
}

export function placePanel(input: PlaceInput): Placement {
  const { viewport, width, header, obstacles } = input;
  const height = Math.min(input.height, viewport.height - 2 * EDGE);
  const columns: Array<[Placement['side'], number, number]> = [
    ['right', viewport.width - EDGE - width, viewport.width - EDGE],
    ['left', EDGE, EDGE + width],
  ];
  const free = columns.map(([side, l, r]) => ({ side, stretches: freeStretches(l, r, obstacles, viewport.height) }));
  const tallest = (stretches: Array<[number, number]>) => stretches.reduce<[number, number] | undefined>((best, x) => (!best || x[1] - x[0] > best[1] - best[0] ? x : best), undefined);
  for (const { side, stretches } of free) {
    // 1. Whole, as low as it fits on this edge; 2. else shrunk to this edge's tallest free stretch, if that
    // still shows a readable body (then the other edge).
    const s = stretches.find(([a, b]) => b - a >= height);
    if (s) return { side, top: s[1] - height };
    const t = tallest(stretches);
    if (t && t[1] - t[0] >= Math.min(USABLE, height)) return { side, top: t[0], maxHeight: Math.floor(t[1] - t[0]) };
  }
  // 3. Its header at least, wherever that fits.
  for (const { side, stretches } of free) {
    const t = tallest(stretches);
    if (t && t[1] - t[0] >= header) return { side, top: t[0], maxHeight: Math.floor(t[1] - t[0]) };
  }
  return { side: 'right', top: viewport.height - EDGE - height, covering: true };
}
