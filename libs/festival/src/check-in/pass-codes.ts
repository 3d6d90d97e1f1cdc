import { randomBytes, randomInt } from 'node:crypto';

/**
 * Letters and digits no one confuses when reading a code aloud or typing it from a
 * phone screen: no 0/O, 1/I/L, 5/S, 2/Z, 8/B. 24 symbols over 8 places is about 2^36 codes,
 * and a code is looked up only within one festival and by signed-in staff.
 */
export const SHORT_CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY3467';
export const SHORT_CODE_LENGTH = 8;

/** The QR's secret: 32 random bytes, base64url (43 characters). */
export function newPassToken(): string {
  return randomBytes(32).toString('base64url');
}

export function newShortCode(): string {
  let code = '';
  for (let i = 0; i < SHORT_CODE_LENGTH; i++)
    code += SHORT_CODE_ALPHABET[randomInt(SHORT_CODE_ALPHABET.length)];
  return code;
}

/** A typed short code as staff may type it: any case, with spaces or dashes between groups. */
export function normaliseShortCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

/** What a scanned or typed code is: a token (long) or a short code; null for neither shape. */
export function codeKind(code: string): 'token' | 'short' | null {
  if (/^[A-Za-z0-9_-]{43}$/.test(code)) return 'token';
  const short = normaliseShortCode(code);
  if (
    short.length === SHORT_CODE_LENGTH &&
    [...short].every((c) => SHORT_CODE_ALPHABET.includes(c))
  )
    return 'short';
  return null;
}
