import { DrawError, DrawInputError } from '../core/draw';
import { BadInput } from './io';

/** A draw that cannot be made, as the CLI's bad-input error (exit 2), in both languages. */
export function drawFailure(e: DrawError | DrawInputError): BadInput {
  if (e instanceof DrawError) return new BadInput(`cannot draw: ${e.message} / ${e.zh}`);
  return new BadInput(`${e.what} do not match the format:\n${e.errors.map((x) => `  ${x.path}: ${x.en} / ${x.zh}`).join('\n')}`);
}
