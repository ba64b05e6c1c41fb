import { useState } from 'preact/hooks';
import { send } from '../messaging/send';
import { msg, pick } from './i18n';
import { formatDateTime } from '../i18n/time';
import type { Response } from '../messaging/messages';

/** Why a request was refused, in the user's words: the catalogue's (the problems), else the background's line. */
const said = (r: Response) => (r.ok ? '' : r.problems?.length ? r.problems.map((p) => pick(p)).join('；') : r.error);

/** The task a page was about, when its URL names it (the platform's pages use taskId=…). */
export function taskIdOf(url: string): string {
  try {
    return new URL(url).searchParams.get('taskId') ?? '';
  } catch {
    return '';
  }
}

/**
 * File this evidence and the audit log's head into the helper's archive (一户一档, one folder per
 * task) through native messaging; says plainly when the helper is not registered.
 */
export function ArchiveFiling({ evidenceId, pageUrl }: { evidenceId: number; pageUrl: string }) {
  const [taskId, setTaskId] = useState(taskIdOf(pageUrl));
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  const file = async () => {
    setBusy(true);
    const evidence = await send({ type: 'archive.file', taskId, what: 'evidence', id: evidenceId });
    const head = evidence.ok ? await send({ type: 'archive.file', taskId, what: 'audit-head' }) : evidence;
    setBusy(false);
    if (!evidence.ok) setNote({ ok: false, text: msg('archive.notFiled', { error: said(evidence) }) });
    // The time as staff read it (Beijing, to the second); a helper from before filedAt names only the file.
    else setNote({ ok: true, text: msg(evidence.filedAt ? 'archive.filedAt' : 'archive.filed', { path: `${evidence.folder}/${evidence.file}`, time: formatDateTime(evidence.filedAt) }) + (head.ok ? ` · ${head.file}` : msg('archive.headNotFiled', { error: said(head) })) });
  };
  return (
    <span class="archive-filing">
      {/* A visible label, tied to the input (for/id): the placeholder is an example, not its name. */}
      <label for="archive-task">{msg('archive.taskId')}</label>
      <input id="archive-task" value={taskId} onInput={(e) => setTaskId((e.target as HTMLInputElement).value.trim())} />
      <button type="button" id="archive-file" class="primary" disabled={busy || !taskId} onClick={file}>
        {msg('archive.file')}
      </button>
      {note && (
        <span id="archive-note" data-ok={note.ok ? 'yes' : 'no'}>
          {note.text}
        </span>
      )}
    </span>
  );
}
