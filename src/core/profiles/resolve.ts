import type { Rule, Severity } from '../rules/types';
import { formatPath, parseWith, type FieldError } from '../model';
import { Profile, UserOverrides, type ParamValue, type RuleSetting } from './schema';

export interface ResolvedRule {
  rule: Rule;
  enabled: boolean;
  severity: Severity;
  params: unknown;
  /** Where each parameter's value came from: the profile that set it and its citation. */
  paramSources: Record<string, { profile: string } & ParamValue>;
}

export interface ResolvedProfile {
  id: string;
  /** The profiles applied, baseline first. */
  chain: string[];
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
}

/**
 * Resolve a profile by id: follow `extends` to the baseline, apply each layer and the user's
 * overrides, and validate the result. Unknown rule ids, unknown parameters and out-of-range
 * values are errors naming the profile and the field, never ignored.
 */
export function resolveProfile(id: string, opts: ResolveOptions): ResolvedProfile {
  const byId = new Map(opts.rules.map((r) => [r.meta.id, r]));
  const errors: FieldError[] = [];
  const layers: Array<{ name: string; rules: Record<string, RuleSetting> }> = [];
  const seen = new Set<string>();
  for (let cur: string | undefined = id; cur; ) {
    if (seen.has(cur)) throw new ProfileError([{ path: cur, zh: `配置 ${cur} 循环继承`, en: `profile ${cur} extends itself` }]);
    seen.add(cur);
    const raw: unknown = opts.profiles[cur];
    if (raw === undefined) {
      // The one place an unknown id is reported (CLI, options page, liaison view): it lists the known ones.
      const known = Object.keys(opts.profiles).join(', ');
      throw new ProfileError([{ path: cur, zh: `未知的规则配置：${cur}（可用：${known}）`, en: `unknown profile: ${cur} (known: ${known})` }]);
    }
    const parsed: ReturnType<typeof parseWith<typeof Profile>> = parseWith(Profile, raw, cur);
    if (!parsed.ok) throw new ProfileError(parsed.errors);
    layers.unshift({ name: cur, rules: parsed.value.rules });
    cur = parsed.value.extends;
  }
  const chain = layers.map((l) => l.name);
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
    const sources: ResolvedRule['paramSources'] = {};
    for (const layer of layers) {
      const s = layer.rules[rule.meta.id];
      if (!s) continue;
      if (s.enabled !== undefined) enabled = s.enabled;
      if (s.severity) severity = s.severity as Severity;
      for (const [k, v] of Object.entries(s.params ?? {})) sources[k] = { profile: layer.name, ...v };
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
    resolved.push({ rule, enabled, severity, params: params.value, paramSources: sources });
  }
  if (errors.length) throw new ProfileError(errors);
  return { id, chain, rules: resolved };
}

export { formatPath };
