import type { Rule, Severity } from '../rules/types';
import { formatPath, parseWith, type FieldError } from '../model';
import { Profile, UserOverrides, type ParamValue, type RuleSetting } from './schema';
import type { PolicyDocument } from './documents';

/**
 * Where a value stands for the profile in use: quoted from the jurisdiction's own text ('own'),
 * quoted from another jurisdiction's text ('borrowed'), set by the user's hand-written overrides
 * ('override'), or set without a clause ('unsourced': the meta-test forbids it in built-in profiles).
 */
export type ValueOrigin = 'own' | 'borrowed' | 'override' | 'unsourced';

export type ParamSource = { profile: string; origin: ValueOrigin } & ParamValue;

export interface ResolvedRule {
  rule: Rule;
  enabled: boolean;
  severity: Severity;
  params: unknown;
  /** Where each parameter's value came from: the profile that set it, its citation and its origin. */
  paramSources: Record<string, ParamSource>;
  /** Set when a profile (or the user's overrides) changed the rule's own severity: shown, never silent. */
  severitySetBy?: { profile: string; ruleDefault: Severity };
}

export interface ResolvedProfile {
  id: string;
  /** The profiles applied, baseline first. */
  chain: string[];
  /** The profile's display name (the built-in's or the user's). */
  name?: { zh: string; en: string };
  /** The jurisdiction's own text; undefined for the baseline, whose every value is borrowed. */
  document?: string;
  /** User documents the profile quotes (built-in texts are known by file name). */
  documents: PolicyDocument[];
  rules: ResolvedRule[];
}

export class ProfileError extends Error {
  constructor(readonly errors: FieldError[]) {
    super(errors.map((e) => `${e.path}: ${e.en}`).join('\n'));
    this.name = 'ProfileError';
  }
}

export interface ResolveOptions {
  profiles: Record<string, unknown>;
  rules: readonly Rule[];
  overrides?: unknown;
  /** User documents, for naming the texts user profiles quote. */
  documents?: PolicyDocument[];
}

/** The one "unknown profile" error, listing the ids that exist (CLI, options page, settings). */
export function unknownProfile(id: string, known: readonly string[]): FieldError {
  return { path: id, zh: `未知的规则配置：${id}（可用：${known.join(', ')}）`, en: `unknown profile: ${id} (known: ${known.join(', ')})` };
}

/** A value's origin for a profile whose own text is `document`. */
export function originOf(layer: string, v: ParamValue, document: string | undefined): ValueOrigin {
  if (layer === 'overrides') return 'override';
  if (!v.source) return 'unsourced';
  return document !== undefined && v.source.file === document ? 'own' : 'borrowed';
}

/**
 * Resolve a profile by id: follow `extends` to the baseline, apply each layer and the user's
 * overrides, and validate the result. Unknown rule ids, unknown parameters and out-of-range
 * values are errors naming the profile and the field, never ignored.
 */
export function resolveProfile(id: string, opts: ResolveOptions): ResolvedProfile {
  const byId = new Map(opts.rules.map((r) => [r.meta.id, r]));
  const errors: FieldError[] = [];
  const layers: Array<{ name: string; rules: Record<string, RuleSetting>; document?: string; profileName?: { zh: string; en: string } }> = [];
  const seen = new Set<string>();
  for (let cur: string | undefined = id; cur; ) {
    if (seen.has(cur)) throw new ProfileError([{ path: cur, zh: `配置 ${cur} 循环继承`, en: `profile ${cur} extends itself` }]);
    seen.add(cur);
    const raw: unknown = opts.profiles[cur];
    // The one place an unknown id is reported (CLI, options page, liaison view): it lists the known ones.
    if (raw === undefined) throw new ProfileError([unknownProfile(cur, Object.keys(opts.profiles))]);
    const parsed: ReturnType<typeof parseWith<typeof Profile>> = parseWith(Profile, raw, cur);
    if (!parsed.ok) throw new ProfileError(parsed.errors);
    layers.unshift({ name: cur, rules: parsed.value.rules, document: parsed.value.document, profileName: parsed.value.name });
    cur = parsed.value.extends;
  }
  const chain = layers.map((l) => l.name);
  const leaf = layers[layers.length - 1];
  // A profile without its own text (the baseline) quotes only others'; a refinement of a profile
  // with a text but none of its own speaks for that text.
  const document = [...layers].reverse().find((l) => l.document)?.document;
  if (opts.overrides !== undefined) {
    const parsed = parseWith(UserOverrides, opts.overrides, 'overrides');
    if (!parsed.ok) throw new ProfileError(parsed.errors);
    layers.push({ name: 'overrides', rules: parsed.value.rules });
  }

  for (const layer of layers)
    for (const ruleId of Object.keys(layer.rules))
      if (!byId.has(ruleId))
        errors.push({ path: `${layer.name}.rules["${ruleId}"]`, zh: `未知的规则 ${ruleId}`, en: `unknown rule id ${ruleId}` });

  const resolved: ResolvedRule[] = [];
  for (const rule of opts.rules) {
    let enabled = true;
    let severity = rule.meta.severity;
    let severitySetBy: ResolvedRule['severitySetBy'];
    const sources: ResolvedRule['paramSources'] = {};
    for (const layer of layers) {
      const s = layer.rules[rule.meta.id];
      if (!s) continue;
      if (s.enabled !== undefined) enabled = s.enabled;
      if (s.severity) {
        severity = s.severity as Severity;
        severitySetBy = severity === rule.meta.severity ? undefined : { profile: layer.name, ruleDefault: rule.meta.severity };
      }
      for (const [k, v] of Object.entries(s.params ?? {})) sources[k] = { profile: layer.name, origin: originOf(layer.name, v, document), ...v };
    }
    const values = Object.fromEntries(Object.entries(sources).map(([k, v]) => [k, v.value]));
    const params = parseWith(rule.meta.params, values);
    if (!params.ok) {
      for (const e of params.errors) {
        const key = e.path.split(/[.[]/)[0];
        const where = sources[key]?.profile ?? chain[chain.length - 1];
        errors.push({ ...e, path: `${where}.rules["${rule.meta.id}"].params.${e.path}` });
      }
      continue;
    }
    resolved.push({ rule, enabled, severity, params: params.value, paramSources: sources, ...(severitySetBy ? { severitySetBy } : {}) });
  }
  if (errors.length) throw new ProfileError(errors);
  return { id, chain, name: leaf?.profileName, document, documents: opts.documents ?? [], rules: resolved };
}

export { formatPath };
