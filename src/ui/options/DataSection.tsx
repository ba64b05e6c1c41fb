import { useState } from 'preact/hooks';
import { send } from '../../messaging/send';
import { msg } from '../i18n';
import { auditKindName, tableName } from '../counts-in-words';
import { formatDateTime } from '../../i18n/time';
import { SaidLine, useSaid } from './said';
import { downloadFile } from '../download';
import { replyText } from '../reply-text';
import { chainBreakText } from '../audit-break';
import type { ChainBreak } from '../../core/audit/log';


type Listed = { seq: number; kind: string; data?: Record<string, unknown> };
/** A re-run's reason beside it in the log's list (or that none was given yet), and the reason entry's own words. */
function rerunWords(e: Listed, all: readonly Listed[]): string {
  if (e.kind === 'draw-rerun-reason') return msg('options.data.rerunReason', { reason: String(e.data?.reason ?? ''), seq: String(e.data?.rerunSeq ?? '') });
  if (e.kind !== 'draw-rerun') return '';
  const given = all.find((x) => x.kind === 'draw-rerun-reason' && x.data?.rerunSeq === e.seq);
  return given ? msg('options.data.rerunReason', { reason: String(given.data?.reason ?? ''), seq: e.seq }) : msg('options.data.rerunNoReason');
}

/**
 * The data the extension keeps (all in this browser): verify the audit log's chain, export everything
 * as one JSON file, or erase it after typing the confirmation word.
 */
export function DataSection() {
  const { said, setSaid } = useSaid();
  const [confirmWord, setConfirmWord] = useState('');
  const [audit, setAudit] = useState<{ ok: boolean; length?: number; brokenAt?: number; why?: ChainBreak; anchors?: number; erased?: { entries: number; at: string; by: string }; entries: Array<{ seq: number; kind: string; at: string; data?: Record<string, unknown> }> } | null>(null);

  const verify = async () => {
    const [v, l] = await Promise.all([send({ type: 'audit.verify' }), send({ type: 'audit.list', limit: 10 })]);
    if (!v.ok) return setSaid({ ok: false, text: replyText(v.error), code: v.error });
    setAudit({ ...v.chain, entries: l.ok ? l.entries : [] });
  };
  const exportAll = async () => {
    const r = await send({ type: 'data.export' });
    if (!r.ok) return setSaid({ ok: false, text: replyText(r.error), code: r.error });
    const counts = Object.entries(r.data).map(([t, rows]) => `${tableName(t)} ${rows.length}`);
    downloadFile(`dra-export-${r.exportedAt.slice(0, 10)}.json`, JSON.stringify({ format: 'dra-export/1', ...r }, null, 2), 'application/json');
    setSaid({ ok: true, text: msg('options.data.exported', { counts: counts.join(msg('list.sep')) }) });
  };
  const erase = async () => {
    const r = await send({ type: 'data.erase', confirm: 'erase' });
    setConfirmWord('');
    setAudit(null);
    setSaid(r.ok ? { ok: true, text: msg('options.data.erased', { what: r.erased.map(tableName).join(msg('list.sep')) }) } : { ok: false, text: replyText(r.error), code: r.error });
  };
  const word = msg('options.data.word');

  return (
    <section id="data">
      <h2>{msg('options.data.title')}</h2>
      <p class="hint">{msg('options.data.hint')}</p>
      <div class="row">
        <button type="button" class="verify-log" onClick={verify}>
          {msg('options.data.verify')}
        </button>
        <button type="button" class="export-data" onClick={exportAll}>
          {msg('options.data.export')}
        </button>
      </div>
      {audit && (
        <div class={audit.ok ? 'said ok' : 'said bad'} data-chain={audit.ok ? 'ok' : 'broken'} data-length={audit.length ?? ''}>
          <p>
            {audit.ok
              ? msg('options.data.intact', { n: audit.length ?? 0 })
              : msg('options.data.broken', { at: audit.brokenAt ?? '', reason: audit.why ? chainBreakText(audit.why) : '' })}
          </p>
          {audit.ok && <p class="anchors">{audit.anchors ? msg('options.data.anchors', { n: audit.anchors }) : msg('options.data.noAnchors')}</p>}
          {audit.erased && <p class="erased">{msg('options.data.erasedAt', { at: formatDateTime(audit.erased.at), last: audit.erased.entries - 1, by: audit.erased.by })}</p>}
          <ol class="entries">
            {audit.entries.map((e) => (
              <li data-kind={e.kind} data-seq={e.seq}>
                {msg('options.data.entry', { seq: e.seq })} {formatDateTime(e.at)} {auditKindName(e.kind)}
                {rerunWords(e, audit.entries)}
              </li>
            ))}
          </ol>
        </div>
      )}
      <div class="row danger">
        <label>
          {msg('options.data.typeWord', { word })}
          <input name="confirm-erase" value={confirmWord} onInput={(e) => setConfirmWord((e.target as HTMLInputElement).value)} />
        </label>
        <button type="button" class="erase-data" disabled={!['清除', 'erase'].includes(confirmWord.trim())} onClick={erase}>
          {msg('options.data.erase')}
        </button>
      </div>
      <SaidLine said={said} />
    </section>
  );
}
