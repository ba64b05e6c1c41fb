import { describe, expect, it } from 'vitest';
import { placeClearOf } from '../../src/ui/avoid-buttons';

// A 340×300 panel docked bottom-right of a 1000×700 frame.
const panel = { left: 648, right: 988, top: 388, bottom: 688 };
const button = (left: number, top: number, w = 60, h = 30) => ({ left, right: left + w, top, bottom: top + h });

describe('placing the panel clear of the page’s buttons', () => {
  it.each([
    ['no buttons', [], { lift: 0 }],
    ['a button left of the panel', [button(500, 650)], { lift: 0 }],
    ['a button above the panel', [button(700, 300)], { lift: 0 }],
    ['a button scrolled out of view below', [button(700, 720)], { lift: 0 }],
    ['a button just touching the panel’s left edge (not under it)', [button(588, 650)], { lift: 0 }],
  ])('%s: stays docked', (_, buttons, want) => {
    expect(placeClearOf(panel, buttons, 700)).toEqual(want);
  });
  it('a button under the panel: raised to 8 px above its top', () => {
    expect(placeClearOf(panel, [button(900, 640)], 700)).toEqual({ lift: 688 - 640 + 8 });
  });
  it('several buttons under it: clear of the highest', () => {
    expect(placeClearOf(panel, [button(900, 640), button(700, 600)], 700).lift).toBe(688 - 600 + 8);
  });
  it('raising alone would leave the frame: shortened to the room above the buttons', () => {
    const tall = { ...panel, top: 100 };
    expect(placeClearOf(tall, [button(700, 300)], 700)).toEqual({ lift: 688 - 300 + 8, maxHeight: 300 - 16 });
  });
  it('never shorter than 80 px, so it stays usable', () => {
    const tall = { ...panel, top: 100 };
    expect(placeClearOf(tall, [button(700, 90)], 700).maxHeight).toBe(80);
  });
});
