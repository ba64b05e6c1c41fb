/**
 * Two profiles side by side, for the rule explorer: every rule's severity and every parameter's
 * value with where it comes from in each, and whether they differ.
 */
import type { ResolvedProfile } from '../core/profiles';
import { msg } from '../i18n';
import { profileName } from '../i18n/profile-name';
import { provenanceBoth } from '../i18n/provenance';
import type { Severity } from '../core/rules/types';
import type { Bilingual } from '../core/model';

export interface CompareCell {
  value: unknown;
  origin?: string;
  provenance: Bilingual;
}

export interface CompareRow {
  ruleId: string;
  /** What the rule checks (its explanation), to name it by. */
  docs: Bilingual;
  /** The parameter, or undefined for the rule's severity row. */
  param?: string;
  a: CompareCell;
  b: CompareCell;
  differs: boolean;
}

const sevCell = (s: Severity, setBy?: { profile: string }): CompareCell => ({
  value: s,
  provenance: setBy
    ? { zh: msg('compare.setBy', { who: profileName(setBy.profile, 'zh') }, 'zh'), en: msg('compare.setBy', { who: profileName(setBy.profile, 'en') }, 'en') }
    : { zh: msg('compare.ruleOwn', undefined, 'zh'), en: msg('compare.ruleOwn', undefined, 'en') },
});

export function compareProfiles(a: ResolvedProfile, b: ResolvedProfile): CompareRow[] {
  const rows: CompareRow[] = [];
  for (const ra of a.rules) {
    const rb = b.rules.find((r) => r.rule.meta.id === ra.rule.meta.id);
    if (!rb) continue;
    const id = ra.rule.meta.id;
    rows.push({ ruleId: id, docs: ra.rule.meta.docs, a: sevCell(ra.severity, ra.severitySetBy), b: sevCell(rb.severity, rb.severitySetBy), differs: ra.severity !== rb.severity || ra.enabled !== rb.enabled });
    for (const param of Object.keys({ ...ra.paramSources, ...rb.paramSources })) {
      const cell = (p: ResolvedProfile, s: ResolvedProfile['rules'][number]['paramSources'][string] | undefined): CompareCell =>
        s ? { value: s.value, origin: s.origin, provenance: provenanceBoth(s, p.documents) } : { value: undefined, provenance: { zh: '—', en: '—' } };
      const ca = cell(a, ra.paramSources[param]);
      const cb = cell(b, rb.paramSources[param]);
      rows.push({ ruleId: id, docs: ra.rule.meta.docs, param, a: ca, b: cb, differs: JSON.stringify(ca.value) !== JSON.stringify(cb.value) });
    }
  }
  return rows;
}
