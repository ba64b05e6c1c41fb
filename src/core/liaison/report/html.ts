import type { LiaisonView } from '../view';
import { RULE_TITLES, type LiaisonRuleId } from '../rules';
import { basisText, cellText, COLOUR_LABEL, DEADLINE_LABEL, ROLE_LABEL, SUBJECT_LABEL } from './labels';
import { reportHeader } from './header';
import { escapeHtml as e } from './safe';
import { lang, msg } from '../../../i18n';
import { citationLine } from '../../../i18n/cite';
import { formatDate } from '../../../i18n/time';
import { delayStanding, PUBLISH_WITHIN_WORKING_DAYS } from '../charts';

const title = (ruleId: string) => RULE_TITLES[ruleId as LiaisonRuleId]?.[lang()] ?? ruleId;
const zhOrEn = (x: { zh: string; en: string }) => x[lang()];

/** A horizontal bar chart as SVG text; every label escaped. */
export function barsSvg(rows: Array<{ label: string; value: number; standing?: 'in-time' | 'late' | 'unpublished' }>, opts: { width?: number; caption: string; lineAfter?: number }): string {
  const w = opts.width ?? 520, bar = 18, gap = 6, labelW = 130;
  const max = Math.max(1, ...rows.map((r) => r.value));
  const h = rows.length * (bar + gap) + 24;
  const bars = rows
    .map((r, i) => {
      const y = 20 + i * (bar + gap);
      const len = Math.round(((w - labelW - 40) * r.value) / max);
      const fill = r.standing === 'late' ? '#c9302c' : r.standing === 'unpublished' ? '#8a5a00' : '#3b6fb6';
      const mark = r.value > 0 && r.standing === 'late' ? ` ${msg('liaison.chart.late')}` : r.value > 0 && r.standing === 'unpublished' ? ` ${msg('liaison.chart.notPublished')}` : '';
      return `<text x="${labelW - 6}" y="${y + 13}" text-anchor="end">${e(r.label)}</text><rect x="${labelW}" y="${y}" width="${len}" height="${bar}" fill="${fill}" data-standing="${r.standing ?? ''}"/><text x="${labelW + len + 4}" y="${y + 13}">${r.value}${e(mark)}</text>`;
    })
    .join('');
  // The deadline as a dashed line under the last bar within it, named beside it.
  const line =
    opts.lineAfter === undefined
      ? ''
      : (() => {
          const y = 20 + (opts.lineAfter + 1) * (bar + gap) - gap / 2;
          return `<line class="deadline-line" x1="0" x2="${w}" y1="${y}" y2="${y}" stroke="#c9302c" stroke-dasharray="4 3"/><text x="${w}" y="${y - 2}" text-anchor="end" fill="#c9302c" font-size="11">${e(msg('liaison.chart.deadline', { n: PUBLISH_WITHIN_WORKING_DAYS }))}</text>`;
        })();
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${e(opts.caption)}" width="${w}" height="${h}" font-size="12" font-family="sans-serif"><text x="0" y="12" font-weight="bold">${e(opts.caption)}</text>${bars}${line}</svg>`;
}

const CSS = `
body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC",sans-serif;margin:24px;color:#222}
h1{font-size:20px}h2{font-size:16px;margin-top:24px;border-bottom:1px solid #999}
table{border-collapse:collapse;margin:8px 0;font-size:12px}th,td{border:1px solid #999;padding:3px 6px;vertical-align:top}
th{background:#eee}.red{background:#f4c7c3}.amber{background:#fce8b2}.green{background:#d9ead3}.grey{background:#f3f3f3;color:#777}
.meta td:first-child{font-weight:bold;white-space:nowrap}.submit-block{width:100%;font-size:14px;margin:4px 0 12px}.submit-block th{width:6em;white-space:nowrap}.submit-block .blank{display:inline-block;min-width:10em}.cite{color:#555;font-size:11px}.charts svg{margin:8px 16px 8px 0}
@media print{body{margin:0}h2{break-after:avoid}table,svg{break-inside:avoid}.noprint{display:none}@page{size:A4 landscape;margin:12mm}}`;

/** The liaison report as a printable HTML page for the joint meeting office; all data escaped. */
/** Who submits the printed report (the header block a joint-meeting office files it by); blank lines are left to sign by hand. */
export interface Submitter {
  unit?: string;
  officer?: string;
}

/** The header block of the printed report: 报送单位, 联络员 and the date (the day in Beijing it was made). */
function submitBlock(generatedAt: string, who: Submitter = {}): string {
  const cell = (v?: string) => (v?.trim() ? e(v.trim()) : '<span class="blank"></span>');
  return `<table class="submit-block" data-block="submit"><tr><th>${e(msg('liaison.submit.unit'))}</th><td data-field="unit">${cell(who.unit)}</td><th>${e(msg('liaison.submit.officer'))}</th><td data-field="officer">${cell(who.officer)}</td><th>${e(msg('liaison.submit.date'))}</th><td data-field="date">${e(formatDate(generatedAt))}</td></tr></table>`;
}

export function liaisonHtml(view: LiaisonView, opts: { generatedAt: string; departmentId?: string; submitter?: Submitter }): string {
  const m = view.matrix;
  const deps = opts.departmentId ? m.departments.filter((d) => d.id === opts.departmentId) : m.departments;
  const depIds = new Set(deps.map((d) => d.id));
  const meta = reportHeader(view, opts.generatedAt, opts.departmentId).map(([k, v]) => `<tr><td>${e(k)}</td><td>${e(v)}</td></tr>`).join('');
  const head = `<tr><th>${e(msg('liaisonReport.col.department'))}</th>${m.rules.map((r) => `<th title="${e(r.ruleId)}">${e(title(r.ruleId))}</th>`).join('')}</tr>`;
  const body = deps
    .map((d) => `<tr><th>${e(d.name)}</th>${m.rules.map((r) => { const c = m.cells[d.id][r.ruleId]; return `<td class="${c.colour}">${e(cellText(c))}</td>`; }).join('')}</tr>`)
    .join('');
  const legend = Object.entries(COLOUR_LABEL).map(([k, l]) => `<span class="${k}">&nbsp;${e(l.mark)} ${e(zhOrEn(l))}&nbsp;</span>`).join(' ');
  const deadlines = view.deadlines.filter((x) => x.departments.some((id) => depIds.has(id)));
  const dl = deadlines.length
    ? `<table><tr>${['date', 'daysLeft', 'kind', 'what', 'department'].map((k) => `<th>${e(msg(`liaisonReport.col.${k}` as 'liaisonReport.col.date'))}</th>`).join('')}</tr>${deadlines.map((x) => `<tr><td>${e(x.date)}</td><td>${x.workingDaysLeft}</td><td>${e(zhOrEn(DEADLINE_LABEL[x.kind]))}</td><td>${e(x.label)}</td><td>${e(x.departments.join('、'))}</td></tr>`).join('')}</table>`
    : `<p>${e(msg('liaisonReport.none'))}</p>`;
  const details = m.rules
    .map((r) => {
      const rows = deps.flatMap((d) => m.cells[d.id][r.ruleId].subjects.map((s) => `<tr><td>${e(d.name)}</td><td>${e(ROLE_LABEL[s.role])}</td><td>${e(SUBJECT_LABEL[s.subject.kind] ?? s.subject.kind)} ${e(s.subject.id)}</td><td>${e(s.subject.label ?? '')}</td><td>${e(s.status === 'fail' ? msg('liaisonReport.fail') : msg('liaisonReport.incomplete'))}</td><td>${e(zhOrEn(s.finding.message))}</td></tr>`));
      if (!rows.length) return '';
      const cite = r.citations.map((c) => e(citationLine(c))).join('；');
      return `<h3 title="${e(r.ruleId)}">${e(title(r.ruleId))}</h3><p class="cite">${e(msg('liaisonReport.basis'))}${cite}</p>${basisText(r).map((l) => `<p class="basis">${e(l)}</p>`).join('')}<table><tr>${['department', 'role', 'subject', 'name', 'verdict', 'message'].map((k) => `<th>${e(msg(`liaisonReport.col.${k}` as 'liaisonReport.col.date'))}</th>`).join('')}</tr>${rows.join('')}</table>`;
    })
    .join('');
  const c = view.charts;
  const charts = [
    barsSvg(c.perMonth.map((x) => ({ label: x.month, value: x.total })), { caption: msg('liaisonReport.chart.perMonth') }),
    barsSvg(c.perDepartment.filter((x) => depIds.has(x.departmentId)).map((x) => ({ label: m.departments.find((d) => d.id === x.departmentId)?.name ?? x.departmentId, value: x.checks })), { caption: msg('liaisonReport.chart.perDepartment') }),
    (() => {
      const rows = c.publicationDelay.map((x) => ({ label: x.bin === 'unpublished' ? msg('liaisonReport.chart.unpublished') : msg('liaisonReport.chart.days', { bin: x.bin }), value: x.count, standing: delayStanding(x.bin) }));
      const lastInTime = rows.reduce((last, r, i) => (r.standing === 'in-time' ? i : last), -1);
      return barsSvg(rows, { caption: msg('liaisonReport.chart.delay'), lineAfter: lastInTime >= 0 ? lastInTime : undefined });
    })(),
  ].join('');
  return `<!doctype html><html lang="${lang() === 'en' ? 'en' : 'zh-CN'}"><head><meta charset="utf-8"><title>${e(msg('liaisonReport.title', { year: m.year }))}</title><style>${CSS}</style></head><body>
<h1>${e(msg('liaisonReport.heading', { year: m.year }))}</h1>
${submitBlock(opts.generatedAt, opts.submitter)}
<table class="meta">${meta}</table>
<h2>${e(msg('liaisonReport.h.matrix'))}</h2><table>${head}${body}</table><p>${legend}</p>
<h2>${e(msg('liaisonReport.h.deadlines', { until: view.deadlinesUntil }))}</h2>${dl}
<h2>${e(msg('liaisonReport.h.charts'))}</h2><div class="charts">${charts}</div>
<h2>${e(msg('liaisonReport.h.details'))}</h2>${details || `<p>${e(msg('liaisonReport.none'))}</p>`}
</body></html>`;
}
