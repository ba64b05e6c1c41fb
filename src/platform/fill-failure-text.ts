import { msg } from '../i18n';
import type { FillFailure } from './fill-script';

/**
 * A fill step's failure in the user's language (the panel shows it by the field's label). `wanted` is the value
 * as the fill-script showed it to the user; without it, the platform's values are named.
 */
export function fillFailureText(r: FillFailure, wanted?: string): string {
  switch (r.code) {
    case 'not-found':
      return msg('fill.fail.notFound');
    case 'read-only':
      return msg('fill.fail.readOnly');
    case 'no-option':
      return msg('fill.fail.noOption', { values: wanted || r.values.join('、') });
  }
}

/** The same failure for the audit log: the code and its values, stable across languages. */
export const fillFailureCode = (r: FillFailure): string => (r.code === 'no-option' ? `no-option ${r.values.join(',')}` : r.code);
