import type { Dossier } from '../model';
import { chinaCalendar, type WorkingDayCalendar } from '../calendar';
import type { ResolvedProfile } from '../profiles/resolve';
import { basisOf, runRule, toFinding } from '../rules/evaluate';
import type { Citation, Finding, FindingBasis, Severity, Subject } from '../rules/types';
import type { PolicyDocument } from '../profiles/documents';
import { yearDepartments } from '../rules/year';
import { attribute, indexSubjects, type AttributionRole } from './attribute';
import { LIAISON_RULES } from './rules';
import { tallyResults } from './result-tally';
import { lazyField } from './lazy-field';
import { setCellPager } from './cell-pages';
import { resultPager } from './result-pager';
import type { ViewMemo } from './view-memo';

/** red: an error-level breach; amber: a warning-level breach; green: checked and passed; grey: nothing to judge (or only missing data). */
export type CellColour = 'red' | 'amber' | 'green' | 'grey';

/** One plan, task or result behind a cell, with the department's part in it and what was found. */
export interface CellSubject {
  subject: Subject;
  role: AttributionRole;
  status: 'fail' | 'incomplete';
  finding: Finding;
}

export interface MatrixCell {
  colour: CellColour;
  /** breaches (fail outcomes) behind the colour */
  fails: number;
  /** subjects the rule could not decide for lack of data */
  incomplete: number;
  passed: number;
  subjects: CellSubject[];
}

export interface MatrixRule {
  ruleId: string;
  severity: Severity;
  citations: Citation[];
  enabled: boolean;
  /** subjects that passed (each once, however many departments it concerns) */
  passed: number;
  /** the profile's values the rule judged by, with where each comes from (own text or borrowed) */
  basis: FindingBasis[];
  /** the profile that changed the rule's severity, and the rule's own */
  severitySetBy?: { profile: string; ruleDefault: Severity };
  /** user documents the values may quote, for naming them */
  documents?: PolicyDocument[];
}

export interface LiaisonMatrix {
  year: number;
  asOf: string;
  profile: string;
  departments: Array<{ id: string; name: string }>;
  rules: MatrixRule[];
  /** cells[departmentId][ruleId] */
  cells: Record<string, Record<string, MatrixCell>>;
  /** every finding of the liaison rules, once each (not per department) */
  findings: Finding[];
}

export interface MatrixOptions {
  asOf: string;
  calendar?: WorkingDayCalendar;
  /** defaults to LIAISON_RULES */
  ruleIds?: readonly string[];
  /** the parts of the last view of this year kept for this one (view-memo.ts): only changed tasks are judged */
  memo?: ViewMemo;
}

/** The dossier restricted to the plans of its year (the liaison view judges one year). */
export function yearOnly(d: Dossier): Dossier {
  if (d.year === undefined) throw new Error('the liaison view needs a dossier with its year set');
  return { ...d, plans: d.plans.filter((p) => p.year === d.year) };
}

const emptyCell = (): MatrixCell => ({ colour: 'grey', fails: 0, incomplete: 0, passed: 0, subjects: [] });

function colourOf(c: MatrixCell, severity: Severity): CellColour {
  if (c.fails) return severity === 'error' ? 'red' : 'amber';
  return c.passed ? 'green' : 'grey';
}

/**
 * Judge a year's dossier by the liaison rules of a profile and lay the outcomes out per department
 * and rule. Each outcome goes to every department taking part in its subject (attribute.ts).
 *
 * A province's year has a million results: the cells' counts are made first (result rules decided once per
 * distinct pair of dates, result-tally.ts, and counted per task), and the findings behind them, one per late
 * result, only when a cell's `subjects` or the matrix's `findings` are first read (the rule is then run over
 * every result, as before).
 */
export function buildMatrix(dossier: Dossier, profile: ResolvedProfile, opts: MatrixOptions): LiaisonMatrix {
  const d = yearOnly(dossier);
  const calendar = opts.calendar ?? chinaCalendar();
  const idx = indexSubjects(d);
  const named = new Map((d.departments ?? []).map((x) => [x.id, x.name]));
  const departments = yearDepartments(d).map((x) => ({ id: x.id, name: named.get(x.id) ?? x.name ?? x.id }));
  const cells: LiaisonMatrix['cells'] = {};
  const cell = (dep: string, rule: string) => ((cells[dep] ??= {})[rule] ??= emptyCell());
  for (const dep of departments) cells[dep.id] = {};
  const rules: MatrixRule[] = [];
  const lists = new Map<string, () => Finding[]>();
  // The departments of each task's results, in the dossier's order of tasks (as a result finding is attributed).
  const taskDeps = d.plans.flatMap((p) => p.tasks.map((t) => attribute({ kind: 'result', id: `${t.id}/` }, d, idx)));
  const pagers: Array<[string, (dep: string, from: number, count: number) => CellSubject[]]> = [];

  for (const ruleId of opts.ruleIds ?? LIAISON_RULES) {
    const r = profile.rules.find((x) => x.rule.meta.id === ruleId);
    if (!r) throw new Error(`unknown rule ${ruleId}`);
    const rule: MatrixRule = { ruleId, severity: r.severity, citations: r.rule.meta.citations, enabled: r.enabled, passed: 0, basis: basisOf(r), ...(r.severitySetBy ? { severitySetBy: r.severitySetBy } : {}), documents: profile.documents };
    rules.push(rule);
    for (const dep of departments) cell(dep.id, ruleId);
    if (!r.enabled) continue;
    const tally = tallyResults(ruleId, r.rule, r.params, d, opts.asOf, calendar, opts.memo?.tally(ruleId));
    // A task rule's outcomes from the memo are for counting: their fields' paths are of the year they were judged in,
    // so the findings are made by running the rule over this year (materialise, below) when first read.
    const kept = tally ? undefined : opts.memo?.taskOutcomes(ruleId, r.rule, r.params, d, opts.asOf, calendar);
    let outcomes = tally || kept ? undefined : runRule(r.rule, r.params, d, opts.asOf, calendar);
    if (tally)
      taskDeps.forEach((deps, t) => {
        rule.passed += tally.pass[t];
        for (const a of deps) {
          const c = cell(a.departmentId, ruleId);
          c.passed += tally.pass[t];
          c.fails += tally.fail[t];
          c.incomplete += tally.incomplete[t];
        }
      });
    else
      for (const o of kept ?? outcomes!) {
        if (o.status === 'pass') rule.passed++;
        for (const a of attribute(o.subject, d, idx)) {
          const c = cell(a.departmentId, ruleId);
          if (o.status === 'pass') c.passed++;
          else if (o.status === 'fail') c.fails++;
          else c.incomplete++;
        }
      }
    for (const dep of Object.keys(cells)) {
      const c = cells[dep][ruleId];
      if (c) c.colour = colourOf(c, r.severity);
    }
    // The findings and each cell's subjects, made together the first time one of them is read.
    let findings: Finding[] | undefined;
    const materialise = () => {
      if (findings) return findings;
      findings = [];
      const subjects = new Map<string, CellSubject[]>();
      for (const o of outcomes ?? runRule(r.rule, r.params, d, opts.asOf, calendar)) {
        if (o.status === 'pass') continue;
        const finding = toFinding(r.rule, r.severity, o);
        findings.push(finding);
        for (const a of attribute(o.subject, d, idx)) {
          let list = subjects.get(a.departmentId);
          if (!list) subjects.set(a.departmentId, (list = []));
          list.push({ subject: o.subject, role: a.role, status: o.status as 'fail' | 'incomplete', finding });
        }
      }
      outcomes = undefined;
      for (const dep of Object.keys(cells)) if (cells[dep][ruleId]) cells[dep][ruleId].subjects = subjects.get(dep) ?? [];
      return findings;
    };
    lists.set(ruleId, materialise);
    // A page of a cell: a slice of the lists once made; before that, for a result rule, the rule run over the page's tasks only.
    const fromLists = (dep: string, from: number, count: number) => (materialise(), cells[dep][ruleId].subjects.slice(from, from + count));
    const fewTasks = tally && resultPager({ rule: r.rule, params: r.params, d, idx, taskDeps, tally, asOf: opts.asOf, calendar, severity: r.severity });
    pagers.push([ruleId, (dep, from, count) => (!findings && fewTasks ? fewTasks(dep, from, count) : undefined) ?? fromLists(dep, from, count)]);
    for (const dep of Object.keys(cells)) {
      const c = cells[dep][ruleId];
      if (c && c.fails + c.incomplete) lazyField(c, 'subjects', () => (materialise(), c.subjects));
    }
  }
  // A department seen only in findings (not in the dossier's list) still gets its row.
  for (const id of Object.keys(cells)) if (!departments.some((x) => x.id === id)) departments.push({ id, name: id });
  const matrix = { year: d.year!, asOf: opts.asOf, profile: profile.id, departments, rules, cells } as LiaisonMatrix;
  lazyField(matrix, 'findings', () => rules.flatMap((x) => lists.get(x.ruleId)?.() ?? []));
  for (const [ruleId, pager] of pagers) setCellPager(matrix, ruleId, pager);
  return matrix;
}

/** Totals per colour for one department's row (the summary sheet and the view's header). */
export function rowSummary(m: LiaisonMatrix, departmentId: string): Record<CellColour, number> {
  const out: Record<CellColour, number> = { red: 0, amber: 0, green: 0, grey: 0 };
  for (const r of m.rules) out[m.cells[departmentId]?.[r.ruleId]?.colour ?? 'grey']++;
  return out;
}
