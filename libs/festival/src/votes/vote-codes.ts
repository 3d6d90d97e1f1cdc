import { createHash, randomBytes } from 'node:crypto';

// Crockford's base 32: no I, L, O or U, so a code read off a badge is typed without doubt.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A badge code: 12 symbols (60 random bits) in groups of four, `K7QD-3MZA-9XWP`. */
export function newVoteCode(): string {
  const bytes = randomBytes(12);
  let code = '';
  for (let i = 0; i < 12; i++) code += ALPHABET[bytes[i] & 31];
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

/** What is stored and compared: the code as typed, tolerant of case, spaces and dashes. */
export function voteCodeHash(typed: string): string {
  const normal = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return createHash('sha256').update(normal).digest('hex');
}
