/**
 * Clickjacking defence for the panel's consequential buttons (those that log, save or export). A page
 * cannot script them (closed shadow root, `isTrusted`), but it can make the user's own click land on one
 * unknowingly: a picture laid over the button with `pointer-events: none`, or our host made transparent,
 * filtered, clipped or transformed so the user clicks what the page shows beneath.
 *
 * In Chromium each button is watched by an IntersectionObserver v2 (`trackVisibility`), which reports
 * whether the browser itself sees the button unoccluded and without effects, across frames. A click acts
 * only if the report in force when the button was pressed, and the latest one, both say visible (if none
 * has come yet, the first one decides): a page that reveals the button as the mouse goes down is refused
 * too. Where the browser has no v2 (Firefox), the fallback checks the click point: the topmost element
 * there must be our own host, and neither the host nor any ancestor may be transparent, filtered, clipped
 * or transformed. It cannot see a `pointer-events: none` cover; the README says so.
 */

/** How visibility is judged in this browser: `observer` (IntersectionObserver v2) or `point` (fallback). */
export type GuardMode = 'observer' | 'point';

export const guardMode = (): GuardMode =>
  typeof IntersectionObserverEntry !== 'undefined' && 'isVisible' in IntersectionObserverEntry.prototype ? 'observer' : 'point';

interface Report {
  time: number;
  visible: boolean;
}

/** IntersectionObserver v2's options (not yet in TypeScript's DOM types). */
type V2Init = IntersectionObserverInit & { trackVisibility: boolean; delay: number };

export interface VisibilityWatch {
  /** A trusted pointerdown on the button: the press whose visibility decides the click. */
  pressed(e: Event): void;
  /** Whether the click `e` may act: resolves once the browser has said (never on a timer). */
  allows(e: MouseEvent): Promise<boolean>;
  stop(): void;
}

const KEEP = 16;

/** Watch `button`; `host` is our shadow host (the only element the fallback lets lie over the button). */
export function watchVisibility(button: HTMLElement, host: Element | null, mode: GuardMode = guardMode()): VisibilityWatch {
  if (mode === 'point') return pointWatch(button, host);
  const reports: Report[] = [];
  let waiting: Array<() => void> = [];
  let pressAt: number | null = null;
  const io = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const visible = (entry as IntersectionObserverEntry & { isVisible: boolean }).isVisible === true;
        reports.push({ time: entry.time, visible });
        if (reports.length > KEEP) reports.shift();
        // What the browser last said, on the button itself (in the closed shadow root: tests read it, pages cannot).
        button.dataset.seen = visible ? 'visible' : 'hidden';
      }
      const w = waiting;
      waiting = [];
      w.forEach((f) => f());
    },
    { trackVisibility: true, delay: 100 } as V2Init,
  );
  io.observe(button);
  return {
    pressed(e) {
      pressAt = e.timeStamp;
    },
    async allows(e) {
      // A key (Enter, Space) has no press; the click's own time stands for it.
      const at = e.detail > 0 && pressAt !== null ? pressAt : e.timeStamp;
      pressAt = null;
      if (!reports.length) await new Promise<void>((r) => waiting.push(r));
      if (!reports.length) return false; // stopped (the button went away) before the browser said
      const before = [...reports].reverse().find((r) => r.time <= at) ?? reports[0];
      return before.visible && reports[reports.length - 1].visible;
    },
    stop() {
      io.disconnect();
      waiting.forEach((f) => f());
      waiting = [];
    },
  };
}

/** Effects that make an element look other than it is to the user (checked up the chain in the fallback). */
function altered(el: Element): boolean {
  const s = getComputedStyle(el);
  return Number(s.opacity) < 1 || s.filter !== 'none' || s.clipPath !== 'none' || s.visibility !== 'visible' || (s.transform !== 'none' && !/^matrix\(1, 0, 0, 1, /.test(s.transform)) || s.mixBlendMode !== 'normal';
}

/** The fallback: at the click point, nothing but our host on top, and no effect on the way up from the button. */
function pointWatch(button: HTMLElement, host: Element | null): VisibilityWatch {
  return {
    pressed() {},
    async allows(e) {
      const r = button.getBoundingClientRect();
      const x = e.detail > 0 ? e.clientX : r.left + r.width / 2;
      const y = e.detail > 0 ? e.clientY : r.top + r.height / 2;
      const top = document.elementFromPoint(x, y);
      if (host && top !== host) return false;
      for (let n: Node | null = button; n; n = n instanceof ShadowRoot ? n.host : n.parentNode) {
        if (n instanceof Element && altered(n)) return false;
      }
      return true;
    },
    stop() {},
  };
}
