import { cellText, COLOUR_LABEL, RULE_TITLES, type CountedMatrix, type LiaisonRuleId } from '../../core/liaison';
import { msg, pick } from '../i18n';

export interface CellRef {
  departmentId: string;
  ruleId: string;
}

const title = (id: string) => RULE_TITLES[id as LiaisonRuleId] ?? { zh: id, en: id };

/** Departments down, rules across; red and amber cells open what is behind them. */
export function Matrix({ matrix, department, selected, onSelect }: { matrix: CountedMatrix; department: string; selected?: CellRef; onSelect(c: CellRef): void }) {
  const deps = department ? matrix.departments.filter((d) => d.id === department) : matrix.departments;
  return (
    <div class="matrix-wrap">
      <table class="matrix" data-testid="liaison-matrix">
        <thead>
          <tr>
            <th>{msg('liaison.department')}</th>
            {matrix.rules.map((r) => (
              <th title={r.ruleId} data-rule={r.ruleId}>
                {pick(title(r.ruleId))}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {deps.map((d) => (
            <tr data-department={d.id}>
              <th>{d.name}</th>
              {matrix.rules.map((r) => {
                const c = matrix.cells[d.id][r.ruleId];
                // The subjects behind a cell are its breaches and undecided ones (the list itself is asked of the worker).
                const open = c.fails + c.incomplete > 0;
                const isSel = selected?.departmentId === d.id && selected.ruleId === r.ruleId;
                const label = `${d.name} · ${pick(title(r.ruleId))}：${pick(COLOUR_LABEL[c.colour])}`;
                return (
                  <td class={`cell ${c.colour}${isSel ? ' selected' : ''}`} data-rule={r.ruleId} data-colour={c.colour} data-fails={c.fails} title={label}>
                    {open ? (
                      <button type="button" aria-label={label} onClick={() => onSelect({ departmentId: d.id, ruleId: r.ruleId })}>
                        {cellText(c)}
                      </button>
                    ) : (
                      cellText(c)
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p class="legend">
        {Object.entries(COLOUR_LABEL).map(([k, l]) => (
          <span class={`cell ${k}`}>
            {l.mark} {pick(l)}
          </span>
        ))}
        <span>{msg('liaison.matrix.legend')}</span>
      </p>
    </div>
  );
}
