import type { CompareRow } from '../../trainer/compare';
import { msg, pick } from '../../i18n';
import { paramLabel, paramValue } from '../../i18n/param-label';
import { originLabel } from '../../i18n/provenance';

const show = (v: unknown, severityRow: boolean) =>
  v === undefined ? '—' : severityRow && typeof v === 'string' ? msg(`explorer.severity.${v as 'error' | 'warn' | 'info'}`) : paramValue(v);

/** Two profiles side by side: each rule's severity and each value with its provenance; differences marked. */
export function ProfileCompare({ rows, a, b, onlyDiffers }: { rows: CompareRow[]; a: { id: string; name: string }; b: { id: string; name: string }; onlyDiffers: boolean }) {
  const shown = onlyDiffers ? rows.filter((r) => r.differs) : rows;
  return (
    <section class="compare" data-a={a.id} data-b={b.id}>
      <h2>{msg('compare.title', { a: a.name, b: b.name })}</h2>
      <p class="muted">{msg(onlyDiffers ? 'compare.countDiffersOnly' : 'compare.count', { n: rows.filter((r) => r.differs).length })}</p>
      <table class="params compare-table">
        <thead>
          <tr>
            <th>{msg('compare.ruleParam')}</th>
            <th>{a.name}</th>
            <th>{b.name}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr class={r.differs ? 'differs' : ''} data-row={`${r.ruleId}${r.param ? `.${r.param}` : ''}`} data-differs={r.differs ? 'yes' : 'no'}>
              <td title={`${r.ruleId}${r.param ? ` · ${r.param}` : ''}`}>
                {pick(r.docs).split(/[，。；]/)[0]} · {r.param ? paramLabel(r.param) : <span class="muted">{msg('compare.severity')}</span>}
              </td>
              {[r.a, r.b].map((c) => (
                <td data-origin={c.origin ?? ''}>
                  <b class="param-value">{show(c.value, !r.param)}</b> {c.origin && <span class={`origin origin-${c.origin}`}>{originLabel(c.origin as 'own')}</span>}
                  <div class="muted">{pick(c.provenance)}</div>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
