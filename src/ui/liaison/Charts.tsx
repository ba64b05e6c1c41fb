import { delayStanding, PUBLISH_WITHIN_WORKING_DAYS, type ChartData } from '../../core/liaison';
import { msg } from '../i18n';

type Standing = 'in-time' | 'late' | 'unpublished';
interface Row {
  label: string;
  value: number;
  /** Against the publication deadline (the delay chart only): late and unpublished bars stand out, and say so. */
  standing?: Standing;
}

const FILL: Record<Standing, string> = { 'in-time': '#1c6ca1', late: '#c9302c', unpublished: '#8a5a00' };

/** A small bar chart with the number beside every bar; `lineAfter`: the deadline drawn under that row. */
function Bars({ caption, rows, width = 300, lineAfter, testid }: { caption: string; rows: Row[]; width?: number; lineAfter?: number; testid?: string }) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  const row = 16, labelW = 92, numW = 64;
  const markOf = (r: Row) => (r.standing === 'late' ? msg('liaison.chart.late') : r.standing === 'unpublished' ? msg('liaison.chart.notPublished') : '');
  return (
    <figure class="chart" data-testid={testid}>
      <figcaption>{caption}</figcaption>
      <svg width={width} height={rows.length * row + 2} role="img" aria-label={`${caption}: ${rows.map((r) => `${r.label} ${r.value}${markOf(r) ? `（${markOf(r)}）` : ''}`).join('; ')}`}>
        {rows.map((r, i) => (
          <g transform={`translate(0, ${i * row + 1})`} data-standing={r.standing} data-value={r.value}>
            <text x={labelW - 4} y={11} font-size="11" text-anchor="end" fill={r.standing && r.standing !== 'in-time' ? FILL[r.standing] : '#555'}>
              {r.label}
            </text>
            <rect x={labelW} y={2} width={((width - labelW - numW) * r.value) / max} height={row - 5} fill={FILL[r.standing ?? 'in-time']} />
            <text x={labelW + ((width - labelW - numW) * r.value) / max + 4} y={11} font-size="11" fill={r.standing && r.standing !== 'in-time' && r.value > 0 ? FILL[r.standing] : '#333'}>
              {r.value}
              {r.value > 0 && markOf(r) ? ` ${markOf(r)}` : ''}
            </text>
          </g>
        ))}
        {lineAfter !== undefined && (
          <g class="deadline-line" data-testid="deadline-line">
            <line x1={0} x2={width} y1={(lineAfter + 1) * row + 0.5} y2={(lineAfter + 1) * row + 0.5} stroke="#c9302c" stroke-dasharray="4 3" />
            <title>{msg('liaison.chart.deadline', { n: PUBLISH_WITHIN_WORKING_DAYS })}</title>
          </g>
        )}
      </svg>
      {lineAfter !== undefined && <p class="chart-note">{msg('liaison.chart.deadlineNote', { n: PUBLISH_WITHIN_WORKING_DAYS })}</p>}
    </figure>
  );
}

export function Charts({ charts, department, names }: { charts: ChartData; department: string; names: Map<string, string> }) {
  const perMonth = charts.perMonth.map((m) => ({ label: msg('liaison.month', { m: Number(m.month.slice(5)) }), value: department ? (m.byDepartment[department] ?? 0) : m.total }));
  const perDep = charts.perDepartment.filter((d) => !department || d.departmentId === department).map((d) => ({ label: names.get(d.departmentId) ?? d.departmentId, value: d.checks }));
  const delay = charts.publicationDelay.map((b) => ({ label: b.bin === 'unpublished' ? msg('liaison.unpublished') : msg('liaison.workingDays', { n: b.bin }), value: b.count, standing: delayStanding(b.bin) }));
  // The line under the last bin within the deadline (16–20 working days).
  const lastInTime = delay.reduce((last, r, i) => (r.standing === 'in-time' ? i : last), -1);
  return (
    <section class="charts" data-testid="liaison-charts">
      <Bars caption={msg('liaison.chart.perMonth')} rows={perMonth} />
      <Bars caption={msg('liaison.chart.perDepartment')} rows={perDep} />
      <Bars caption={msg('liaison.chart.delay')} rows={delay} lineAfter={lastInTime >= 0 ? lastInTime : undefined} testid="delay-chart" />
    </section>
  );
}
