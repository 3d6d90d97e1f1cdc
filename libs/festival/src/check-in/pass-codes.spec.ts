import { describe, expect, it } from '@jest/globals';
import {
  SHORT_CODE_ALPHABET,
  codeKind,
  newPassToken,
  newShortCode,
  normaliseShortCode,
} from './pass-codes';

describe('pass codes', () => {
  it('makes short codes of 8 unambiguous symbols only', () => {
    for (let i = 0; i < 200; i++) {
      const code = newShortCode();
      expect(code).toMatch(/^[A-Z0-9]{8}$/);
      expect([...code].every((c) => SHORT_CODE_ALPHABET.includes(c))).toBe(true);
    }
    for (const confusable of ['0', 'O', '1', 'I', 'L', '5', 'S', '2', 'Z', '8', 'B'])
      expect(SHORT_CODE_ALPHABET).not.toContain(confusable);
  });

  it('makes long tokens that are never the same', () => {
    const tokens = new Set(Array.from({ length: 100 }, newPassToken));
    expect(tokens.size).toBe(100);
    for (const t of tokens) expect(codeKind(t)).toBe('token');
  });

  it('reads a typed short code in any case with spaces and dashes', () => {
    expect(normaliseShortCode('kq7m-x3pa')).toBe('KQ7MX3PA');
    expect(codeKind('kq7m x3pa')).toBe('short');
    expect(codeKind('KQ7MX3P0')).toBeNull();
    expect(codeKind('')).toBeNull();
  });
});
