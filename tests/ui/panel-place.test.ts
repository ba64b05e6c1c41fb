import { describe, expect, it } from 'vitest';
import { EDGE, placePanel, type Box } from '../../src/ui/panel-place';

// A 340 px wide panel, 300 px tall with a 32 px header, in a 1000×700 frame.
const base = { viewport: { width: 1000, height: 700 }, width: 340, height: 300, header: 32 };
const box = (left: number, top: number, w = 60, h = 30): Box => ({ left, right: left + w, top, bottom: top + h });
const at = (obstacles: Box[], more: Partial<typeof base> = {}) => placePanel({ ...base, ...more, obstacles });
const RIGHT_COLUMN = 1000 - EDGE - 340; // 648
const overlaps = (a: Box, b: Box) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
const panelBox = (p: ReturnType<typeof placePanel>, height = 300): Box => {
  const left = p.side === 'right' ? RIGHT_COLUMN : EDGE;
  return { left, right: left + 340, top: p.top, bottom: p.top + (p.maxHeight ?? height) };
};

describe('placing the panel clear of the fields, buttons and pager', () => {
  it.each([
    ['nothing on the page', []],
    ['a field left of the right column', [box(500, 650)]],
    ['a field scrolled out of view below', [box(700, 720)]],
    ['a field above the panel’s docked place', [box(700, 100)]],
  ])('%s: docked bottom-right', (_, obstacles) => {
    expect(at(obstacles as Box[])).toEqual({ side: 'right', top: 700 - EDGE - 300 });
  });

  it('a field at the bottom of the right column (the strategy row’s 抽取目标户数): moved up the right edge, clear of it', () => {
    const target = box(900, 600, 90, 30);
    const p = at([target]);
    expect(p.side).toBe('right');
    expect(p.maxHeight).toBeUndefined();
    expect(overlaps(panelBox(p), target)).toBe(false);
    expect(p.top + 300).toBeLessThanOrEqual(600);
  });

  it('fields down the whole right column with a gap too short for it whole: shrunk into the tallest gap, still on the right', () => {
    const fields = [box(900, 0, 60, 200), box(900, 420, 60, 280)]; // a 220 px gap (200..420)
    const p = at(fields);
    expect(p.side).toBe('right');
    expect(p.maxHeight).toBeGreaterThanOrEqual(200);
    expect(p.maxHeight).toBeLessThan(300);
    for (const f of fields) expect(overlaps(panelBox(p), f)).toBe(false);
  });

  it('the right column full, the left free: the left edge, whole', () => {
    const p = at([box(700, 0, 100, 700)]);
    expect(p).toEqual({ side: 'left', top: 700 - EDGE - 300 });
  });

  it('the right column with only a sliver free (under 200 px) and the left column with room: the left, whole', () => {
    const fields = [box(700, 0, 100, 300), box(700, 360, 100, 340)];
    expect(at(fields).side).toBe('left');
  });

  it('both columns packed but for header-sized gaps: shrunk to the gap, header shown', () => {
    const fields = [box(0, 0, 1000, 600), box(0, 650, 1000, 50)];
    const p = at(fields);
    expect(p.maxHeight).toBeGreaterThanOrEqual(32);
    for (const f of fields) expect(overlaps(panelBox(p), f)).toBe(false);
  });

  it('collapsed (its header only) under a pager at the bottom-right: just above the pager', () => {
    const pager = box(800, 640, 180, 30);
    const p = at([pager], { height: 32 });
    expect(p.side).toBe('right');
    expect(p.top + 32).toBeLessThanOrEqual(640);
    expect(p.top + 32).toBeGreaterThan(600); // as low as it can: it does not jump to the top
  });

  it('no room anywhere: docked, and it says it covers', () => {
    expect(at([box(0, 0, 1000, 700)])).toMatchObject({ side: 'right', covering: true });
  });

  it('taller than the frame: never taller than the frame allows', () => {
    const p = at([], { height: 2000 });
    expect(p.top).toBe(EDGE);
  });

  it('a page with any number of fields is placed (no stack limit)', () => {
    const many = Array.from({ length: 200_000 }, (_, i) => box(10, i * 0.003, 5, 1));
    expect(at(many).side).toBe('right');
  });
});
