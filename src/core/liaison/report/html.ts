import type { LiaisonView } from '../view';
import { RULE_TITLES, type LiaisonRuleId } from '../rules';
import { basisText, cellText, COLOUR_LABEL, DEADLINE_LABEL, ROLE_LABEL, SUBJECT_LABEL } from './labels';
import { reportHeader } from './header';
import { escapeHtml as e } from './safe';

const title = (ruleId: string) => RULE_TITLES[ruleId as LiaisonRuleId]?.zh ?? ruleId;

/** A horizontal bar chart as SVG text; every label escaped. */
export function barsSvg(rows: Array<{ label: string; value: number }>, opts: { width?: number; caption: string }): string {
  const w = opts.width ?? 520, bar = 18, gap = 6, labelW = 130;
  const max = Math.max(1, ...rows.map((r) => r.value));
  const h = rows.length * (bar + gap) + 24;
  const bars = rows
    .map((r, i) => {
      const y = 20 + i * (bar + gap);
      const len = Math.round(((w - labelW - 40) * r.value) / max);
      return `<text x="${labelW - 6}" y="${y + 13}" text-anchor="end">${e(r.label)}</text><rect x="${labelW}" y="${y}" width="${len}" height="${bar}" fill="#3b6fb6"/><text x="${labelW + len + 4}" y="${y + 13}">${r.value}</text>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${e(opts.caption)}" width="${w}" height="${h}" font-size="12" font-family="sans-serif"><text x="0" y="12" font-weight="bold">${e(opts.caption)}</text>${bars}</svg>`;
}

const CSS = `
body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC",sans-serif;margin:24px;color:#222}
h1{font-size:20px}h2{font-size:16px;margin-top:24px;border-bottom:1px solid #999}
table{border-collapse:collapse;margin:8px 0;font-size:12px}th,td{border:1px solid #999;padding:3px 6px;vertical-align:top}
th{background:#eee}.red{background:#f4c7c3}.amber{background:#fce8b2}.green{background:#d9ead3}.grey{background:#f3f3f3;color:#777}
.meta td:first-child{font-weight:bold;white-space:nowrap}.cite{color:#555;font-size:11px}.charts svg{margin:8px 16px 8px 0}
@media print{body{margin:0}h2{break-after:avoid}table,svg{break-inside:avoid}.noprint{display:none}@page{size:A4 landscape;margin:12mm}}`;

/** The liaison report as a printable HTML page for the joint meeting office; all data escaped. */
export function liaisonHtml(view: LiaisonView, opts: { generatedAt: string; departmentId?: string }): string {
  const m = view.matrix;
  const deps = opts.departmentId ? m.departments.filter((d) => d.id === opts.departmentId) : m.departments;
  const depIds = new Set(deps.map((d) => d.id));
  const meta = reportHeader(view, opts.generatedAt, opts.departmentId).map(([k, v]) => `<tr><td>${e(k)}</td><td>${e(v)}</td></tr>`).join('');
  const head = `<tr><th>部门</th>${m.rules.map((r) => `<th title="${e(r.ruleId)}">${e(title(r.ruleId))}</th>`).join('')}</tr>`;
  const body = deps
    .map((d) => `<tr><th>${e(d.name)}</th>${m.rules.map((r) => { const c = m.cells[d.id][r.ruleId]; return `<td class="${c.colour}">${e(cellText(c))}</td>`; }).join('')}</tr>`)
    .join('');
  const legend = Object.entries(COLOUR_LABEL).map(([k, l]) => `<span class="${k}">&nbsp;${e(l.mark)} ${e(l.zh)} / ${e(l.en)}&nbsp;</span>`).join(' ');
  const deadlines = view.deadlines.filter((x) => x.departments.some((id) => depIds.has(id)));
  const dl = deadlines.length
    ? `<table><tr><th>日期</th><th>剩余工作日</th><th>类型</th><th>事项</th><th>部门</th></tr>${deadlines.map((x) => `<tr><td>${e(x.date)}</td><td>${x.workingDaysLeft}</td><td>${e(DEADLINE_LABEL[x.kind].zh)}</td><td>${e(x.label)}</td><td>${e(x.departments.join('、'))}</td></tr>`).join('')}</table>`
    : '<p>（无）</p>';
  const details = m.rules
    .map((r) => {
      const rows = deps.flatMap((d) => m.cells[d.id][r.ruleId].subjects.map((s) => `<tr><td>${e(d.name)}</td><td>${e(ROLE_LABEL[s.role])}</td><td>${e(SUBJECT_LABEL[s.subject.kind] ?? s.subject.kind)} ${e(s.subject.id)}</td><td>${e(s.subject.label ?? '')}</td><td>${s.status === 'fail' ? '不合规' : '数据不足'}</td><td>${e(s.finding.message.zh)}</td></tr>`));
      if (!rows.length) return '';
      const cite = r.citations.map((c) => `${e(c.file.replace(/\.txt$/, ''))} ${e(c.section)}「${e(c.quote)}」`).join('；');
      return `<h3>${e(title(r.ruleId))} <small>${e(r.ruleId)}</small></h3><p class="cite">依据: ${cite}</p>${basisText(r).map((l) => `<p class="basis">${e(l)}</p>`).join('')}<table><tr><th>部门</th><th>角色</th><th>对象</th><th>名称</th><th>结论</th><th>说明</th></tr>${rows.join('')}</table>`;
    })
    .join('');
  const c = view.charts;
  const charts = [
    barsSvg(c.perMonth.map((x) => ({ label: x.month, value: x.total })), { caption: '每月检查户次 / checks per month' }),
    barsSvg(c.perDepartment.filter((x) => depIds.has(x.departmentId)).map((x) => ({ label: m.departments.find((d) => d.id === x.departmentId)?.name ?? x.departmentId, value: x.checks })), { caption: '各部门检查户次 / checks per department' }),
    barsSvg(c.publicationDelay.map((x) => ({ label: x.bin === 'unpublished' ? '未公示' : `${x.bin} 个工作日`, value: x.count })), { caption: '检查至公示的工作日 / publication delay' }),
  ].join('');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${e(`${m.year} 年度双随机抽查合规情况`)}</title><style>${CSS}</style></head><body>
<h1>${e(`${m.year} 年度“双随机、一公开”抽查合规情况`)}</h1>
<table class="meta">${meta}</table>
<h2>合规情况一览 / compliance by department</h2><table>${head}${body}</table><p>${legend}</p>
<h2>未来 20 个工作日内的期限（至 ${e(view.deadlinesUntil)}）</h2>${dl}
<h2>图表 / charts</h2><div class="charts">${charts}</div>
<h2>明细 / details</h2>${details || '<p>（无）</p>'}
</body></html>`;
}
