/**
 * Where a profile's value comes from, in words: 本地文件《标题》（文号）第…部分 for the jurisdiction's
 * own text, 借用自《…》第…部分（长春市朝阳区） for a value taken from another jurisdiction's text,
 * 用户覆盖 for the user's hand-set overrides. The quote is not repeated here (the clause shows it).
 */
import { citeTitle, documentOf, type PolicyDocument } from '../core/profiles/documents';
import type { Provenance } from '../core/profiles/provenance';
import type { ValueOrigin } from '../core/profiles/resolve';
import { sectionInWords } from './cite';
import { lang, msg, pick, withLang, type Lang } from './index';
import { profileName } from './profile-name';
import { paramLabel, paramValue } from './param-label';
import type { FindingBasis } from '../core/rules/types';

export function provenanceText(p: Provenance, documents: readonly PolicyDocument[] = [], inLang: Lang = lang()): string {
  const doc = p.source ? documentOf(p.source.file, documents) : undefined;
  const source = doc && p.source ? `${citeTitle(doc)}${sectionInWords(p.source.section, inLang)}` : '';
  if (p.origin === 'own') return msg('provenance.own', { source }, inLang);
  if (p.origin === 'borrowed') return msg('provenance.borrowed', { source, place: doc ? pick(doc.place, inLang) : '' }, inLang);
  if (p.origin === 'override') return msg('provenance.override', undefined, inLang);
  return msg('provenance.unsourced', undefined, inLang);
}

/** Both languages at once, for JSON and the explorer's data. */
export const provenanceBoth = (p: Provenance, documents: readonly PolicyDocument[] = []) => ({ zh: provenanceText(p, documents, 'zh'), en: provenanceText(p, documents, 'en') });

/** The short mark beside a value: 本地 / 借用 / 覆盖 / 无出处. */
export const originLabel = (origin: ValueOrigin, inLang: Lang = lang()): string => msg(`provenance.origin.${origin}`, undefined, inLang);

/** 严重程度由 X 调整（规则本身：警告）: a severity a profile changed, never silent. */
export function severityChangeText(s: { profile: string; ruleDefault: 'error' | 'warn' | 'info' }, inLang: Lang = lang()): string {
  const who = s.profile === 'overrides' ? msg('provenance.overrides', undefined, inLang) : profileName(s.profile, inLang);
  return msg('provenance.severitySet', { who, severity: msg(`cli.sev.${s.ruleDefault}`, undefined, inLang) }, inLang);
}

/** 取值：上限 = 5 · 借用自《…》第…部分（长春市朝阳区）: a value a finding was judged by, and where it comes from. */
export const basisLine = (b: FindingBasis, documents: readonly PolicyDocument[] = [], inLang: Lang = lang()): string =>
  withLang(inLang, () => msg('provenance.value', { param: paramLabel(b.param), value: paramValue(b.value), provenance: provenanceText(b, documents) }));
