import { DrawError, DrawInputError } from '../core/draw';
import { BadInput } from './io';
import { msg, pick } from '../i18n';
import { fieldWithPath } from '../i18n/field-label';

/** A draw that cannot be made, as the CLI's bad-input error (exit 2), in the run's language. */
export function drawFailure(e: DrawError | DrawInputError): BadInput {
  if (e instanceof DrawError) return new BadInput(msg('cli.draw.cannot', { reason: pick({ zh: e.zh, en: e.message }) }));
  return new BadInput(`${msg('cli.draw.inputFormat', { what: drawInputName(e.what) })}\n${e.errors.map((x) => `  ${fieldWithPath(x.path)}${msg('field.sep')}${pick(x)}`).join('\n')}`);
}

/** What a draw input is, in words (DrawInputError names it as objects, inspectors or request). */
const drawInputName = (what: string): string =>
  what === 'objects' ? msg('cli.draw.input.objects') : what === 'inspectors' ? msg('cli.draw.input.inspectors') : what === 'request' ? msg('cli.draw.input.request') : what;
