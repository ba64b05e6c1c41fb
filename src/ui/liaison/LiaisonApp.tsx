import { BUILTIN_PROFILES, PROFILE_IDS } from '../../core/profiles';
import { msg, pick } from '../i18n';
import { formatMinute } from '../../i18n/time';
import { useLiaison } from './use-liaison';
import { Matrix } from './Matrix';
import { CellDetail } from './CellDetail';
import { Deadlines } from './Deadlines';
import { Charts } from './Charts';
import { ImportExport } from './ImportExport';
import { PastedTable } from './PastedTable';
import { SubmitterFields, useSubmitter } from './SubmitterFields';
import { PrintHead } from './PrintHead';

const profileName = (id: string) => {
  const n = (BUILTIN_PROFILES[id] as { name?: { zh: string; en: string } } | undefined)?.name;
  return n ? pick(n) : id;
};

/** The liaison view (联络员): the year's compliance per department, deadlines, charts, reports. `compact` for the side panel. */
export function LiaisonApp({ compact = false }: { compact?: boolean }) {
  const s = useLiaison();
  const { cell, setCell } = s;
  const view = s.view;
  const names = new Map((view?.matrix.departments ?? []).map((d) => [d.id, d.name]));
  const [who, setWho] = useSubmitter();
  const submitter = { unit: who.unit ?? (s.department ? names.get(s.department) : undefined), officer: who.officer };
  return (
    <main class={`liaison${compact ? ' compact' : ''}`}>
      <header class="bar">
        <h1>{msg('liaison.title')}</h1>
        <label>
          {msg('liaison.year')}{' '}
          <select data-testid="year" value={String(s.year ?? '')} onChange={(e) => s.setYear(Number((e.target as HTMLSelectElement).value))}>
            {s.years.map((y) => (
              <option value={String(y)}>{y}</option>
            ))}
          </select>
        </label>
        <label>
          {msg('liaison.profile')}{' '}
          <select data-testid="profile" value={s.profileId} onChange={(e) => s.setProfileId((e.target as HTMLSelectElement).value)}>
            {PROFILE_IDS.map((id) => (
              <option value={id}>{profileName(id)}</option>
            ))}
          </select>
        </label>
        <label>
          {msg('liaison.department')}{' '}
          <select data-testid="department" value={s.department} onChange={(e) => { s.setDepartment((e.target as HTMLSelectElement).value); setCell(undefined); }}>
            <option value="">{msg('liaison.allDepartments')}</option>
            {(view?.matrix.departments ?? []).map((d) => (
              <option value={d.id}>{d.name}</option>
            ))}
          </select>
        </label>
      </header>
      {!compact && <PrintHead unit={submitter.unit} officer={submitter.officer} year={s.year} department={s.department ? names.get(s.department) ?? s.department : undefined} />}
      {/* The officer's actions first, above the fold at 1366×768: import the lists, export or print the report. */}
      <div class="actions-bar">
        <ImportExport view={view} report={s.report} readFiles={s.readFiles} department={s.department} submitter={submitter} onImported={() => void s.reload()} />
        {!compact && <SubmitterFields who={who} onChange={setWho} department={submitter.unit} />}
      </div>
      {s.error && <p class="error">{s.error}</p>}
      {s.busy && <p class="busy" aria-live="polite">{msg('liaison.busy')}</p>}
      {!s.records.length && (
        <p class="empty" data-testid="liaison-empty">
          {msg('liaison.empty')}
        </p>
      )}
      {view && (
        <>
          <p class="sources" data-testid="liaison-sources">
            {msg('liaison.sources', { list: view.sources.map((x) => msg('liaison.source', { name: x.name, rows: x.rows ?? '?', at: formatMinute(x.readAt) })).join('；') })}
          </p>
          {s.account && s.account.linking.length > 0 && (
            <details class="unlinked" data-testid="liaison-unlinked">
              <summary>{msg('liaison.unlinked', { n: s.account.linking.length })}</summary>
              <ul>
                {s.account.linking.map((x) => (
                  <li>
                    {x.source} {msg('common.problem', { where: msg('common.row', { row: x.row }), what: x.reason })}
                  </li>
                ))}
              </ul>
            </details>
          )}
          <Matrix matrix={view.matrix} department={s.department} selected={cell} onSelect={setCell} />
          {cell && <CellDetail matrix={view.matrix} cell={cell} list={s.cellList} onMore={s.more} onClose={() => setCell(undefined)} />}
          <Deadlines deadlines={view.deadlines} until={view.deadlinesUntil} department={s.department} names={names} />
          <Charts charts={view.charts} department={s.department} names={names} />
        </>
      )}
      {!compact && <PastedTable profileId={s.profileId} />}
    </main>
  );
}
