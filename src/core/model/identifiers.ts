/**
 * Identifier checks for object records: the unified social credit code (统一社会信用代码,
 * GB 32100-2015) and the resident ID number (GB 11643-1999). Pure functions, no schema:
 * a failed check digit is a finding (registry.object-fields), not a parse error, because
 * some early codes fail it and the platform still carries them.
 */
const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
export const USCC_PATTERN = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** The check character a 17-character USCC body should end with. */
export function usccCheckChar(body17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_CHARS.indexOf(body17[i]);
    if (v < 0) throw new Error(`not a USCC character: ${body17[i]}`);
    sum += v * USCC_WEIGHTS[i];
  }
  return USCC_CHARS[(31 - (sum % 31)) % 31];
}

export type IdCheck = 'valid' | 'bad-format' | 'bad-check-digit';

export function checkUscc(code: string): IdCheck {
  if (!USCC_PATTERN.test(code)) return 'bad-format';
  return usccCheckChar(code.slice(0, 17)) === code[17] ? 'valid' : 'bad-check-digit';
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';
export const ID_NUMBER_PATTERN = /^\d{17}[\dX]$/;

export function checkIdNumber(id: string): IdCheck {
  if (!ID_NUMBER_PATTERN.test(id)) return 'bad-format';
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * ID_WEIGHTS[i];
  return ID_CHECK[sum % 11] === id[17] ? 'valid' : 'bad-check-digit';
}

/** Build a valid USCC from a 17-character body (used by fixtures and the sandbox's seed data). */
export function completeUscc(body17: string): string {
  return body17 + usccCheckChar(body17);
}
