import { useMemo } from 'preact/hooks';
import type { ResolvedProfile } from '../../core/profiles';
import type { UserOverrides } from '../../core/profiles/schema';
import { checkRuleParams, paramFields, readField, type FieldInput, type ParamField } from '../../core/profiles/param-form';
import type { RuleScope, Severity } from '../../core/rules/types';
import { SCOPE_LABEL } from '../../trainer/explorer';
import { citationSource, quoteText } from '../../i18n/cite';
import { paramLabel, paramValue } from '../../i18n/param-label';
import { provenanceText } from '../../i18n/provenance';
import { msg, pick } from '../i18n';
import { problemText, ruleName } from './override-words';

/** What the form holds: the raw entry of each field ("rule\u0000param"), and each rule's 启用 and 严重程度 choices. */
export interface FormState {
  inputs: Record<string, FieldInput>;
}
export const fieldKey = (ruleId: string, param: string) => `${ruleId}\u0000${param}`;
const SCOPES: RuleScope[] = ['plan', 'task', 'strategy', 'result', 'annual', 'registry'];
const SEVERITY_WORD: Record<Severity, 'explorer.severity.error' | 'explorer.severity.warn' | 'explorer.severity.info'> = { error: 'explorer.severity.error', warn: 'explorer.severity.warn', info: 'explorer.severity.info' };

/** The raw entries that show a stored overrides object (numbers as text, lists with 、, chosen codes as a list). */
export function inputsOf(ov: UserOverrides, fieldsOf: (ruleId: string) => ParamField[]): Record<string, FieldInput> {
  const out: Record<string, FieldInput> = {};
  for (const [id, setting] of Object.entries(ov.rules))
    for (const [p, pv] of Object.entries(setting.params ?? {})) {
      const f = fieldsOf(id).find((x) => x.param === p);
      const v = pv.value;
      out[fieldKey(id, p)] = f?.kind === 'enum-list' && Array.isArray(v) ? v.map(String) : Array.isArray(v) ? v.join('、') : typeof v === 'boolean' ? v : v === undefined ? '' : String(v);
    }
  return out;
}

export interface FormProblem {
  ruleId: string;
  param?: string;
  zh: string;
  en: string;
}

/**
 * The form's entries applied to the overrides: a parameter entered replaces the profile's value, one left empty
 * takes it; 启用/严重程度 left at 沿用配置 say nothing. Every entry that cannot be is a problem naming its field.
 */
export function applyInputs(base: UserOverrides, inputs: Record<string, FieldInput>, profile: ResolvedProfile): { overrides: UserOverrides; problems: FormProblem[] } {
  const rules: UserOverrides['rules'] = structuredClone(base.rules);
  const problems: FormProblem[] = [];
  for (const rr of profile.rules) {
    const id = rr.rule.meta.id;
    const fields = paramFields(rr.rule, (p) => (rr.params as Record<string, unknown>)[p]);
    const merged = { ...(rr.params as Record<string, unknown>) };
    let entered = false;
    for (const f of fields) {
      const key = fieldKey(id, f.param);
      if (!(key in inputs)) continue;
      const r = readField(f, inputs[key]);
      const params = { ...(rules[id]?.params ?? {}) };
      delete params[f.param];
      if (!r.ok) {
        const label = paramLabel(f.param);
        problems.push({ ruleId: id, param: f.param, zh: problemText(label, r.problem, 'zh'), en: problemText(label, r.problem, 'en') });
      } else if (r.value !== undefined) {
        params[f.param] = { value: r.value };
        merged[f.param] = r.value;
        entered = true;
      }
      const { params: _old, ...rest } = rules[id] ?? {};
      rules[id] = Object.keys(params).length ? { ...rest, params } : rest;
      if (!Object.keys(rules[id]).length) delete rules[id];
    }
    if (entered) {
      const whole = checkRuleParams(rr.rule, merged);
      if (!whole.ok) problems.push({ ruleId: id, zh: msg('overrides.form.rule', { rule: ruleName(id, 'zh'), why: whole.zh }, 'zh'), en: msg('overrides.form.rule', { rule: ruleName(id, 'en'), why: whole.en }, 'en') });
    }
  }
  return { overrides: { rules }, problems };
}

/**
 * 个人覆盖 as a form generated from each rule's parameter schema: per rule its Chinese name and clause
 * 《…》（文号）第…部分, 启用 and 严重程度, and each parameter with the profile's value beside it.
 */
export function OverridesForm({ profile, overrides, inputs, problems, onInput, onRule }: {
  profile: ResolvedProfile;
  overrides: UserOverrides;
  inputs: Record<string, FieldInput>;
  problems: FormProblem[];
  onInput: (key: string, v: FieldInput) => void;
  onRule: (ruleId: string, what: 'enabled' | 'severity', v: string) => void;
}) {
  const byScope = useMemo(() => SCOPES.map((s) => [s, profile.rules.filter((r) => r.rule.meta.scope === s)] as const).filter(([, rs]) => rs.length), [profile]);
  const problemOf = (id: string, p?: string) => problems.filter((x) => x.ruleId === id && x.param === p);
  return (
    <div class="overrides-form">
      {byScope.map(([scope, rules]) => (
        <fieldset data-scope={scope}>
          <legend>{pick(SCOPE_LABEL[scope])}</legend>
          {rules.map((rr) => {
            const id = rr.rule.meta.id;
            const own = overrides.rules[id];
            const c = rr.rule.meta.citations[0];
            const fields = paramFields(rr.rule, (p) => (rr.params as Record<string, unknown>)[p]);
            return (
              <div class={`rule-form${own ? ' changed' : ''}`} data-rule={id}>
                <div class="rule-head">
                  <b title={pick(rr.rule.meta.docs)}>{ruleName(id)}</b> <span class="source" title={quoteText(c.quote)}>{citationSource(c)}</span>
                </div>
                <div class="rule-controls">
                  <label>
                    {msg('overrides.form.enabled')}{' '}
                    <select name={`enabled-${id}`} value={own?.enabled === undefined ? '' : own.enabled ? 'on' : 'off'} onChange={(e) => onRule(id, 'enabled', (e.target as HTMLSelectElement).value)}>
                      <option value="">{msg('overrides.form.asProfile', { v: msg(rr.enabled ? 'overrides.form.on' : 'overrides.form.off') })}</option>
                      <option value="on">{msg('overrides.form.on')}</option>
                      <option value="off">{msg('overrides.form.off')}</option>
                    </select>
                  </label>
                  <label>
                    {msg('compare.severity')}{' '}
                    <select name={`severity-${id}`} value={own?.severity ?? ''} onChange={(e) => onRule(id, 'severity', (e.target as HTMLSelectElement).value)}>
                      <option value="">{msg('overrides.form.asProfile', { v: msg(SEVERITY_WORD[rr.severity]) })}</option>
                      {(['error', 'warn', 'info'] as const).map((s) => (
                        <option value={s}>{msg(SEVERITY_WORD[s])}</option>
                      ))}
                    </select>
                  </label>
                {fields.map((f) => {
                  const key = fieldKey(id, f.param);
                  const now = (rr.params as Record<string, unknown>)[f.param];
                  const src = rr.paramSources[f.param];
                  const bad = problemOf(id, f.param);
                  return (
                    <div class={`param-field${bad.length ? ' bad' : ''}`} data-param={f.param} data-kind={f.kind}>
                      <label>
                        <span class="param-label">{paramLabel(f.param)}</span>{' '}
                        <FieldControl f={f} name={`p-${id}.${f.param}`} value={inputs[key]} placeholder={paramValue(now)} onInput={(v) => onInput(key, v)} />
                      </label>{' '}
                      <span class="profile-value" title={src ? provenanceText(src, profile.documents) : ''}>
                        {msg('overrides.form.profileValue', { v: paramValue(now) })}
                      </span>
                      {bad.map((b) => (
                        <p class="field-error" role="alert">{pick(b)}</p>
                      ))}
                    </div>
                  );
                })}
                </div>
                {problemOf(id).map((b) => (
                  <p class="field-error" role="alert">{pick(b)}</p>
                ))}
              </div>
            );
          })}
        </fieldset>
      ))}
    </div>
  );
}

function FieldControl({ f, name, value, placeholder, onInput }: { f: ParamField; name: string; value: FieldInput | undefined; placeholder: string; onInput: (v: FieldInput) => void }) {
  if (f.kind === 'enum-list') {
    const chosen = Array.isArray(value) ? value : undefined;
    return (
      <span class="choices" role="group">
        {f.options!.map((o) => (
          <label>
            <input type="checkbox" name={name} value={String(o)} checked={chosen ? chosen.includes(String(o)) : false} onChange={(e) => { const on = (e.target as HTMLInputElement).checked; const base = chosen ?? []; onInput(on ? [...base, String(o)] : base.filter((x) => x !== String(o))); }} />
            {paramValue(o)}
          </label>
        ))}
        {chosen && (
          <button type="button" class="link" onClick={() => onInput('')}>
            {msg('overrides.form.useProfile')}
          </button>
        )}
      </span>
    );
  }
  if (f.kind === 'choice')
    return (
      <select name={name} value={typeof value === 'string' ? value : ''} onChange={(e) => onInput((e.target as HTMLSelectElement).value)}>
        <option value="">{msg('overrides.form.asProfile', { v: placeholder })}</option>
        {f.options!.map((o) => (
          <option value={String(o)}>{paramValue(o)}</option>
        ))}
      </select>
    );
  if (f.kind === 'boolean') return <input type="checkbox" name={name} checked={value === true} onChange={(e) => onInput((e.target as HTMLInputElement).checked)} />;
  const hint = f.kind === 'integer' || f.kind === 'number' ? (f.min !== undefined && f.max !== undefined ? `${f.min}–${f.max}` : '') : f.kind === 'month-day' ? msg('overrides.form.monthDayHint') : f.kind === 'text-list' ? msg('builder.listHint') : '';
  return (
    <input name={name} inputMode={f.kind === 'integer' || f.kind === 'number' ? 'decimal' : undefined} size={f.kind === 'text-list' ? 30 : 8} value={typeof value === 'string' ? value : ''} placeholder={placeholder} title={hint} onInput={(e) => onInput((e.target as HTMLInputElement).value)} />
  );
}
