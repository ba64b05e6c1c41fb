import { useState } from 'preact/hooks';
import { BUILTIN_PROFILES, PROFILE_IDS } from '../../core/profiles';
import { tr, uiLang } from '../i18n';
import { useLiaison } from './use-liaison';
import { Matrix, type CellRef } from './Matrix';
import { CellDetail } from './CellDetail';
import { Deadlines } from './Deadlines';
import { Charts } from './Charts';
import { ImportExport } from './ImportExport';

const profileName = (id: string) => (BUILTIN_PROFILES[id] as { name?: { zh: string; en: string } } | undefined)?.name?.[uiLang()] ?? id;

/** The liaison view (联络员): the year's compliance per department, deadlines, charts, reports. `compact` for the side panel. */
export function LiaisonApp({ compact = false }: { compact?: boolean }) {
  const s = useLiaison();
  const [cell, setCell] = useState<CellRef>();
  const view = s.view;
  const names = new Map((view?.matrix.departments ?? []).map((d) => [d.id, d.name]));
  return (
    <main class={`liaison${compact ? ' compact' : ''}`}>
      <header class="bar">
        <h1>{tr('联络员视图 · 年度合规', 'Liaison view · the year’s compliance')}</h1>
        <label>
          {tr('年度', 'Year')}{' '}
          <select data-testid="year" value={String(s.year ?? '')} onChange={(e) => s.setYear(Number((e.target as HTMLSelectElement).value))}>
            {s.years.map((y) => (
              <option value={String(y)}>{y}</option>
            ))}
          </select>
        </label>
        <label>
          {tr('规则配置', 'Profile')}{' '}
          <select data-testid="profile" value={s.profileId} onChange={(e) => s.setProfileId((e.target as HTMLSelectElement).value)}>
            {PROFILE_IDS.map((id) => (
              <option value={id}>{profileName(id)}</option>
            ))}
          </select>
        </label>
        <label>
          {tr('部门', 'Department')}{' '}
          <select data-testid="department" value={s.department} onChange={(e) => { s.setDepartment((e.target as HTMLSelectElement).value); setCell(undefined); }}>
            <option value="">{tr('全部部门', 'All departments')}</option>
            {(view?.matrix.departments ?? []).map((d) => (
              <option value={d.id}>{d.name}</option>
            ))}
          </select>
        </label>
      </header>
      {s.error && <p class="error">{s.error}</p>}
      {s.busy && <p class="busy" aria-live="polite">{tr('正在计算本年度的合规情况…', 'Judging the year…')}</p>}
      {!s.records.length && (
        <p class="empty" data-testid="liaison-empty">
          {tr('还没有数据：浏览平台的计划、任务和结果列表页，或导入平台导出的清单。', 'No data yet: browse the platform’s plan, task and result lists, or import the lists it exports.')}
        </p>
      )}
      {view && (
        <>
          <p class="sources" data-testid="liaison-sources">
            {tr('数据来源', 'Sources')}: {view.sources.map((x) => `${x.name}（${x.rows} ${tr('条', 'rows')}，${x.readAt.slice(0, 16).replace('T', ' ')}）`).join('；')}
          </p>
          {s.account && s.account.linking.length > 0 && (
            <details class="unlinked" data-testid="liaison-unlinked">
              <summary>{tr(`${s.account.linking.length} 条记录未能关联（不计入）`, `${s.account.linking.length} rows not linked (not counted)`)}</summary>
              <ul>
                {s.account.linking.map((x) => (
                  <li>
                    {x.source} {tr(`第 ${x.row} 行`, `row ${x.row}`)}: {x.reason}
                  </li>
                ))}
              </ul>
            </details>
          )}
          <Matrix matrix={view.matrix} department={s.department} selected={cell} onSelect={setCell} />
          {cell && <CellDetail matrix={view.matrix} cell={cell} onClose={() => setCell(undefined)} />}
          <Deadlines deadlines={view.deadlines} until={view.deadlinesUntil} department={s.department} names={names} />
          <Charts charts={view.charts} department={s.department} names={names} />
        </>
      )}
      <ImportExport view={view} department={s.department} onImported={() => void s.reload()} />
    </main>
  );
}
