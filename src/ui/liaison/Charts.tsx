import type { ChartData } from '../../core/liaison';
import { msg } from '../i18n';

/** A small bar chart with the number beside every bar. */
function Bars({ caption, rows, width = 300 }: { caption: string; rows: Array<{ label: string; value: number }>; width?: number }) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  const row = 16, labelW = 92, numW = 30;
  return (
    <figure class="chart">
      <figcaption>{caption}</figcaption>
      <svg width={width} height={rows.length * row + 2} role="img" aria-label={`${caption}: ${rows.map((r) => `${r.label} ${r.value}`).join('; ')}`}>
        {rows.map((r, i) => (
          <g transform={`translate(0, ${i * row + 1})`}>
            <text x={labelW - 4} y={11} font-size="11" text-anchor="end" fill="#555">
              {r.label}
            </text>
            <rect x={labelW} y={2} width={((width - labelW - numW) * r.value) / max} height={row - 5} fill="#1c6ca1" />
            <text x={labelW + ((width - labelW - numW) * r.value) / max + 4} y={11} font-size="11" fill="#333">
              {r.value}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}

export function Charts({ charts, department, names }: { charts: ChartData; department: string; names: Map<string, string> }) {
  const perMonth = charts.perMonth.map((m) => ({ label: msg('liaison.month', { m: Number(m.month.slice(5)) }), value: department ? (m.byDepartment[department] ?? 0) : m.total }));
  const perDep = charts.perDepartment.filter((d) => !department || d.departmentId === department).map((d) => ({ label: names.get(d.departmentId) ?? d.departmentId, value: d.checks }));
  const delay = charts.publicationDelay.map((b) => ({ label: b.bin === 'unpublished' ? msg('liaison.unpublished') : msg('liaison.workingDays', { n: b.bin }), value: b.count }));
  return (
    <section class="charts" data-testid="liaison-charts">
      <Bars caption={msg('liaison.chart.perMonth')} rows={perMonth} />
      <Bars caption={msg('liaison.chart.perDepartment')} rows={perDep} />
      <Bars caption={msg('liaison.chart.delay')} rows={delay} />
    </section>
  );
}
