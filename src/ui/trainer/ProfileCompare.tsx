import type { CompareRow } from '../../trainer/compare';

const show = (v: unknown) => (v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v));
const ORIGIN: Record<string, string> = { own: '本地 / own', borrowed: '借用 / borrowed', override: '覆盖 / override', unsourced: '无出处 / no clause' };

/** Two profiles side by side: each rule's severity and each value with its provenance; differences marked. */
export function ProfileCompare({ rows, a, b, onlyDiffers }: { rows: CompareRow[]; a: { id: string; name: string }; b: { id: string; name: string }; onlyDiffers: boolean }) {
  const shown = onlyDiffers ? rows.filter((r) => r.differs) : rows;
  return (
    <section class="compare" data-a={a.id} data-b={b.id}>
      <h2>
        配置对比 / Profiles compared: {a.name} ↔ {b.name}
      </h2>
      <p class="muted">
        {rows.filter((r) => r.differs).length} 处不同 / differ · {onlyDiffers ? '仅显示不同之处 / differences only' : '全部 / all'}
      </p>
      <table class="params compare-table">
        <thead>
          <tr>
            <th>规则 · 参数 / rule · parameter</th>
            <th>{a.name}</th>
            <th>{b.name}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr class={r.differs ? 'differs' : ''} data-row={`${r.ruleId}${r.param ? `.${r.param}` : ''}`} data-differs={r.differs ? 'yes' : 'no'}>
              <td>
                <code>{r.ruleId}</code> {r.param ? <code>{r.param}</code> : <span class="muted">严重程度 / severity</span>}
              </td>
              {[r.a, r.b].map((c) => (
                <td data-origin={c.origin ?? ''}>
                  <b class="param-value">{show(c.value)}</b> {c.origin && <span class={`origin origin-${c.origin}`}>{ORIGIN[c.origin]}</span>}
                  <div class="muted">{c.provenance.zh}</div>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
