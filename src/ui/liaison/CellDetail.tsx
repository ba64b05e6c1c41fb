import { RULE_TITLES, ROLE_LABEL, SUBJECT_LABEL, type CountedMatrix, type LiaisonRuleId } from '../../core/liaison';
import { msg, pick } from '../i18n';
import { citationSource, quoteText } from '../../i18n/cite';
import type { CellRef } from './Matrix';
import { CELL_PAGE, type CellList } from './use-liaison';

/**
 * The plans, tasks and results behind one cell, each with what was found, and the clause the rule cites. The list
 * comes from the view worker a page at a time (a cell of a province's year lists tens of thousands of results).
 */
export function CellDetail({ matrix, cell, list, onMore, onClose }: { matrix: CountedMatrix; cell: CellRef; list?: CellList; onMore(): void; onClose(): void }) {
  const c = matrix.cells[cell.departmentId]?.[cell.ruleId];
  const rule = matrix.rules.find((r) => r.ruleId === cell.ruleId);
  if (!c || !rule) return null;
  const dep = matrix.departments.find((d) => d.id === cell.departmentId)?.name ?? cell.departmentId;
  const t = RULE_TITLES[cell.ruleId as LiaisonRuleId];

  return (
    <section class="detail" data-testid="cell-detail" aria-label={msg('liaison.detail')}>
      <header>
        <h3>
          {dep} · {t ? pick(t) : cell.ruleId}
        </h3>
        <button type="button" onClick={onClose} aria-label={msg('common.close')} title={cell.ruleId}>
          ×
        </button>
      </header>
      <ul class="citations">
        {rule.citations.map((q) => (
          <li>
            {msg('cite.basis')}：{citationSource(q)}「{quoteText(q.quote)}」
          </li>
        ))}
      </ul>
      <div class="detail-wrap">
      <table>
        <thead>
          <tr>
            <th>{msg('liaison.detail.kind')}</th>
            <th>{msg('liaison.detail.id')}</th>
            <th>{msg('liaison.detail.name')}</th>
            <th>{msg('liaison.detail.role')}</th>
            <th>{msg('liaison.detail.finding')}</th>
          </tr>
        </thead>
        <tbody>
          {(list?.subjects ?? []).map((s) => (
            <tr class={s.status}>
              <td>{SUBJECT_LABEL[s.subject.kind] ?? s.subject.kind}</td>
              <td>{s.subject.id}</td>
              <td>{s.subject.label ?? ''}</td>
              <td>{ROLE_LABEL[s.role]}</td>
              <td>
                {s.status === 'incomplete' ? msg('liaison.detail.incomplete', { text: pick(s.finding.message) }) : pick(s.finding.message)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
      {list && (
        <p class="detail-more" data-testid="cell-detail-count" data-shown={list.subjects.length} data-total={list.total}>
          {list.error ? <span class="error">{msg('liaison.detail.failed', { error: list.error })}</span> : list.loading ? msg('liaison.detail.loading') : msg('liaison.detail.shown', { shown: list.subjects.length, total: list.total })}
          {!list.loading && !list.error && list.subjects.length < list.total && (
            <button type="button" data-testid="cell-detail-more" onClick={onMore}>
              {msg('liaison.detail.more', { n: Math.min(CELL_PAGE, list.total - list.subjects.length) })}
            </button>
          )}
        </p>
      )}
    </section>
  );
}
