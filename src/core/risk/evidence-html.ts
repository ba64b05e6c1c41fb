/**
 * The evidence file as a printable HTML document (self-contained, no script) in the reader's language,
 * from the message catalogue: the clause cited as staff cite it, the time in Beijing time, the profile
 * and the page by name, rule ids only behind 详情. Every value from the page or the user is escaped.
 */
import type { Evidence } from './evidence';
import { citationSource, quoteText, riskInWords } from '../../i18n/cite';
import { lang, msg, type MessageKey } from '../../i18n';
import { profileName } from '../../i18n/profile-name';
import { formatDateTime } from '../../i18n/time';

const esc = (v: unknown) => String(v ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const known = (key: string, fallback: string) => (msg(key as MessageKey) === key ? fallback : msg(key as MessageKey));
/** The user's data and codes: not words of this page (translate="no"). */
const data = (v: unknown, tag = 'span') => `<${tag} translate="no">${esc(v)}</${tag}>`;

function findingRows(e: Evidence): string {
  if (!e.findings.length) return `<p>${esc(msg('evidenceFile.noFindings'))}</p>`;
  const head = ['evidenceFile.col.message', 'evidenceFile.col.status', 'evidenceFile.col.severity', 'evidenceFile.col.risk'].map((k) => `<th>${esc(msg(k as MessageKey))}</th>`).join('');
  const rows = e.findings.map((f) => {
    const risks = f.risk.map((r) => riskInWords(r)).map((r) => `<span title="${esc(r.tooltip)}">${esc(r.text)}</span>`).join('；') || '—';
    const message = lang() === 'en' ? f.en : f.zh;
    return `<tr class="${esc(f.status)}"><td>${esc(message)}<details><summary>${esc(msg('findings.details'))}</summary>${esc(msg('findings.ruleId'))}：<code>${esc(f.ruleId)}</code></details></td><td>${esc(known(`evidenceFile.status.${f.status}`, f.status))}</td><td>${esc(known(`findings.group.${f.severity}`, f.severity))}</td><td>${risks}</td></tr>`;
  });
  return `<table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

export function renderEvidenceHtml(e: Evidence): string {
  const rows = e.items
    .map((i) => `<tr class="${esc(i.status)}"><td>${esc(msg(`evidenceFile.kind.${i.kind}` as MessageKey))}</td><td>${esc(msg(`evidenceFile.item.${i.status}` as MessageKey))}</td><td>${esc(lang() === 'en' ? i.en : i.zh)}</td></tr>`)
    .join('');
  const exemption = riskInWords(e.exemptionCase);
  const kind = known(`pageKind.${e.page.kind}`, e.page.kind);
  return `<!doctype html>
<html lang="${lang() === 'en' ? 'en' : 'zh-CN'}"><head><meta charset="utf-8"><title>${esc(msg('evidenceFile.title'))}</title>
<style>
body{font:14px/1.6 "Microsoft YaHei","PingFang SC","Noto Sans CJK SC","WenQuanYi Zen Hei",sans-serif;margin:24px;color:#222}
h1{font-size:20px;margin:0 0 4px}h2{font-size:16px;margin:20px 0 4px}table{border-collapse:collapse;width:100%;margin:12px 0}
td,th{border:1px solid #999;padding:4px 8px;text-align:left;vertical-align:top}th{background:#f3f3f4}small{color:#555}
tr.present td:nth-child(2){color:#1a7f37}tr.absent td:nth-child(2),tr.fail td:nth-child(2){color:#c0392b}
blockquote{margin:8px 0;padding:4px 12px;border-left:3px solid #999;color:#333}
details{color:#666;font-size:12px}summary{cursor:pointer}
.meta{color:#555}.url{color:#555;font-size:12px;word-break:break-all}code{font-size:12px}@media print{body{margin:0}details{display:none}}
</style></head><body>
<h1>${esc(msg('evidenceFile.title'))}</h1>
<p class="meta">${esc(msg('evidenceFile.meta', { time: formatDateTime(e.generatedAt), profile: profileName(e.profile) }))}</p>
<p><strong>${esc(exemption.kind)}</strong>：<span title="${esc(exemption.tooltip)}">${esc(exemption.text)}</span></p>
<blockquote>「${esc(quoteText(e.citation.quote))}」<br><small>${esc(citationSource(e.citation))}</small></blockquote>
<p>${esc(msg('evidenceFile.page', { title: e.page.title ?? '', kind }))}<br><small class="url" translate="no">${esc(e.page.url)}</small></p>
<table><thead><tr><th>${esc(msg('evidenceFile.col.evidence'))}</th><th>${esc(msg('evidenceFile.col.itemStatus'))}</th><th>${esc(msg('evidenceFile.col.detail'))}</th></tr></thead><tbody>${rows}</tbody></table>
<h2>${esc(msg('evidenceFile.findings'))}</h2>
<p>${esc(msg('evidenceFile.findingsNote', { n: e.rulesPassed }))}</p>
${findingRows(e)}
<p class="meta">${esc(msg('evidenceFile.audit', { n: e.audit?.length ?? '—' }))}${e.audit?.headHash ? `<br>${esc(msg('evidenceFile.auditHead'))}：${data(e.audit.headHash, 'code')}` : ''}<br>${esc(msg('evidenceFile.hash'))}：${data(e.hash, 'code')}</p>
</body></html>`;
}
