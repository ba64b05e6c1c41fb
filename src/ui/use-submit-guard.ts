import { useEffect, useRef, useState } from 'preact/hooks';
import type { Finding } from '../core/rules/types';
import type { RecognisedPage } from '../platform/recognise';

/** Errors and warnings stop a submission until the user goes back or gives a written reason. */
export const blocking = (findings: Finding[]) => findings.filter((f) => f.status === 'fail' && f.severity !== 'info');

/**
 * Catch the platform's own save / submit / lock clicks before the page sees them (a capture listener
 * on the document runs before the platform's delegated jQuery handlers). Nothing is submitted by the
 * extension: after the user's "go on", the same button is clicked again and let through once.
 * `onPass` hears every click the platform gets (the page saves: what was filled from a template is now its own).
 */
export function useSubmitGuard(page: RecognisedPage, findings: Finding[], onPass?: () => void) {
  const passed = useRef(onPass);
  passed.current = onPass;
  const [pending, setPending] = useState<HTMLElement | null>(null);
  const latest = useRef(findings);
  latest.current = findings;
  const letThrough = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (!page.spec.submit.length) return;
    const selector = page.spec.submit.join(',');
    const onClick = (e: MouseEvent) => {
      const button = (e.target as Element | null)?.closest?.(selector) as HTMLElement | null;
      if (!button) return;
      if (letThrough.current === button) {
        letThrough.current = null;
        passed.current?.();
        return;
      }
      if (!blocking(latest.current).length) return void passed.current?.();
      e.preventDefault();
      e.stopImmediatePropagation();
      setPending(button);
    };
    document.addEventListener('click', onClick, true);
    return () => document.removeEventListener('click', onClick, true);
  }, [page]);
  return {
    pending,
    cancel: () => setPending(null),
    /** The user's "go on": the button acts as if clicked, once. */
    proceed: () => {
      if (!pending) return;
      letThrough.current = pending;
      setPending(null);
      pending.click();
    },
  };
}
