/**
 * The evidence file as a printable HTML document (self-contained, no script): every value from the
 * page or the user is escaped.
 */
import type { Evidence } from './evidence';

const esc = (v: unknown) => String(v ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const STATUS = { present: ['具备', 'present'], absent: ['缺失或不符', 'absent'], elsewhere: ['不在本页', 'not on this page'] } as const;
const KIND = {
  'plan-compliant': ['计划、任务、策略合规', 'plan, task, strategy compliant'],
  'draw-record': ['抽取记录', 'draw record'],
  'check-record': ['检查记录', 'check record'],
  publication: ['按时公示', 'published in time'],
} as const;

export function renderEvidenceHtml(e: Evidence): string {
  const rows = e.items
    .map((i) => `<tr class="${esc(i.status)}"><td>${esc(KIND[i.kind][0])}<br><small>${esc(KIND[i.kind][1])}</small></td><td>${esc(STATUS[i.status][0])}<br><small>${esc(STATUS[i.status][1])}</small></td><td>${esc(i.zh)}<br><small>${esc(i.en)}</small></td></tr>`)
    .join('');
  const findings = e.findings.length
    ? `<table><thead><tr><th>规则 rule</th><th>结果 status</th><th>级别 severity</th><th>追责 risk</th><th>说明 message</th></tr></thead><tbody>${e.findings
        .map((f) => `<tr><td><code>${esc(f.ruleId)}</code></td><td>${esc(f.status)}</td><td>${esc(f.severity)}</td><td>${esc(f.risk.join(' '))}</td><td>${esc(f.zh)}<br><small>${esc(f.en)}</small></td></tr>`)
        .join('')}</tbody></table>`
    : '<p>本页无规则发现。No findings on this page.</p>';
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>免责证据 / Exemption evidence</title>
<style>
body{font:14px/1.6 "Microsoft YaHei","WenQuanYi Zen Hei",sans-serif;margin:24px;color:#222}
h1{font-size:20px;margin:0 0 4px}table{border-collapse:collapse;width:100%;margin:12px 0}
td,th{border:1px solid #999;padding:4px 8px;text-align:left;vertical-align:top}small{color:#555}
tr.present td:nth-child(2){color:#1a7f37}tr.absent td:nth-child(2){color:#c0392b}
blockquote{margin:8px 0;padding:4px 12px;border-left:3px solid #999;color:#333}
.meta{color:#555}code{font-size:12px}@media print{body{margin:0}}
</style></head><body>
<h1>“双随机、一公开”监管免责证据（免责情形 ${esc(e.exemptionCase)}）</h1>
<p class="meta">Evidence for exemption case ${esc(e.exemptionCase)} · 生成于 generated ${esc(e.generatedAt)} · 规则配置 profile ${esc(e.profile)}</p>
<blockquote>${esc(e.citation.quote)}<br><small>${esc(e.citation.file)} ${esc(e.citation.section)}</small></blockquote>
<p>页面 page: ${esc(e.page.title ?? '')} (${esc(e.page.kind)})<br><small>${esc(e.page.url)}</small></p>
<table><thead><tr><th>证据 evidence</th><th>状态 status</th><th>说明 detail</th></tr></thead><tbody>${rows}</tbody></table>
<h2>规则检查 Rule findings</h2>
<p>通过 passed: ${esc(e.rulesPassed)}</p>
${findings}
<p class="meta">审计日志 audit log: ${esc(e.audit?.length ?? '—')} 条 entries, head ${esc(e.audit?.headHash ?? '—')}<br>SHA-256: <code>${esc(e.hash)}</code></p>
</body></html>`;
}
