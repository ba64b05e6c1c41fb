/**
 * A RuleTester in the style of ESLint's: a table of valid, invalid and incomplete cases per rule.
 * Inputs go through the real zod model, parameters come from the baseline profile (a case may
 * override them), and messages are rendered, so a case exercises the rule as the product runs it.
 */
import { describe, expect, it } from 'vitest';
import { Dossier, type DossierInput, type PlanInput } from '../../src/core/model';
import { chinaCalendar } from '../../src/core/calendar';
import { runRule, toFinding } from '../../src/core/rules/evaluate';
import type { Outcome, Rule } from '../../src/core/rules/types';
import { SEVERITY_BASIS, severityOfReading } from '../../src/core/rules/severity-wording';
import { foldWhitespace } from '../../src/core/rules/citations';
import baseline from '../../src/core/profiles/data/baseline.json';

export interface RuleCase {
  name: string;
  /** A whole dossier, or just one plan (wrapped as { plans: [plan] }). */
  dossier?: DossierInput;
  plan?: PlanInput;
  params?: Record<string, unknown>;
  asOf?: string;
}

export interface ExpectedFinding {
  messageId: string;
  /** When given, the finding's fields must include each of these paths. */
  fields?: string[];
  data?: Record<string, string | number>;
}

export interface InvalidCase extends RuleCase {
  errors: ExpectedFinding[];
}

export interface IncompleteCase extends RuleCase {
  /** messageId of each incomplete outcome: 'missing', 'calendarMissing' or the rule's own. */
  incomplete: ExpectedFinding[];
}

export interface RuleTable {
  valid: RuleCase[];
  invalid: InvalidCase[];
  incomplete?: IncompleteCase[];
  /** Cases where nothing is in the rule's scope (e.g. an own-department plan for a joint rule). */
  inapplicable?: RuleCase[];
}

function run(rule: Rule, c: RuleCase): Outcome[] {
  const raw = c.dossier ?? { plans: c.plan ? [c.plan] : [] };
  const dossier = Dossier.parse(raw);
  // Baseline values straight from the data file, so a rule's table runs on its own.
  const setting = (baseline.rules as Record<string, { params?: Record<string, { value: unknown }> }>)[rule.meta.id];
  const base = Object.fromEntries(Object.entries(setting?.params ?? {}).map(([k, v]) => [k, v.value]));
  const params = rule.meta.params.parse({ ...base, ...c.params });
  const outcomes = runRule(rule, params, dossier, c.asOf ?? dossier.asOf ?? '2026-06-01', chinaCalendar());
  for (const o of outcomes) {
    // Every message renders with all its placeholders filled, in both languages.
    const f = toFinding(rule, rule.meta.severity, o);
    if (o.status !== 'pass') {
      expect(f.message.zh, `${rule.meta.id}/${o.messageId} zh`).not.toMatch(/\{\w+\}/);
      expect(f.message.en, `${rule.meta.id}/${o.messageId} en`).not.toMatch(/\{\w+\}/);
    }
  }
  return outcomes;
}

function matches(o: Outcome, e: ExpectedFinding) {
  expect(o.messageId).toBe(e.messageId);
  for (const f of e.fields ?? []) expect(o.fields ?? []).toContain(f);
  if (e.data) expect(o.data).toMatchObject(e.data);
}

export function ruleTester(rule: Rule, table: RuleTable): void {
  describe(rule.meta.id, () => {
    it('has the severity its quote\'s words give it', () => {
      const basis = SEVERITY_BASIS[rule.meta.id];
      expect(basis, `${rule.meta.id}: no entry in SEVERITY_BASIS`).toBeDefined();
      const quote = rule.meta.citations[basis.cite]?.quote ?? '';
      expect(foldWhitespace(quote), `${rule.meta.id}: the quote must contain 「${basis.words}」`).toContain(foldWhitespace(basis.words));
      expect(rule.meta.severity, `${rule.meta.id}: 「${basis.words}」 reads as ${basis.reading}`).toBe(severityOfReading(basis.reading));
    });
    it('has at least one valid and one invalid case', () => {
      expect(table.valid.length).toBeGreaterThan(0);
      expect(table.invalid.length).toBeGreaterThan(0);
    });
    for (const c of table.valid)
      it(`valid: ${c.name}`, () => {
        const out = run(rule, c);
        expect(out.length, 'a valid case must be in scope: at least one outcome').toBeGreaterThan(0);
        expect(out.filter((o) => o.status !== 'pass')).toEqual([]);
      });
    for (const c of table.invalid)
      it(`invalid: ${c.name}`, () => {
        const fails = run(rule, c).filter((o) => o.status === 'fail');
        expect(fails.map((o) => o.messageId)).toEqual(c.errors.map((e) => e.messageId));
        c.errors.forEach((e, i) => matches(fails[i], e));
      });
    for (const c of table.incomplete ?? [])
      it(`incomplete: ${c.name}`, () => {
        const out = run(rule, c);
        expect(out.filter((o) => o.status === 'fail')).toEqual([]);
        const inc = out.filter((o) => o.status === 'incomplete');
        expect(inc.map((o) => o.messageId)).toEqual(c.incomplete.map((e) => e.messageId));
        c.incomplete.forEach((e, i) => matches(inc[i], e));
      });
    for (const c of table.inapplicable ?? [])
      it(`inapplicable: ${c.name}`, () => {
        expect(run(rule, c)).toEqual([]);
      });
  });
}
