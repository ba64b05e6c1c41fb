import { useState } from 'preact/hooks';
import { send } from '../messaging/send';
import { formatDateTime } from '../i18n/time';
import { msg } from './i18n';
import { trusted } from './trusted';
import { replyText } from './reply-text';

/** A re-run of a platform draw as the background keeps it: its audit entry and, once given, the reason. */
export interface Rerun {
  drawnAt: string;
  seq: number;
  reason?: string;
  reasonSeq?: number;
}

/**
 * The reason of one re-run, asked for in the panel's re-draw watch: required (an empty one is refused here and by
 * the background), logged as its own audit entry next to the re-run's, and shown once given.
 */
export function RerunReason({ drawKey, rerun, onSaved }: { drawKey: string; rerun: Rerun; onSaved: (r: Rerun) => void }) {
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  if (rerun.reason !== undefined)
    return (
      <p class="rerun-reason given" data-drawn-at={rerun.drawnAt} data-seq={rerun.reasonSeq}>
        {msg('panel.rerun.given', { at: formatDateTime(rerun.drawnAt), reason: rerun.reason, seq: rerun.reasonSeq ?? '' })}
      </p>
    );
  const save = async () => {
    if (text.trim().length < 2) return setError(msg('panel.rerun.required'));
    const r = await send({ type: 'draw.reason', key: drawKey, drawnAt: rerun.drawnAt, reason: text.trim() });
    if (!r.ok) return setError(replyText(r.error));
    setError('');
    onSaved({ ...rerun, reason: text.trim(), reasonSeq: r.entry.seq });
  };
  return (
    <div class="rerun-reason pending" data-drawn-at={rerun.drawnAt}>
      <label>
        {msg('panel.rerun.ask', { at: formatDateTime(rerun.drawnAt), seq: rerun.seq })}
        <textarea rows={2} required aria-required="true" value={text} placeholder={msg('panel.rerun.placeholder')} onInput={trusted((e: Event) => setText((e.target as HTMLTextAreaElement).value))} />
      </label>
      <button type="button" class="save-reason" onClick={trusted(() => void save())}>
        {msg('panel.rerun.save')}
      </button>
      {error && (
        <p class="rerun-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
