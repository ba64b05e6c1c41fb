/**
 * A new form that opens empty: none of the fields a user types or picks a date into holds anything yet
 * (selects and radios come pre-chosen by the platform, so they say nothing about the user). Such a form
 * is not judged before the user has typed: an empty new plan must not already warn about its dates.
 */
import type { PageSpec } from './adapter-schema';
import type { ReadResult } from './read-form';

const TYPED = new Set(['text', 'textarea', 'laydate']);

export function blankForm(read: Pick<ReadResult, 'values'>, spec: Pick<PageSpec, 'fields'>): boolean {
  const typed = spec.fields.filter((f) => TYPED.has(f.widget));
  if (!typed.length) return false;
  return typed.every((f) => {
    const v = read.values[f.field];
    return v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
  });
}
