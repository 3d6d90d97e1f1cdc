import { randomInt } from 'node:crypto';

// Crockford-style alphabet without I, L, O, U: nothing to misread when typed off paper.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUPS = 3;
const GROUP_LENGTH = 4;
const SHAPE = new RegExp(
  `^[${ALPHABET}]{${GROUP_LENGTH}}(?:-[${ALPHABET}]{${GROUP_LENGTH}}){${GROUPS - 1}}$`,
);

/**
 * A new verification code such as `7KQ2-M9XD-4RTA`: 60 random bits from the system's
 * CSPRNG, so codes cannot be guessed from one another (a sequence would let anyone
 * enumerate the certificates and read who won what).
 */
export function newCertificateCode(): string {
  const groups: string[] = [];
  for (let g = 0; g < GROUPS; g++) {
    let group = '';
    for (let i = 0; i < GROUP_LENGTH; i++) group += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(group);
  }
  return groups.join('-');
}

/**
 * The code as typed by a reader (lower case, spaces, O for 0, I or L for 1), or null when it
 * cannot be one of ours: such input never reaches the database.
 */
export function normalizeCertificateCode(input: unknown): string | null {
  if (typeof input !== 'string' || input.length > 40) return null;
  const compact = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (compact.length !== GROUPS * GROUP_LENGTH) return null;
  const code = compact.match(new RegExp(`.{${GROUP_LENGTH}}`, 'g'))!.join('-');
  return SHAPE.test(code) ? code : null;
}
