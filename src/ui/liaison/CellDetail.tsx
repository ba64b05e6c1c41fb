import { RULE_TITLES, ROLE_LABEL, SUBJECT_LABEL, type LiaisonMatrix, type LiaisonRuleId } from '../../core/liaison';
import { tr, uiLang } from '../i18n';
import type { CellRef } from './Matrix';

/** The plans, tasks and results behind one cell, each with what was found, and the clause the rule cites. */
export function CellDetail({ matrix, cell, onClose }: { matrix: LiaisonMatrix; cell: CellRef; onClose(): void }) {
  const c = matrix.cells[cell.departmentId]?.[cell.ruleId];
  const rule = matrix.rules.find((r) => r.ruleId === cell.ruleId);
  if (!c || !rule) return null;
  const dep = matrix.departments.find((d) => d.id === cell.departmentId)?.name ?? cell.departmentId;
  const t = RULE_TITLES[cell.ruleId as LiaisonRuleId];
  const lang = uiLang();
  return (
    <section class="detail" data-testid="cell-detail" aria-label={tr('明细', 'Details')}>
      <header>
        <h3>
          {dep} · {t ? tr(t.zh, t.en) : cell.ruleId} <code>{cell.ruleId}</code>
        </h3>
        <button type="button" onClick={onClose} aria-label={tr('关闭', 'Close')}>
          ×
        </button>
      </header>
      <ul class="citations">
        {rule.citations.map((q) => (
          <li>
            {tr('依据', 'Cites')}: {q.file.replace(/\.txt$/, '')} {q.section} 「{q.quote}」
          </li>
        ))}
      </ul>
      <table>
        <thead>
          <tr>
            <th>{tr('类别', 'Kind')}</th>
            <th>{tr('编号', 'Id')}</th>
            <th>{tr('名称', 'Name')}</th>
            <th>{tr('角色', 'Role')}</th>
            <th>{tr('说明', 'Finding')}</th>
          </tr>
        </thead>
        <tbody>
          {c.subjects.map((s) => (
            <tr class={s.status}>
              <td>{tr(SUBJECT_LABEL[s.subject.kind] ?? s.subject.kind, s.subject.kind)}</td>
              <td>{s.subject.id}</td>
              <td>{s.subject.label ?? ''}</td>
              <td>{tr(ROLE_LABEL[s.role], s.role)}</td>
              <td>
                {s.status === 'incomplete' ? `${tr('数据不足', 'Not enough data')}: ` : ''}
                {s.finding.message[lang]}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
