// The liaison view as it was computed before issue 20's counting (7175ed1): every rule run over every result, an
// outcome, finding and subject made for each, the entity-frequency draws rebuilt for every checked object. The fast
// view (src/core/liaison/view.ts) must give the same view; kept here, beside the tests, as their reference.
import type { Dossier } from '../../../src/core/model';
import type { ResolvedProfile } from '../../../src/core/profiles/resolve';
import type { WorkingDayCalendar } from '../../../src/core/calendar';
import { basisOf, runRule, toFinding } from '../../../src/core/rules/evaluate';
import type { Finding } from '../../../src/core/rules/types';
import { yearDepartments } from '../../../src/core/rules/year';
import { attribute, chartData, indexSubjects, LIAISON_RULES, upcomingDeadlines, withCheckFrequency, yearOnly } from '../../../src/core/liaison';
import type { LiaisonMatrix, MatrixCell, MatrixRule } from '../../../src/core/liaison';

export function referenceMatrix(dossier: Dossier, profile: ResolvedProfile, asOf: string, calendar: WorkingDayCalendar): LiaisonMatrix {
  const d = yearOnly(dossier);
  const idx = indexSubjects(d);
  const named = new Map((d.departments ?? []).map((x) => [x.id, x.name]));
  const departments = yearDepartments(d).map((x) => ({ id: x.id, name: named.get(x.id) ?? x.name ?? x.id }));
  const cells: LiaisonMatrix['cells'] = {};
  const cell = (dep: string, rule: string): MatrixCell => ((cells[dep] ??= {})[rule] ??= { colour: 'grey', fails: 0, incomplete: 0, passed: 0, subjects: [] });
  for (const dep of departments) cells[dep.id] = {};
  const rules: MatrixRule[] = [];
  const findings: Finding[] = [];
  for (const ruleId of LIAISON_RULES) {
    const r = profile.rules.find((x) => x.rule.meta.id === ruleId)!;
    const rule: MatrixRule = { ruleId, severity: r.severity, citations: r.rule.meta.citations, enabled: r.enabled, passed: 0, basis: basisOf(r), ...(r.severitySetBy ? { severitySetBy: r.severitySetBy } : {}), documents: profile.documents };
    rules.push(rule);
    for (const dep of departments) cell(dep.id, ruleId);
    if (!r.enabled) continue;
    for (const o of runRule(r.rule, r.params, d, asOf, calendar)) {
      const finding = o.status === 'pass' ? undefined : toFinding(r.rule, r.severity, o);
      if (finding) findings.push(finding);
      else rule.passed++;
      for (const a of attribute(o.subject, d, idx)) {
        const c = cell(a.departmentId, ruleId);
        if (!finding) c.passed++;
        else {
          if (o.status === 'fail') c.fails++;
          else c.incomplete++;
          c.subjects.push({ subject: o.subject, role: a.role, status: o.status as 'fail' | 'incomplete', finding });
        }
      }
    }
    for (const dep of Object.keys(cells)) {
      const c = cells[dep][ruleId];
      if (c) c.colour = c.fails ? (r.severity === 'error' ? 'red' : 'amber') : c.passed ? 'green' : 'grey';
    }
  }
  for (const id of Object.keys(cells)) if (!departments.some((x) => x.id === id)) departments.push({ id, name: id });
  return { year: d.year!, asOf, profile: profile.id, departments, rules, cells, findings };
}

/** The whole view the old way: the full check-frequency draws, then the eager matrix, deadlines and charts. */
export function referenceView(dossier: Dossier, profile: ResolvedProfile, asOf: string, calendar: WorkingDayCalendar) {
  const freq = profile.rules.find((r) => r.rule.meta.id === 'strategy.entity-frequency');
  const max = (freq?.params as { maxPerYear?: number } | undefined)?.maxPerYear;
  const d = max ? withCheckFrequency(yearOnly(dossier), max) : yearOnly(dossier);
  const { until, deadlines } = upcomingDeadlines(d, profile, asOf, calendar);
  return { matrix: referenceMatrix(d, profile, asOf, calendar), deadlines, deadlinesUntil: until, charts: chartData(d, calendar) };
}
