import { allRules } from '../../core/rules/registry';
import type { FieldProblem } from '../../core/profiles/param-form';
import { msg, pick, type Lang } from '../../i18n';
import { paramLabel, paramValue } from '../../i18n/param-label';
import { ruleHeading } from '../trainer/RuleExplorer';
import { headingOf } from '../../i18n/rule-heading';

/** A rule by its Chinese name (the first phrase of what it checks, asides left out); an unknown id stays as it is. */
export const ruleName = (id: string, inLang?: Lang) => {
  const r = allRules.find((x) => x.meta.id === id);
  if (!r) return id;
  return inLang ? headingOf(r.meta.docs[inLang]) : ruleHeading(r.meta);
};

/** An overrides path (overrides.rules["id"].params.max) as staff name it: 「rule」的「parameter」; undefined for other paths. */
export function overridePathLabel(path: string): string | undefined {
  const m = /^(?:overrides\.)?rules\["([^"]+)"\](?:\.params\.(\w+))?/.exec(path);
  if (!m || !allRules.some((r) => r.meta.id === m[1])) return undefined;
  return m[2] ? msg('overrides.form.where', { rule: ruleName(m[1]), param: paramLabel(m[2]) }) : msg('overrides.form.whereRule', { rule: ruleName(m[1]) });
}

/** Why an entry was refused, naming the field: 「抽查比例下限（%）」须为 0 到 100 之间的数. */
export function problemText(label: string, p: FieldProblem, inLang?: Lang): string {
  const what = 'integer' in p && p.integer ? msg('overrides.form.anInteger', undefined, inLang) : msg('overrides.form.aNumber', undefined, inLang);
  switch (p.reason) {
    case 'range':
      return msg('overrides.form.range', { label, min: p.min, max: p.max, what }, inLang);
    case 'min':
      return msg('overrides.form.min', { label, min: p.min, what }, inLang);
    case 'max':
      return msg('overrides.form.max', { label, max: p.max, what }, inLang);
    case 'integer':
    case 'number':
      return msg('overrides.form.notNumber', { label, what: p.reason === 'integer' ? msg('overrides.form.anInteger', undefined, inLang) : msg('overrides.form.aNumber', undefined, inLang) }, inLang);
    case 'monthDay':
      return msg('overrides.form.monthDay', { label }, inLang);
    case 'choice':
      return msg('overrides.form.choice', { label, options: p.options.map((o) => paramValue(o)).join(msg('list.sep', undefined, inLang)) }, inLang);
    case 'empty':
      return msg('overrides.form.empty', { label }, inLang);
    case 'invalid':
      return msg('overrides.form.invalid', { label, why: pick(p, inLang) }, inLang);
  }
}
