import { useState } from 'preact/hooks';
import { send } from '../../messaging/send';
import { tr } from '../i18n';
import { SaidLine, useSaid } from './said';
import { downloadFile } from '../download';


/**
 * The data the extension keeps (all in this browser): verify the audit log's chain, export everything
 * as one JSON file, or erase it after typing the confirmation word.
 */
export function DataSection() {
  const { said, setSaid } = useSaid();
  const [confirmWord, setConfirmWord] = useState('');
  const [audit, setAudit] = useState<{ ok: boolean; length?: number; brokenAt?: number; reason?: string; entries: Array<{ seq: number; kind: string; at: string }> } | null>(null);

  const verify = async () => {
    const [v, l] = await Promise.all([send({ type: 'audit.verify' }), send({ type: 'audit.list', limit: 10 })]);
    if (!v.ok) return setSaid({ ok: false, text: v.error });
    setAudit({ ...v.chain, entries: l.ok ? l.entries : [] });
  };
  const exportAll = async () => {
    const r = await send({ type: 'data.export' });
    if (!r.ok) return setSaid({ ok: false, text: r.error });
    const counts = Object.entries(r.data).map(([t, rows]) => `${t} ${rows.length}`);
    downloadFile(`dra-export-${r.exportedAt.slice(0, 10)}.json`, JSON.stringify({ format: 'dra-export/1', ...r }, null, 2), 'application/json');
    setSaid({ ok: true, text: tr(`已导出：${counts.join('，')}`, `exported: ${counts.join(', ')}`) });
  };
  const erase = async () => {
    const r = await send({ type: 'data.erase', confirm: 'erase' });
    setConfirmWord('');
    setAudit(null);
    setSaid(r.ok ? { ok: true, text: tr(`已清除：${r.erased.join('、')}`, `erased: ${r.erased.join(', ')}`) } : { ok: false, text: r.error });
  };
  const word = tr('清除', 'erase');

  return (
    <section id="data">
      <h2>{tr('数据与审计日志', 'Data and audit log')}</h2>
      <p class="hint">{tr('所有数据只保存在本浏览器中（扩展自己的 IndexedDB），不发送到任何地方。', 'All data stays in this browser (the extension’s own IndexedDB) and is sent nowhere.')}</p>
      <div class="row">
        <button type="button" class="verify-log" onClick={verify}>
          {tr('校验审计日志', 'Verify the audit log')}
        </button>
        <button type="button" class="export-data" onClick={exportAll}>
          {tr('导出全部数据（JSON）', 'Export all data (JSON)')}
        </button>
      </div>
      {audit && (
        <div class={audit.ok ? 'said ok' : 'said bad'} data-chain={audit.ok ? 'ok' : 'broken'} data-length={audit.length ?? ''}>
          <p>
            {audit.ok
              ? tr(`审计日志完整：${audit.length ?? 0} 条，哈希链校验通过`, `audit log intact: ${audit.length ?? 0} entries, the hash chain verifies`)
              : tr(`审计日志在第 ${audit.brokenAt} 条处断开：${audit.reason ?? ''}`, `the audit log breaks at entry ${audit.brokenAt}: ${audit.reason ?? ''}`)}
          </p>
          <ol class="entries">
            {audit.entries.map((e) => (
              <li>
                #{e.seq} {e.at.replace('T', ' ').slice(0, 19)} {e.kind}
              </li>
            ))}
          </ol>
        </div>
      )}
      <div class="row danger">
        <label>
          {tr(`输入“${word}”以清除全部数据：`, `Type "${word}" to erase all data: `)}
          <input name="confirm-erase" value={confirmWord} onInput={(e) => setConfirmWord((e.target as HTMLInputElement).value)} />
        </label>
        <button type="button" class="erase-data" disabled={!['清除', 'erase'].includes(confirmWord.trim())} onClick={erase}>
          {tr('清除', 'Erase')}
        </button>
      </div>
      <SaidLine said={said} />
    </section>
  );
}
