/**
 * The clickjacking guard's decision (src/ui/visibility-guard.ts), with the browser's IntersectionObserver v2
 * replaced by one the test drives: a click acts only when the report in force at the press and the latest
 * both say visible; before any report it waits for the first (a condition, no timer); a stopped watch refuses.
 * The real browser's reports are tried in tests/e2e/hostile-page-clickjack.e2e.test.ts.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchVisibility } from '../../src/ui/visibility-guard';

type Cb = (entries: Array<{ time: number; isVisible: boolean }>) => void;
let observers: Array<{ cb: Cb; options: unknown; disconnected: boolean }> = [];
const saved = (globalThis as { IntersectionObserver?: unknown }).IntersectionObserver;
beforeEach(() => {
  observers = [];
  (globalThis as { IntersectionObserver?: unknown }).IntersectionObserver = class {
    o: { cb: Cb; options: unknown; disconnected: boolean };
    constructor(cb: Cb, options: unknown) {
      this.o = { cb, options, disconnected: false };
      observers.push(this.o);
    }
    observe() {}
    disconnect() {
      this.o.disconnected = true;
    }
  };
});
afterEach(() => {
  (globalThis as { IntersectionObserver?: unknown }).IntersectionObserver = saved;
});

const button = () => ({ dataset: {} as Record<string, string> }) as unknown as HTMLElement;
const report = (time: number, isVisible: boolean) => observers[0].cb([{ time, isVisible }]);
const press = (timeStamp: number) => ({ timeStamp }) as Event;
const click = (timeStamp: number, detail = 1) => ({ timeStamp, detail }) as MouseEvent;

describe('watchVisibility (observer mode)', () => {
  it('asks the browser for v2 reports: trackVisibility with the smallest delay it allows', () => {
    watchVisibility(button(), null, 'observer');
    expect(observers[0].options).toEqual({ trackVisibility: true, delay: 100 });
  });

  const table: Array<[string, Array<[number, boolean]>, number | null, number, boolean]> = [
    ['visible before the press and since', [[10, true]], 50, 120, true],
    ['covered before the press and since', [[10, false]], 50, 120, false],
    ['covered, revealed as the mouse went down (report after the press)', [[10, false], [60, true]], 50, 120, false],
    ['visible at the press, covered before the click', [[10, true], [80, false]], 50, 120, false],
    ['covered long ago, visible well before the press', [[10, false], [30, true]], 50, 120, true],
    ['a key (no press): the click time decides, visible', [[10, false], [30, true]], null, 120, true],
    ['the first report came after the press: it decides (visible)', [[60, true]], 50, 120, true],
    ['the first report came after the press: it decides (covered)', [[60, false]], 50, 120, false],
  ];
  for (const [name, reports, pressAt, clickAt, acts] of table) {
    it(`${name} → ${acts ? 'acts' : 'refused'}`, async () => {
      const b = button();
      const w = watchVisibility(b, null, 'observer');
      for (const [t, v] of reports) report(t, v);
      if (pressAt !== null) w.pressed(press(pressAt));
      expect(await w.allows(click(clickAt, pressAt === null ? 0 : 1))).toBe(acts);
      expect(b.dataset.seen).toBe(reports.at(-1)![1] ? 'visible' : 'hidden');
    });
  }

  it('a click before any report waits for the first one, then decides on it (no timer)', async () => {
    const w = watchVisibility(button(), null, 'observer');
    w.pressed(press(5));
    let decided: boolean | undefined;
    const pending = w.allows(click(6)).then((v) => (decided = v));
    await Promise.resolve();
    expect(decided).toBeUndefined();
    report(20, true);
    await pending;
    expect(decided).toBe(true);

    const w2 = watchVisibility(button(), null, 'observer');
    const refused = w2.allows(click(6));
    observers[1].cb([{ time: 20, isVisible: false }]);
    expect(await refused).toBe(false);
  });

  it('a button that goes away before the browser said anything refuses the waiting click', async () => {
    const w = watchVisibility(button(), null, 'observer');
    const pending = w.allows(click(6));
    w.stop();
    expect(await pending).toBe(false);
    expect(observers[0].disconnected).toBe(true);
  });

  it('a press is used once: the next click (a key) is judged at its own time', async () => {
    const w = watchVisibility(button(), null, 'observer');
    report(10, true);
    report(40, false);
    w.pressed(press(20));
    expect(await w.allows(click(30))).toBe(false); // latest says covered
    report(50, true);
    expect(await w.allows(click(60, 0))).toBe(true);
  });
});
