/**
 * The rule explorer's data: every rule of a profile with its explanation, its parameters and where
 * each value comes from, its clauses in context, its risk tags, and a passing and a failing example
 * judged live by the rule itself. Pure: the policy texts are passed in (read from disk in the helper
 * and the sandbox, bundled in the extension).
 */
import { chinaCalendar } from '../core/calendar';
import { Dossier, type Bilingual, type DossierInput } from '../core/model';
import type { ResolvedProfile, ValueOrigin } from '../core/profiles';
import { provenanceBoth } from '../i18n/provenance';
import { READING_LABEL, SEVERITY_BASIS, type SeverityBasis } from '../core/rules/severity-wording';
import { runRule, toFinding } from '../core/rules/evaluate';
import type { Citation, Finding, PolicyFile, RiskTag, RuleScope, Severity } from '../core/rules/types';
import { clauseInContext, type ClauseInContext } from './clause';
import { RULE_EXAMPLES, type RuleExample } from './examples';

export type PolicyTexts = Record<PolicyFile, string>;
/** The built-in texts, and a user profile's own document by its id when there is one. */
export type ExplorerTexts = PolicyTexts & Record<string, string>;

export interface ExplorerParam {
  name: string;
  value: unknown;
  /** The profile layer that set the value (baseline, a jurisdiction, the user's overrides). */
  profile?: string;
  /** Own text, borrowed from another jurisdiction's text, or the user's override. */
  origin?: ValueOrigin;
  /** 借用自《…》第…部分 / 本地文件《…》第…部分 */
  provenance?: Bilingual;
  source?: Citation & { context: ClauseInContext };
  note?: string;
}

export interface JudgedExample {
  case: 'pass' | 'fail';
  description: Bilingual;
  dossier: DossierInput;
  asOf: string;
  /** What the rule says of it now: pass when every outcome passes, fail when any fails. */
  verdict: 'pass' | 'fail' | 'incomplete' | 'inapplicable';
  findings: Finding[];
}

export interface ExplorerRule {
  id: string;
  scope: RuleScope;
  severity: Severity;
  /** The profile that changed the rule's own severity. */
  severitySetBy?: { profile: string; ruleDefault: Severity };
  /** The words of the quote that set the rule's own severity, and how they read. */
  severityWords?: SeverityBasis & { label: Bilingual };
  enabled: boolean;
  risk: RiskTag[];
  docs: Bilingual;
  params: ExplorerParam[];
  citations: Array<Citation & { context: ClauseInContext }>;
  examples: JudgedExample[];
}

export const SCOPE_LABEL: Record<RuleScope, Bilingual> = {
  plan: { zh: '抽查计划', en: 'plan' },
  task: { zh: '抽查任务', en: 'task' },
  strategy: { zh: '抽取策略', en: 'strategy' },
  result: { zh: '抽查结果', en: 'result' },
  annual: { zh: '年度情况', en: 'year' },
  registry: { zh: '名录库', en: 'registry' },
};

/** Judge an example with the rule and the profile's parameters, as the product would. */
export function judgeExample(rule: ResolvedProfile['rules'][number], ex: RuleExample, kind: 'pass' | 'fail'): JudgedExample {
  const dossier = Dossier.parse(ex.dossier);
  const asOf = ex.asOf ?? dossier.asOf ?? '2026-06-01';
  const outcomes = runRule(rule.rule, rule.params, dossier, asOf, chinaCalendar());
  const findings = outcomes.filter((o) => o.status !== 'pass').map((o) => toFinding(rule.rule, rule.severity, o));
  const verdict = !outcomes.length ? 'inapplicable' : findings.some((f) => f.status === 'fail') ? 'fail' : findings.length ? 'incomplete' : 'pass';
  return { case: kind, description: ex.description, dossier: ex.dossier, asOf, verdict, findings };
}

export function explorerRules(profile: ResolvedProfile, texts: PolicyTexts | ExplorerTexts): ExplorerRule[] {
  const inContext = (c: Citation) => ({ ...c, context: clauseInContext((texts as Record<string, string>)[c.file] ?? '', c.quote) });
  return profile.rules.map((r) => {
    const shape = (r.rule.meta.params as unknown as { shape?: Record<string, unknown> }).shape ?? {};
    const values = (r.params ?? {}) as Record<string, unknown>;
    const params = Object.keys(shape).map((name): ExplorerParam => {
      const s = r.paramSources[name];
      return {
        name,
        value: values[name],
        profile: s?.profile,
        origin: s?.origin,
        provenance: s ? provenanceBoth(s, profile.documents) : undefined,
        source: s?.source ? inContext(s.source as Citation) : undefined,
        note: s?.note,
      };
    });
    const ex = RULE_EXAMPLES[r.rule.meta.id];
    const examples = ex ? [judgeExample(r, ex.pass, 'pass'), judgeExample(r, ex.fail, 'fail')] : [];
    return {
      id: r.rule.meta.id,
      scope: r.rule.meta.scope,
      severity: r.severity,
      ...(r.severitySetBy ? { severitySetBy: r.severitySetBy } : {}),
      ...(SEVERITY_BASIS[r.rule.meta.id] ? { severityWords: { ...SEVERITY_BASIS[r.rule.meta.id], label: READING_LABEL[SEVERITY_BASIS[r.rule.meta.id].reading] } } : {}),
      enabled: r.enabled,
      risk: r.rule.meta.risk,
      docs: r.rule.meta.docs,
      params,
      citations: r.rule.meta.citations.map(inContext),
      examples,
    };
  });
}

/** Search over id, explanations, tags, parameters and quotes; every word must match (case-insensitive). */
export function searchRules(rules: ExplorerRule[], query: string): ExplorerRule[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return rules;
  return rules.filter((r) => {
    const hay = [r.id, r.scope, r.severity, r.docs.zh, r.docs.en, ...r.risk, SCOPE_LABEL[r.scope].zh, ...r.params.map((p) => `${p.name} ${JSON.stringify(p.value)}`), ...r.citations.map((c) => `${c.file} ${c.section} ${c.quote}`)]
      .join(' ')
      .toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}
