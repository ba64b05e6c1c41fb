import { useEffect, useState } from 'preact/hooks';
import { send } from '../messaging/send';
import { readForm } from '../platform/read-form';
import type { RecognisedPage } from '../platform/recognise';

/** One platform draw: the page and the record it draws for (a task id). */
export function drawKey(page: RecognisedPage): string {
  const id = page.spec.idParam ? new URL(location.href).searchParams.get(page.spec.idParam) : '';
  return `${location.origin}${location.pathname}#${id ?? ''}`;
}

/**
 * On the platform's own 摇号 page: every draw run before 锁定名单 is reported to the background,
 * which counts the runs of this draw and logs each re-run; the panel flags more than one.
 */
export function useDrawWatch(page: RecognisedPage): string[] {
  const [runs, setRuns] = useState<string[]>([]);
  useEffect(() => {
    if (page.kind !== 'strategy') return;
    const drawnAt = readForm(document, page.spec).values['draw.drawnAt'];
    if (typeof drawnAt !== 'string') return;
    send({ type: 'draw.seen', key: drawKey(page), drawnAt, url: location.href }).then((r) => r.ok && setRuns(r.runs));
  }, [page]);
  return runs;
}
