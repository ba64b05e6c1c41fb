import type { Report } from '../core/rules/evaluate';
import type { Finding } from '../core/rules/types';
import { msg, pick, withLang, type MessageKey } from '../i18n';
import { citationLine, riskInWords } from '../i18n/cite';
import { fieldLabel } from '../i18n/field-label';
import { profileName } from '../i18n/profile-name';
import { basisLine, severityChangeText } from '../i18n/provenance';
import type { ResolvedProfile } from '../core/profiles';
import type { Lang } from './io';

const MARK = { error: '✖', warn: '⚠', info: 'ℹ', incomplete: '?' } as const;

function subjectTitle(f: Finding): string {
  const s = f.subject;
  const kind = `subject.${s.kind}`;
  return `${msg(kind as MessageKey)} ${s.id}${s.label ? `「${s.label}」` : ''}`;
}

/** Findings grouped by what they are about, most severe first, with the fields by name, the clause cited and the cases in words. */
/** `profile` (the resolved one) names a user's own profile and its document; a built-in is known by its id. */
export function formatReport(report: Report, lang: Lang, title?: string, profile?: Pick<ResolvedProfile, 'name' | 'documents'>): string {
  return withLang(lang, () => reportLines(report, title, profile));
}

function reportLines(report: Report, title: string | undefined, profile?: Pick<ResolvedProfile, 'name' | 'documents'>): string {
  const documents = profile?.documents ?? [];
  const out: string[] = [];
  if (title) out.push(title);
  out.push(msg('cli.profileLine', { profile: profile?.name ? pick(profile.name) : profileName(report.profile), asOf: report.asOf }));
  const groups = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const key = subjectTitle(f);
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  if (!groups.size) out.push(`  ${msg('findings.none')}`);
  for (const [subject, findings] of groups) {
    out.push('', subject);
    for (const f of findings) {
      const kind = f.status === 'incomplete' ? 'incomplete' : f.severity;
      out.push(`  ${MARK[kind]} ${msg(`cli.sev.${kind}`)} ${f.ruleId}  ${pick(f.message)}`);
      if (f.fields.length) out.push(`      ${msg('cli.fields')}：${[...new Set(f.fields.map((p) => fieldLabel(p)))].join('、')}`);
      out.push(`      ${msg('cli.cites')}：${citationLine(f.citations[0])}`);
      // The values judged by, and where each comes from: a borrowed one says so (借用自《…》).
      for (const b of f.basis ?? []) out.push(`      ${basisLine(b, documents)}`);
      if (f.severitySetBy) out.push(`      ${severityChangeText(f.severitySetBy)}`);
      for (const r of f.risk) {
        const w = riskInWords(r);
        out.push(`      ${w.kind}：${w.text}（${r}）`);
      }
    }
  }
  const c = report.counts;
  out.push('', msg('cli.total', { ...c }));
  return out.join('\n');
}

