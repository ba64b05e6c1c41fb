import type { z } from 'zod';
import { findQuote, foldWhitespace } from '../rules/citations';
import type { Rule } from '../rules/types';
import type { FieldError } from '../model';
import type { ProfileBundle } from './bundle';
import type { RuleSetting } from './schema';

/** How a parameter's value is typed in and read from a clause. */
export type ParamKind = 'number' | 'month-day' | 'list';

export interface SettableParam {
  ruleId: string;
  param: string;
  kind: ParamKind;
  rule: Rule;
}

const shapeOf = (r: Rule) => (r.meta.params as unknown as { shape?: Record<string, z.ZodType> }).shape ?? {};

/** Every parameter of every rule a profile may set, with how its value is typed (from the baseline's value). */
export function settableParams(rules: readonly Rule[], baselineValues: (ruleId: string, param: string) => unknown): SettableParam[] {
  const out: SettableParam[] = [];
  for (const rule of rules)
    for (const param of Object.keys(shapeOf(rule))) {
      const v = baselineValues(rule.meta.id, param);
      const kind: ParamKind = Array.isArray(v) ? 'list' : typeof v === 'string' && /^\d{2}-\d{2}$/.test(v) ? 'month-day' : 'number';
      out.push({ ruleId: rule.meta.id, param, kind, rule });
    }
  return out;
}

const pad = (n: string) => n.padStart(2, '0');

/** A value typed by the user ("10", "10%", "10月15日", "10-15", "食品、药品"), as the parameter holds it; undefined when unreadable. */
export function parseParamInput(kind: ParamKind, input: string): unknown {
  const s = input.trim();
  if (!s) return undefined;
  if (kind === 'number') {
    const m = /-?\d+(?:\.\d+)?/.exec(s);
    return m ? Number(m[0]) : undefined;
  }
  if (kind === 'month-day') {
    const cn = [...s.matchAll(/(\d{1,2})\s*月\s*(\d{1,2})\s*日/g)].pop();
    if (cn) return `${pad(cn[1])}-${pad(cn[2])}`;
    const iso = /^(?:\d{4}-)?(\d{1,2})-(\d{1,2})$/.exec(s);
    return iso ? `${pad(iso[1])}-${pad(iso[2])}` : undefined;
  }
  const items = s.split(/[、,，;；\s]+/).filter(Boolean);
  return items.length ? items : undefined;
}

/** The value a selected clause states, for the user to confirm: the percent or number in it, or its last date. */
export function suggestFromQuote(kind: ParamKind, quote: string): unknown {
  const q = foldWhitespace(quote);
  if (kind === 'number') {
    const pct = [...q.matchAll(/(\d+(?:\.\d+)?)%/g)];
    if (pct.length) return Number(pct[pct.length - 1][1]);
    const n = /(\d+(?:\.\d+)?)\s*(?:个|人|次|日|天|工作日|月)/.exec(q) ?? /(\d+(?:\.\d+)?)/.exec(q);
    return n ? Number(n[1]) : undefined;
  }
  if (kind === 'month-day') return parseParamInput('month-day', q);
  return undefined;
}

/** Where a quote stands in a user's text, as a section label: its paragraph (第N段). */
export function sectionOf(text: string, quote: string): string {
  const at = findQuote(text, quote);
  if (at < 0) return '';
  const paragraphs = text.split(/\n\s*\n/);
  let folded = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    folded += foldWhitespace(paragraphs[i]).length;
    if (at < folded) return `第${i + 1}段`;
  }
  return `第${paragraphs.length}段`;
}

export interface SetParam {
  ruleId: string;
  param: string;
  value: unknown;
  quote: string;
  section?: string;
}

/**
 * Set one value of a bundle's profile from a clause of its document: the quote must be found
 * verbatim (white space aside) and the value must fit the rule's schema. Returns the new bundle,
 * or the errors naming the field; the bundle given is not changed.
 */
export function setParam(b: ProfileBundle, s: SetParam, rules: readonly Rule[]): { ok: true; bundle: ProfileBundle } | { ok: false; errors: FieldError[] } {
  const at = `profile.rules["${s.ruleId}"].params.${s.param}`;
  const rule = rules.find((r) => r.meta.id === s.ruleId);
  if (!rule) return { ok: false, errors: [{ path: `profile.rules["${s.ruleId}"]`, zh: `未知的规则 ${s.ruleId}`, en: `unknown rule id ${s.ruleId}` }] };
  const schema = shapeOf(rule)[s.param];
  if (!schema) return { ok: false, errors: [{ path: at, zh: `规则 ${s.ruleId} 没有参数 ${s.param}`, en: `rule ${s.ruleId} has no parameter ${s.param}` }] };
  const quote = s.quote.trim();
  if (foldWhitespace(quote).length < 2) return { ok: false, errors: [{ path: `${at}.source.quote`, zh: '请在文件中选定规定该值的条款', en: 'select the clause that sets this value in the text' }] };
  if (findQuote(b.document.text, quote) < 0)
    return { ok: false, errors: [{ path: `${at}.source.quote`, zh: `引文「${quote}」在文件中找不到（须逐字一致）`, en: `the quote «${quote}» is not in the text (it must be verbatim)` }] };
  const checked = schema.safeParse(s.value);
  if (s.value === undefined || !checked.success)
    return { ok: false, errors: [{ path: `${at}.value`, zh: `值 ${JSON.stringify(s.value) ?? '（空）'} 不符合该参数`, en: `value ${JSON.stringify(s.value) ?? '(empty)'} does not fit this parameter` }] };
  const section = s.section?.trim() || sectionOf(b.document.text, quote);
  const prev: RuleSetting = b.profile.rules[s.ruleId] ?? {};
  const rulesNext = {
    ...b.profile.rules,
    [s.ruleId]: { ...prev, params: { ...(prev.params ?? {}), [s.param]: { value: checked.data, source: { file: b.document.file, section, quote } } } },
  };
  return { ok: true, bundle: { ...b, profile: { ...b.profile, rules: rulesNext } } };
}

/** Remove a value the bundle set, so it is inherited again. */
export function unsetParam(b: ProfileBundle, ruleId: string, param: string): ProfileBundle {
  const setting = b.profile.rules[ruleId];
  if (!setting?.params?.[param]) return b;
  const { [param]: _gone, ...params } = setting.params;
  const next = { ...setting, params };
  const rules = { ...b.profile.rules };
  if (Object.keys(params).length || next.enabled !== undefined || next.severity) rules[ruleId] = Object.keys(params).length ? next : { ...next, params: undefined };
  else delete rules[ruleId];
  return { ...b, profile: { ...b.profile, rules } };
}

export interface NewBundle {
  id: string;
  name: string;
  extends: string;
  file: string;
  title: string;
  number?: string;
  place: string;
  source?: string;
  text: string;
}

/** A bundle that sets nothing yet: every value is inherited from `extends`. */
export function newBundle(n: NewBundle): ProfileBundle {
  return {
    format: 'dra-profile',
    version: 1,
    document: { file: n.file, title: n.title, ...(n.number ? { number: n.number } : {}), place: n.place, ...(n.source ? { source: n.source } : {}), text: n.text },
    profile: {
      id: n.id,
      name: { zh: n.name, en: n.name },
      description: { zh: `以《${n.title}》规定的参数覆盖 ${n.extends}；未规定的沿用 ${n.extends}。`, en: `Overrides ${n.extends} with what 《${n.title}》 states; what it leaves unstated is inherited.` },
      extends: n.extends,
      document: n.file,
      rules: {},
    },
  };
}
