import { citeTitle, documentOf, type PolicyDocument } from './documents';
import type { ValueOrigin } from './resolve';

export interface Provenance {
  origin: ValueOrigin;
  /** The profile layer that set the value. */
  profile: string;
  source?: { file: string; section: string; quote?: string };
}

/**
 * Where a value comes from, as a user reads it: 本地文件《…》 for the jurisdiction's own text,
 * 借用自《…》 for a value taken from another jurisdiction's text, 用户覆盖 for the user's hand-set
 * overrides. The quote is not repeated here (the clause shows it).
 */
export function provenanceText(p: Provenance, lang: 'zh' | 'en', documents: readonly PolicyDocument[] = []): string {
  const doc = p.source ? documentOf(p.source.file, documents) : undefined;
  const where = doc && p.source ? `${citeTitle(doc)}${p.source.section}` : '';
  if (p.origin === 'own') return lang === 'zh' ? `本地文件${where}` : `own text: ${where}`;
  if (p.origin === 'borrowed') return lang === 'zh' ? `借用自${where}（${doc!.place.zh}）` : `borrowed from ${where} (${doc!.place.en})`;
  if (p.origin === 'override') return lang === 'zh' ? '用户覆盖（无出处）' : "the user's override (no clause)";
  return lang === 'zh' ? '无出处' : 'no clause';
}

/** The short mark beside a value: 本地 / 借用 / 覆盖. */
export function originLabel(origin: ValueOrigin, lang: 'zh' | 'en'): string {
  const zh = { own: '本地', borrowed: '借用', override: '覆盖', unsourced: '无出处' } as const;
  const en = { own: 'own', borrowed: 'borrowed', override: 'override', unsourced: 'no clause' } as const;
  return (lang === 'zh' ? zh : en)[origin];
}

const SEVERITY = { zh: { error: '错误', warn: '警告', info: '提示' }, en: { error: 'error', warn: 'warning', info: 'advice' } } as const;

/** "严重程度由 X 调整（规则本身：警告）": a severity a profile changed, never silent. */
export function severityChangeText(s: { profile: string; ruleDefault: 'error' | 'warn' | 'info' }, lang: 'zh' | 'en'): string {
  const who = s.profile === 'overrides' ? (lang === 'zh' ? '用户覆盖' : "the user's overrides") : s.profile;
  return lang === 'zh' ? `严重程度由 ${who} 调整（规则本身：${SEVERITY.zh[s.ruleDefault]}）` : `severity set by ${who} (the rule's own: ${SEVERITY.en[s.ruleDefault]})`;
}
