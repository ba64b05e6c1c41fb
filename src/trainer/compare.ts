/**
 * Two profiles side by side, for the rule explorer: every rule's severity and every parameter's
 * value with where it comes from in each, and whether they differ.
 */
import { provenanceText, type ResolvedProfile } from '../core/profiles';
import type { Severity } from '../core/rules/types';
import type { Bilingual } from '../core/model';

export interface CompareCell {
  value: unknown;
  origin?: string;
  provenance: Bilingual;
}

export interface CompareRow {
  ruleId: string;
  /** The parameter, or undefined for the rule's severity row. */
  param?: string;
  a: CompareCell;
  b: CompareCell;
  differs: boolean;
}

const sevCell = (s: Severity, setBy?: { profile: string }): CompareCell => ({
  value: s,
  provenance: setBy ? { zh: `由 ${setBy.profile} 调整`, en: `set by ${setBy.profile}` } : { zh: '规则本身', en: "the rule's own" },
});

export function compareProfiles(a: ResolvedProfile, b: ResolvedProfile): CompareRow[] {
  const rows: CompareRow[] = [];
  for (const ra of a.rules) {
    const rb = b.rules.find((r) => r.rule.meta.id === ra.rule.meta.id);
    if (!rb) continue;
    const id = ra.rule.meta.id;
    rows.push({ ruleId: id, a: sevCell(ra.severity, ra.severitySetBy), b: sevCell(rb.severity, rb.severitySetBy), differs: ra.severity !== rb.severity || ra.enabled !== rb.enabled });
    for (const param of Object.keys({ ...ra.paramSources, ...rb.paramSources })) {
      const cell = (p: ResolvedProfile, s: ResolvedProfile['rules'][number]['paramSources'][string] | undefined): CompareCell =>
        s ? { value: s.value, origin: s.origin, provenance: { zh: provenanceText(s, 'zh', p.documents), en: provenanceText(s, 'en', p.documents) } } : { value: undefined, provenance: { zh: '—', en: '—' } };
      const ca = cell(a, ra.paramSources[param]);
      const cb = cell(b, rb.paramSources[param]);
      rows.push({ ruleId: id, param, a: ca, b: cb, differs: JSON.stringify(ca.value) !== JSON.stringify(cb.value) });
    }
  }
  return rows;
}
