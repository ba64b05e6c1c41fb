import { useEffect, useState } from 'preact/hooks';
import { send } from '../messaging/send';
import { readForm } from '../platform/read-form';
import type { RecognisedPage } from '../platform/recognise';
import type { Rerun } from './RerunReason';

/** One platform draw: the page and the record it draws for (a task id). */
export function drawKey(page: RecognisedPage): string {
  const id = page.spec.idParam ? new URL(location.href).searchParams.get(page.spec.idParam) : '';
  return `${location.origin}${location.pathname}#${id ?? ''}`;
}

/**
 * On the platform's own 摇号 page: every draw run before 锁定名单 is reported to the background,
 * which counts the runs of this draw and logs each re-run; the panel flags more than one and asks
 * the reason of each re-run (RerunReason.tsx).
 */
export function useDrawWatch(page: RecognisedPage): { runs: string[]; reruns: Rerun[]; setRerun: (r: Rerun) => void } {
  const [runs, setRuns] = useState<string[]>([]);
  const [reruns, setReruns] = useState<Rerun[]>([]);
  useEffect(() => {
    if (page.kind !== 'strategy') return;
    const drawnAt = readForm(document, page.spec).values['draw.drawnAt'];
    if (typeof drawnAt !== 'string') return;
    send({ type: 'draw.seen', key: drawKey(page), drawnAt, url: location.href }).then((r) => {
      if (!r.ok) return;
      setRuns(r.runs);
      setReruns(r.reruns ?? []);
    });
  }, [page]);
  const setRerun = (r: Rerun) => setReruns((all) => all.map((x) => (x.drawnAt === r.drawnAt ? r : x)));
  return { runs, reruns, setRerun };
}
