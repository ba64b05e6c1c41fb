import type { Bilingual, Dossier } from '../model';
import { chinaCalendar, todayInChina, CalendarDataMissing, type WorkingDayCalendar } from '../calendar';
import type { ResolvedProfile, ResolvedRule } from '../profiles/resolve';
import { COMMON_MESSAGES, formatMessage } from './messages';
import { isSharedData } from './date-pair-cache';
import { fieldLabel } from '../../i18n/field-label';
import type { Finding, FindingBasis, Outcome, Rule, Severity, Status } from './types';

export interface RuleReport {
  ruleId: string;
  /** fail if any subject fails, else incomplete if any lacks data, else pass; inapplicable when nothing was in scope. */
  status: Status | 'inapplicable' | 'disabled';
  severity: Severity;
  findings: Finding[];
  passed: number;
}

export interface Report {
  profile: string;
  asOf: string;
  rules: RuleReport[];
  /** Fails and incompletes, most severe first. */
  findings: Finding[];
  counts: { error: number; warn: number; info: number; incomplete: number; passed: number };
}

export interface EvaluateOptions {
  asOf?: string;
  calendar?: WorkingDayCalendar;
}

/** "Not enough data" names the field as staff call it, never the model path. */
function missingMessage(template: typeof COMMON_MESSAGES.missing, data: Outcome['data']) {
  const what = String(data?.what ?? '');
  return { zh: formatMessage(template, { ...data, what: fieldLabel(what, 'zh') }).zh, en: formatMessage(template, { ...data, what: fieldLabel(what, 'en') }).en };
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warn: 1, info: 2 };

/**
 * Outcomes that share their data (rules that decide once per distinct input, e.g. a pair of dates) share
 * their message, written once: a province's year has a million findings and a few thousand distinct ones.
 */
const written = new WeakMap<object, { template: Bilingual; message: Bilingual }>();
function messageFor(template: Bilingual, id: string, data: Outcome['data']): Bilingual {
  const share = !!data && isSharedData(data);
  const hit = share ? written.get(data) : undefined;
  if (hit && hit.template === template) return hit.message;
  const message = id === 'missing' ? missingMessage(template, data) : formatMessage(template, data);
  if (share) written.set(data, { template, message });
  return message;
}

/** Turn one rule outcome into a finding: message text, severity, citations. */
export function toFinding(rule: Rule, severity: Severity, o: Outcome): Finding {
  const id = o.messageId ?? null;
  const template = id ? (rule.meta.messages[id] ?? (COMMON_MESSAGES as Record<string, typeof COMMON_MESSAGES.missing>)[id]) : undefined;
  if (id && !template) throw new Error(`${rule.meta.id}: unknown message id ${id}`);
  return {
    ruleId: rule.meta.id,
    status: o.status,
    severity,
    risk: rule.meta.risk,
    messageId: id,
    message: template ? messageFor(template, id!, o.data) : rule.meta.docs,
    fields: o.fields ?? [],
    subject: o.subject,
    citations: rule.meta.citations,
  };
}

/** The values a resolved rule judges by, with their provenance, for its findings. */
export function basisOf(r: Pick<ResolvedRule, 'paramSources'>): FindingBasis[] {
  return Object.entries(r.paramSources).map(([param, s]) => ({
    param,
    value: s.value,
    origin: s.origin,
    profile: s.profile,
    ...(s.source ? { source: { file: s.source.file, section: s.source.section, quote: s.source.quote } } : {}),
  }));
}

/** Run one rule, turning a calendar gap into an explicit "incomplete" instead of a crash or a pass. */
export function runRule(rule: Rule, params: unknown, dossier: Dossier, asOf: string, calendar: WorkingDayCalendar): Outcome[] {
  try {
    return rule.check({ dossier, params, asOf, calendar });
  } catch (e) {
    if (e instanceof CalendarDataMissing)
      return [{ status: 'incomplete', messageId: 'calendarMissing', data: { year: e.year }, subject: { kind: 'dossier', id: 'calendar' } }];
    throw e;
  }
}

/** Evaluate every enabled rule of a resolved profile over a dossier. */
export function evaluate(dossier: Dossier, profile: ResolvedProfile, opts: EvaluateOptions = {}): Report {
  const asOf = opts.asOf ?? dossier.asOf ?? todayInChina();
  const calendar = opts.calendar ?? chinaCalendar();
  const rules: RuleReport[] = [];
  const findings: Finding[] = [];
  const counts = { error: 0, warn: 0, info: 0, incomplete: 0, passed: 0 };
  for (const r of profile.rules) {
    if (!r.enabled) {
      rules.push({ ruleId: r.rule.meta.id, status: 'disabled', severity: r.severity, findings: [], passed: 0 });
      continue;
    }
    // Annual rules speak of a whole year of a department's work: only a year dossier has that.
    const outcomes = r.rule.meta.scope === 'annual' && dossier.year === undefined ? [] : runRule(r.rule, r.params, dossier, asOf, calendar);
    const ruleFindings: Finding[] = [];
    const basis = basisOf(r);
    let passed = 0;
    for (const o of outcomes) {
      if (o.status === 'pass') passed++;
      else
        ruleFindings.push({
          ...toFinding(r.rule, r.severity, o),
          ...(basis.length ? { basis } : {}),
          ...(r.severitySetBy ? { severitySetBy: r.severitySetBy } : {}),
        });
    }
    const status: RuleReport['status'] = outcomes.length === 0
      ? 'inapplicable'
      : ruleFindings.some((f) => f.status === 'fail') ? 'fail' : ruleFindings.length ? 'incomplete' : 'pass';
    for (const f of ruleFindings) {
      if (f.status === 'fail') counts[f.severity]++;
      else counts.incomplete++;
    }
    counts.passed += passed;
    // One by one: spreading a province's year of findings into push() overflows the call stack.
    for (const f of ruleFindings) findings.push(f);
    rules.push({ ruleId: r.rule.meta.id, status, severity: r.severity, findings: ruleFindings, passed });
  }
  findings.sort(
    (a, b) => (a.status === 'fail' ? 0 : 1) - (b.status === 'fail' ? 0 : 1) || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
  return { profile: profile.id, asOf, rules, findings, counts };
}
