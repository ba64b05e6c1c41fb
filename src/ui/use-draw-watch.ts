import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Request, Response } from '../messaging/messages';
import { readForm } from '../platform/read-form';
import type { RecognisedPage } from '../platform/recognise';

/**
 * On the platform's own 摇号 page: every draw run before 锁定名单 is reported to the background,
 * which counts the runs of this draw and logs each re-run; the panel flags more than one.
 */
export function useDrawWatch(page: RecognisedPage): string[] {
  const [runs, setRuns] = useState<string[]>([]);
  useEffect(() => {
    if (page.kind !== 'strategy') return;
    const drawnAt = readForm(document, page.spec).values.drawnAt;
    if (typeof drawnAt !== 'string') return;
    const id = page.spec.idParam ? new URL(location.href).searchParams.get(page.spec.idParam) : '';
    const msg: Request = { type: 'draw.seen', key: `${location.origin}${location.pathname}#${id ?? ''}`, drawnAt, url: location.href };
    (browser.runtime.sendMessage(msg) as Promise<Response>).then((r) => r.ok && r.runs && setRuns(r.runs)).catch(() => {});
  }, [page]);
  return runs;
}
