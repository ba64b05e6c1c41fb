import { RESULT_CATEGORY_LABELS } from '../core/model/check-result';
import { CATALOGUES, msg, type MessageKey } from './index';

/** A rule parameter as staff call it (max → 上限); the name itself is for the tooltip. */
export function paramLabel(name: string): string {
  const key = `param.${name}`;
  return key in CATALOGUES.zh ? msg(key as MessageKey) : msg('param.unnamed');
}
export const hasParamLabel = (name: string): boolean => `param.${name}` in CATALOGUES.zh;

/** A parameter's value in words: result categories and registry kinds by name, lists with 、, yes/no. */
export function paramValue(v: unknown): string {
  if (Array.isArray(v)) return v.map(paramValue).join('、');
  if (typeof v === 'boolean') return msg(v ? 'common.yes' : 'common.no');
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') {
    if (v in RESULT_CATEGORY_LABELS) return RESULT_CATEGORY_LABELS[v as keyof typeof RESULT_CATEGORY_LABELS];
    return `value.${v}` in CATALOGUES.zh ? msg(`value.${v}` as MessageKey) : v;
  }
  return JSON.stringify(v);
}
