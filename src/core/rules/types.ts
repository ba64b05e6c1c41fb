import type { z } from 'zod';
import type { Bilingual, Dossier, IsoDate } from '../model';
import type { WorkingDayCalendar } from '../calendar';

export type Severity = 'error' | 'warn' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warn', 'info'];

/** axe-core style: missing data is never a silent pass. */
export type Status = 'pass' | 'fail' | 'incomplete';

export type RuleScope = 'plan' | 'task' | 'strategy' | 'result' | 'annual' | 'registry';

/** A-n: accountability case n (追责情形); E-n: exemption case n (免责情形), changchun-chaoyang-2021 §四(二). */
export type RiskTag = `A-${number}` | `E-${number}`;

export const POLICY_FILES = [
  'beijing-fengtai-2019.txt',
  'beijing-xicheng-2016.txt',
  'changchun-chaoyang-2021.txt',
  'nantong-tongzhou-2016.txt',
  'shenzhen-2018.txt',
] as const;
export type PolicyFile = (typeof POLICY_FILES)[number];

/** Where a rule or a parameter comes from: a quote that appears verbatim in the policy file. */
export interface Citation {
  file: PolicyFile;
  section: string;
  quote: string;
}

/** What a finding is about, for the panel (focus) and the liaison view (group by). */
export interface Subject {
  kind: 'dossier' | 'plan' | 'task' | 'result' | 'object' | 'inspector' | 'department';
  id: string;
  label?: string;
}

/** What a rule's check returns for one subject. */
export interface Outcome {
  status: Status;
  /** Key of meta.messages; required for fail and incomplete. */
  messageId?: string;
  /** Values for the {placeholders} of the message. */
  data?: Record<string, string | number>;
  /** JSON paths into the dossier of the fields concerned, e.g. plans[0].items[2].ratePercent. */
  fields?: string[];
  subject: Subject;
}

export interface RuleContext<Params> {
  dossier: Dossier;
  params: Params;
  /** The day the check is made (deadlines not yet reached are not breaches). */
  asOf: IsoDate;
  calendar: WorkingDayCalendar;
}

export interface RuleMeta<P extends z.ZodType> {
  id: string;
  scope: RuleScope;
  severity: Severity;
  risk: RiskTag[];
  citations: [Citation, ...Citation[]];
  /** What the rule checks, in plain language. */
  docs: Bilingual;
  /** Message texts by id, with {placeholders}. */
  messages: Record<string, Bilingual>;
  /** Schema of the parameters; their values live in profiles, never here. */
  params: P;
  /**
   * Every outcome concerns one task and is decided by that task alone (its results, its end, the day): a liaison
   * view re-judges only the tasks a new file touches (src/core/liaison/view-memo.ts).
   */
  perTask?: true;
}

export interface Rule<P extends z.ZodType = z.ZodType> {
  meta: RuleMeta<P>;
  check(ctx: RuleContext<z.output<P>>): Outcome[];
}

/** Identity function that gives a rule file its types (ESLint's createRule). */
export function defineRule<P extends z.ZodType>(rule: Rule<P>): Rule<P> {
  return rule;
}

/**
 * A parameter value a finding was judged by, and where it comes from for the profile in use: the
 * jurisdiction's own text, another jurisdiction's text (borrowed), or the user's overrides.
 */
export interface FindingBasis {
  param: string;
  value: unknown;
  origin: 'own' | 'borrowed' | 'override' | 'unsourced';
  /** The profile layer that set it. */
  profile: string;
  source?: { file: string; section: string; quote: string };
}

/** A rule's outcome made readable: what the engine, the CLI and the panel show. */
export interface Finding {
  ruleId: string;
  status: Status;
  severity: Severity;
  risk: RiskTag[];
  messageId: string | null;
  message: Bilingual;
  fields: string[];
  subject: Subject;
  citations: Citation[];
  /** The profile's values this finding was judged by, with their provenance (absent for rules without parameters). */
  basis?: FindingBasis[];
  /** The profile that changed the rule's severity, and the rule's own. */
  severitySetBy?: { profile: string; ruleDefault: Severity };
}
