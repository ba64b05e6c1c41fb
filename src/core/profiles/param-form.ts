import { z } from 'zod';
import type { Rule } from '../rules/types';

/**
 * A rule's parameters as form fields, derived from the rule's own zod schema (meta.params): numbers with
 * their bounds, a choice among fixed values, a list of fixed values, a list of words, a month-day.
 * The same schema then checks what the user entered, so the form can never accept what a profile cannot hold.
 */
export type FieldKind = 'integer' | 'number' | 'choice' | 'enum-list' | 'text-list' | 'month-day' | 'boolean' | 'text';

export interface ParamField {
  ruleId: string;
  param: string;
  kind: FieldKind;
  min?: number;
  max?: number;
  /** The values a choice or an enum list may take (codes; the page shows them in words). */
  options?: Array<string | number>;
  schema: z.ZodType;
}

/** Why an entry was refused, for the catalogue to say with the field's label. */
export type FieldProblem =
  | { reason: 'range'; min: number; max: number; integer: boolean }
  | { reason: 'min'; min: number; integer: boolean }
  | { reason: 'max'; max: number; integer: boolean }
  | { reason: 'integer' }
  | { reason: 'number' }
  | { reason: 'monthDay' }
  | { reason: 'choice'; options: Array<string | number> }
  | { reason: 'empty' }
  | { reason: 'invalid'; zh: string; en: string };

const shapeOf = (r: Rule) => (r.meta.params as unknown as { shape?: Record<string, z.ZodType> }).shape ?? {};
type Def = { type: string; element?: z.ZodType; in?: z.ZodType; options?: unknown[]; entries?: Record<string, unknown>; values?: unknown[] };
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;
// A labelled enum (labelledEnum) accepts codes and their Chinese labels: the codes are the Latin ones.
const CODE = /^[a-z0-9][a-z0-9-]*$/;

/** The fixed values a schema accepts (enum, union of literals, a labelled enum's codes), or undefined. */
function fixedValues(s: z.ZodType): Array<string | number> | undefined {
  const d = defOf(s);
  if (d.type === 'pipe' && d.in) return fixedValues(d.in);
  if (d.type === 'enum' && d.entries) {
    const all = Object.values(d.entries) as Array<string | number>;
    const codes = all.filter((v) => typeof v !== 'string' || CODE.test(v));
    return codes.length ? codes : all;
  }
  if (d.type === 'union' && Array.isArray(d.options)) {
    const vals = (d.options as z.ZodType[]).map((o) => defOf(o)).map((od) => (od.type === 'literal' && od.values?.length === 1 ? od.values[0] : undefined));
    return vals.every((v) => typeof v === 'string' || typeof v === 'number') ? (vals as Array<string | number>) : undefined;
  }
  if (d.type === 'literal' && d.values?.length === 1) return d.values as Array<string | number>;
  return undefined;
}

/** One rule's parameters as fields; `sample` (the profile's value) tells a month-day from free text. */
export function paramFields(rule: Rule, sample: (param: string) => unknown = () => undefined): ParamField[] {
  return Object.entries(shapeOf(rule)).map(([param, schema]) => {
    const base = { ruleId: rule.meta.id, param, schema };
    const fixed = fixedValues(schema);
    if (fixed) return { ...base, kind: 'choice' as const, options: fixed };
    const d = defOf(schema);
    if (d.type === 'array' && d.element) {
      const opts = fixedValues(d.element);
      return opts ? { ...base, kind: 'enum-list' as const, options: opts } : { ...base, kind: 'text-list' as const };
    }
    if (d.type === 'boolean') return { ...base, kind: 'boolean' as const };
    const js = z.toJSONSchema(schema, { unrepresentable: 'any' }) as { type?: string; minimum?: number; maximum?: number };
    if (js.type === 'integer' || js.type === 'number') return { ...base, kind: js.type, ...(js.minimum !== undefined ? { min: js.minimum } : {}), ...(js.maximum !== undefined ? { max: js.maximum } : {}) };
    const v = sample(param);
    return { ...base, kind: typeof v === 'string' && /^\d\d-\d\d$/.test(v) ? ('month-day' as const) : ('text' as const) };
  });
}

/** What the user entered in a field: text for numbers, month-days and word lists; the values chosen for a list of fixed values. */
export type FieldInput = string | string[] | boolean;

/**
 * A field's entry read and checked against the rule's schema: the value to save, or why it cannot be.
 * An empty entry means "the profile's value" (undefined: nothing to override).
 */
export function readField(f: ParamField, input: FieldInput): { ok: true; value: unknown } | { ok: false; problem: FieldProblem } {
  let value: unknown;
  if (f.kind === 'boolean') value = input === true;
  else if (f.kind === 'enum-list') {
    if (!Array.isArray(input)) return { ok: true, value: undefined };
    const chosen = input;
    if (!chosen.length) return { ok: false, problem: { reason: 'empty' } };
    value = chosen.map((c) => f.options?.find((o) => String(o) === c) ?? c);
  } else {
    const s = String(input).trim();
    if (!s) return { ok: true, value: undefined };
    if (f.kind === 'integer' || f.kind === 'number') {
      const n = Number(s.replace(/[%％]$/, ''));
      if (!Number.isFinite(n)) return { ok: false, problem: numberProblem(f) };
      value = n;
    } else if (f.kind === 'choice') {
      value = f.options?.find((o) => String(o) === s) ?? s;
    } else if (f.kind === 'text-list') {
      value = s.split(/[、,，;；\n]+/).map((x) => x.trim()).filter(Boolean);
    } else value = s;
  }
  const r = f.schema.safeParse(value);
  if (r.success) return { ok: true, value };
  if (f.kind === 'integer' || f.kind === 'number') return { ok: false, problem: numberProblem(f) };
  if (f.kind === 'month-day') return { ok: false, problem: { reason: 'monthDay' } };
  if (f.kind === 'choice' || f.kind === 'enum-list') return { ok: false, problem: { reason: 'choice', options: f.options ?? [] } };
  const issue = r.error.issues[0] as { message: string; params?: { zh?: string; en?: string } };
  return { ok: false, problem: { reason: 'invalid', zh: issue.params?.zh ?? issue.message, en: issue.params?.en ?? issue.message } };
}

const numberProblem = (f: ParamField): FieldProblem => {
  const integer = f.kind === 'integer';
  if (f.min !== undefined && f.max !== undefined) return { reason: 'range', min: f.min, max: f.max, integer };
  if (f.min !== undefined) return { reason: 'min', min: f.min, integer };
  if (f.max !== undefined) return { reason: 'max', max: f.max, integer };
  return integer ? { reason: 'integer' } : { reason: 'number' };
};

/**
 * A rule's parameters as they would be with the entries (the profile's values where none), checked as a whole
 * by the rule's schema (a lower bound above the upper one): the rule's own words when refused.
 */
export function checkRuleParams(rule: Rule, merged: Record<string, unknown>): { ok: true } | { ok: false; zh: string; en: string } {
  const r = rule.meta.params.safeParse(merged);
  if (r.success) return { ok: true };
  const issue = r.error.issues[0] as { message: string; params?: { zh?: string; en?: string } };
  return { ok: false, zh: issue.params?.zh ?? issue.message, en: issue.params?.en ?? issue.message };
}
