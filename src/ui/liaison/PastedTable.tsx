import { useState } from 'preact/hooks';
import { checkPasted, rowViews, type CheckedTable, type IncompleteGroup } from '../../core/plan-table';
import { loadProfile, PROFILE_IDS } from '../../core/profiles';
import { todayInChina } from '../../core/calendar';
import { msg, pick } from '../i18n';
import { citationSource, quoteText } from '../../i18n/cite';

const SEV = { error: '✖', warn: '⚠', info: 'ℹ' } as const;

const groupText = (gs: IncompleteGroup[]) => gs.map((g) => pick(g.what)).join('；');

/** One checked table: the accounting, then per row what was not read and what fails, the cells behind it and the clause. */
function TableResult({ t }: { t: CheckedTable }) {
  const a = t.account;
  const view = rowViews(t);
  const header = (col: number) => t.table.headers[col] ?? `#${col + 1}`;
  const cellText = (row: number, col: number) => t.table.rows.find((r) => r.row === row)?.cells[col]?.text.replace(/\s+/g, ' ').trim() ?? '';
  const n = (gs: IncompleteGroup[]) => gs.reduce((k, g) => k + g.ruleIds.length, 0);
  return (
    <div class="pasted-table" data-testid="pasted-result">
      <p class="account" data-testid="pasted-account" data-read={a.read} data-kept={a.kept} data-refused={a.refused.length}>
        {msg('table.paste.account', {
          year: a.year ?? msg('table.paste.yearUnknown'),
          header: a.headerRow ?? '—',
          read: a.read,
          kept: a.kept,
          refused: a.refused.length,
          cellsRead: a.cells.read,
          cellsText: a.cells.text,
          cellsMerged: a.cells.merged,
          cellsRefused: a.cells.refused,
          cellsIgnored: a.cells.ignored,
        })}
      </p>
      <ul class="refused">
        {a.refused.map((r) => (
          <li data-testid="pasted-refused" data-row={r.row}>
            ✖ {msg('table.paste.refusedRow', { row: r.row, reason: pick(r.reason) })}
          </li>
        ))}
      </ul>
      {view.common.length > 0 && (
        <p class="incomplete" data-testid="pasted-common" title={view.common.flatMap((g) => g.ruleIds).join(' ')}>
          ? {msg('table.incompleteAll', { n: n(view.common), list: groupText(view.common) })}
        </p>
      )}
      {!t.plans.length && <p data-testid="pasted-nothing">{msg('table.paste.nothingChecked')}</p>}
      {view.rows.map((r) => (
        <section class="pasted-row" data-testid="pasted-row" data-row={r.row}>
          <h3>
            {msg('table.paste.row', { row: r.row })}
            {r.planName && <span class="data"> 「{r.planName}」</span>}
          </h3>
          <ul>
            {r.unread.map((c) => (
              <li class="unread" data-testid="pasted-unread" data-header={c.header}>
                {c.status === 'refused' ? '?' : '·'} <span class="data">{msg('table.paste.unread', { header: c.header, text: c.text.replace(/\s+/g, ' ').trim(), reason: c.reason ? pick(c.reason) : '' })}</span>
              </li>
            ))}
            {r.remarks.map((c) => (
              <li class="remark" data-testid="pasted-remark">
                · <span class="data">{c.header}「{c.text.replace(/\s+/g, ' ').trim()}」</span>：{pick(c.remark!)}
              </li>
            ))}
            {r.fails.map((f) => (
              <li class={`finding ${f.finding.severity}`} data-testid="pasted-finding" data-rule={f.finding.ruleId} title={f.finding.ruleId}>
                {SEV[f.finding.severity]} {msg(`cli.sev.${f.finding.severity}`)} {pick(f.finding.message)}
                {f.cells.length > 0 && (
                  <div class="cells">
                    {msg('table.paste.cells')}：<span class="data">{f.cells.map((c) => `${header(c.col)}「${cellText(c.row, c.col)}」`).join('、')}</span>
                  </div>
                )}
                <div class="cite">
                  {msg('cite.basis')}：{citationSource(f.finding.citations[0])}「{quoteText(f.finding.citations[0].quote)}」
                </div>
              </li>
            ))}
            {r.incomplete.length > 0 && (
              <li class="incomplete" data-testid="pasted-incomplete" title={r.incomplete.flatMap((g) => g.ruleIds).join(' ')}>
                ? {msg('table.incompleteRow', { n: n(r.incomplete), list: groupText(r.incomplete) })}
              </li>
            )}
          </ul>
        </section>
      ))}
    </div>
  );
}

/**
 * Paste a plan table on the liaison page: what Excel, Word or a web page put on the clipboard (HTML
 * when it holds a table, so merged cells count for every row they span; else the tab-separated text)
 * is read and checked here, in the page: nothing is stored or sent.
 */
export function PastedTable({ profileId }: { profileId: string }) {
  const [html, setHtml] = useState<string>();
  const [text, setText] = useState('');
  const [year, setYear] = useState('');
  const [tables, setTables] = useState<CheckedTable[]>();
  const [note, setNote] = useState<string>();
  // Both given every time: a default parameter would put back the previous paste's HTML for a TSV paste.
  function check(h: string | undefined, t: string) {
    if (!t.trim() && !h) {
      setTables(undefined);
      return setNote(msg('table.paste.empty'));
    }
    const profile = loadProfile(PROFILE_IDS.includes(profileId) ? profileId : 'baseline');
    const y = /^\d{4}$/.test(year.trim()) ? Number(year.trim()) : undefined;
    const out = checkPasted(h, t, profile, { year: y, asOf: todayInChina() });
    setNote(out.length ? undefined : msg('table.paste.empty'));
    setTables(out);
  }
  function onPaste(e: ClipboardEvent) {
    const h = e.clipboardData?.getData('text/html') || undefined;
    const t = e.clipboardData?.getData('text/plain') ?? '';
    e.preventDefault();
    setHtml(h);
    setText(t);
    check(h, t);
  }
  return (
    <section class="pasted" aria-label={msg('table.paste.label')}>
      <h2>{msg('table.paste.label')}</h2>
      <textarea
        data-testid="table-paste"
        rows={5}
        value={text}
        onPaste={onPaste}
        onInput={(e) => {
          setHtml(undefined);
          setText((e.target as HTMLTextAreaElement).value);
        }}
      />
      <div class="pasted-bar">
        <label>
          {msg('table.paste.year')}{' '}
          <input data-testid="table-paste-year" inputMode="numeric" size={6} value={year} onInput={(e) => setYear((e.target as HTMLInputElement).value)} />
        </label>
        <button type="button" data-testid="table-paste-check" onClick={() => check(html, text)}>
          {msg('table.paste.check')}
        </button>
      </div>
      {note && <p data-testid="pasted-note">{note}</p>}
      {tables?.map((t) => <TableResult t={t} />)}
    </section>
  );
}
