import { describe, expect, it } from 'vitest';
import { placeDialog, type DialogPlace } from '../../src/ui/dialog-place';

const view = { width: 1366, height: 768 };
/** The dialog's top on screen, whichever edge it is pinned by. */
const topOf = (p: DialogPlace, height: number) => p.top ?? view.height - p.bottom! - height;
const button = (left: number, top: number, w = 60, h = 30) => ({ left, top, right: left + w, bottom: top + h });

describe('the save confirmation by the clicked button', () => {
  it('sits above a button at the foot of the form, centred on it', () => {
    const p = placeDialog(button(600, 700), { width: 440, height: 300 }, view);
    expect(p.side).toBe('above');
    // Its bottom 8 px above the button, counted from the frame's bottom: it grows upwards, away from the button.
    expect(p).toMatchObject({ bottom: 768 - 700 + 8 });
    expect(p.top).toBeUndefined();
    expect(p.left + 220).toBe(630);
  });
  it('sits below a button near the top', () => {
    const p = placeDialog(button(600, 40), { width: 440, height: 300 }, view);
    expect(p).toMatchObject({ side: 'below', top: 78 });
  });
  it('stays inside the frame at its edges', () => {
    expect(placeDialog(button(1330, 700, 30), { width: 440, height: 300 }, view).left).toBe(1366 - 440 - 8);
    expect(placeDialog(button(0, 700, 30), { width: 440, height: 300 }, view).left).toBe(8);
    // A narrow frame: the dialog is narrowed to it.
    expect(placeDialog(button(100, 400), { width: 440, height: 100 }, { width: 320, height: 768 }).left).toBe(8);
  });
  it('is shortened to the larger side when it fits neither', () => {
    const p = placeDialog(button(600, 500), { width: 440, height: 900 }, view);
    expect(p).toMatchObject({ side: 'above', bottom: 768 - 500 + 8, maxHeight: 484 });
    const q = placeDialog(button(600, 100), { width: 440, height: 900 }, view);
    expect(q).toMatchObject({ side: 'below', top: 138, maxHeight: 622 });
  });
  it('stays in view when the button is out of it (scrolled away, or clicked by a script)', () => {
    const below = placeDialog(button(600, 1500), { width: 440, height: 300 }, view);
    expect(topOf(below, 300)).toBeGreaterThanOrEqual(8);
    expect(topOf(below, 300) + 300).toBeLessThanOrEqual(768);
    const above = placeDialog(button(600, -400), { width: 440, height: 300 }, view);
    expect(topOf(above, 300)).toBeGreaterThanOrEqual(0);
    expect(topOf(above, 300) + 300).toBeLessThanOrEqual(768);
  });
  it('reads a DOMRect as the browser gives it (its fields are getters)', () => {
    class Rect {
      get left() { return 600; }
      get right() { return 660; }
      get top() { return 700; }
      get bottom() { return 730; }
    }
    const p = placeDialog(new Rect(), { width: 440, height: 300 }, view);
    expect(p).toMatchObject({ side: 'above', left: 410, bottom: 76 });
  });
});
