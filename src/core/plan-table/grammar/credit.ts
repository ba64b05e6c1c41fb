import { normalise, ok, refuse, type CellRead } from './normalise';

/**
 * What a table says of credit-risk classes: rates escalate by class without saying how much
 * (`…分别递加抽查比例`), classes are not involved (`不涉及信用风险分类`), or a class is named (`低风险`).
 */
export type CreditStatement =
  | { kind: 'escalating-unstated' }
  | { kind: 'not-applicable' }
  | { kind: 'classes'; classes: string[] };

export function parseCredit(raw: string): CellRead<CreditStatement> {
  const s = normalise(raw).replace(/\s/g, '');
  if (!s) return refuse('空白', 'empty');
  if (/不涉及|不适用|无需/.test(s)) return ok({ kind: 'not-applicable' });
  if (/递加|递增|分别(提高|增加)|逐级(提高|增加)/.test(s)) return ok({ kind: 'escalating-unstated' });
  const classes = [...s.matchAll(/(低风险|一般风险|较高风险|高风险|[ABCD]类)/g)].map((m) => m[1]);
  if (classes.length) return ok({ kind: 'classes', classes: [...new Set(classes)] });
  return refuse(`「${raw.trim()}」中没有可读的信用风险分类说明`, `no readable credit-risk statement in "${raw.trim()}"`);
}
