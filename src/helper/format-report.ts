import type { Report } from '../core/rules/evaluate';
import type { Finding } from '../core/rules/types';
import type { Lang } from './io';
import { provenanceText, severityChangeText, type PolicyDocument } from '../core/profiles';

const LABELS = {
  zh: { error: '错误', warn: '警告', info: '提示', incomplete: '数据不足', fields: '字段', cites: '依据', risk: '追责/免责', total: '合计', passed: '通过', profile: '规则配置', asOf: '检查日期', none: '未发现问题', value: '取值' },
  en: { error: 'error', warn: 'warning', info: 'info', incomplete: 'not enough data', fields: 'fields', cites: 'cites', risk: 'risk', total: 'total', passed: 'passed', profile: 'profile', asOf: 'as of', none: 'no findings', value: 'value' },
} as const;

const MARK = { error: '✖', warn: '⚠', info: 'ℹ', incomplete: '?' } as const;

function subjectTitle(f: Finding): string {
  const s = f.subject;
  return `${s.kind} ${s.id}${s.label ? ` 「${s.label}」` : ''}`;
}

/** Findings grouped by what they are about, most severe first, with field paths and citations. */
export function formatReport(report: Report, lang: Lang, title?: string, documents: readonly PolicyDocument[] = []): string {
  const L = LABELS[lang];
  const out: string[] = [];
  if (title) out.push(title);
  out.push(`${L.profile}: ${report.profile} · ${L.asOf}: ${report.asOf}`);
  const groups = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const key = subjectTitle(f);
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  if (!groups.size) out.push(`  ${L.none}`);
  for (const [subject, findings] of groups) {
    out.push('', subject);
    for (const f of findings) {
      const kind = f.status === 'incomplete' ? 'incomplete' : f.severity;
      out.push(`  ${MARK[kind]} ${L[kind]} ${f.ruleId}  ${f.message[lang]}`);
      if (f.fields.length) out.push(`      ${L.fields}: ${f.fields.join(', ')}`);
      const c = f.citations[0];
      out.push(`      ${L.cites}: ${c.file.replace(/\.txt$/, '')} ${c.section} 「${c.quote}」`);
      // The values judged by, and where each comes from: a borrowed one says so (借用自《…》).
      for (const b of f.basis ?? []) out.push(`      ${L.value}: ${b.param} = ${JSON.stringify(b.value)} · ${provenanceText(b, lang, documents)}`);
      if (f.severitySetBy) out.push(`      ${severityChangeText(f.severitySetBy, lang)}`);
      if (f.risk.length) out.push(`      ${L.risk}: ${f.risk.join(', ')}`);
    }
  }
  const c = report.counts;
  out.push(
    '',
    `${L.total}: ${c.error} ${L.error}, ${c.warn} ${L.warn}, ${c.info} ${L.info}, ${c.incomplete} ${L.incomplete}, ${c.passed} ${L.passed}`,
  );
  return out.join('\n');
}
