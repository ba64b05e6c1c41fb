import { describe, expect, it } from 'vitest';
import { checkIdNumber, checkUscc, completeUscc, usccCheckChar } from '../../src/core/model/identifiers';

describe('unified social credit code (GB 32100-2015)', () => {
  it.each([
    ['91350100M000100Y43', 'valid'], // a published example code
    ['91110000600037341L', 'valid'],
    ['91350100M000100Y44', 'bad-check-digit'],
    ['91110000600037341K', 'bad-check-digit'],
    ['9135010OM000100Y43', 'bad-format'], // letter O is not in the character set
    ['91350100M000100Y4', 'bad-format'], // 17 characters
    ['91350100m000100y43', 'bad-format'], // lower case
  ])('%s is %s', (code, expected) => {
    expect(checkUscc(code)).toBe(expected);
  });

  it('completeUscc appends the check character', () => {
    expect(completeUscc('91350100M000100Y4')).toBe('91350100M000100Y43');
    expect(checkUscc(completeUscc('92440300MA5EXXXX0'))).toBe('valid');
  });

  it('maps a remainder of 0 to check character 0, not 31', () => {
    // Search a body whose weighted sum is a multiple of 31, so the naive 31 - 0 would overflow the table.
    let body = '';
    for (let i = 0; i < 1000 && !body; i++) {
      const b = `9111000000000${String(i).padStart(4, '0')}`;
      if (usccCheckChar(b) === '0') body = b;
    }
    expect(body).not.toBe('');
    expect(checkUscc(`${body}0`)).toBe('valid');
  });
});

describe('resident ID number (GB 11643-1999)', () => {
  it.each([
    ['11010519491231002X', 'valid'],
    ['110105194912310021', 'bad-check-digit'],
    ['11010519491231002', 'bad-format'],
  ])('%s is %s', (id, expected) => {
    expect(checkIdNumber(id)).toBe(expected);
  });
});
