import { dictionary } from '@zxcvbn-ts/language-common';
import { DomainError, ErrorCode } from '@app/platform';

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

let common: Set<string> | undefined;

/** The ~49k most common breached passwords (zxcvbn's list), indexed on first use. */
function commonPasswords(): Set<string> {
  common ??= new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));
  return common;
}

/** Why a password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, email?: string): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return `at least ${PASSWORD_MIN_LENGTH} characters`;
  if (length > PASSWORD_MAX_LENGTH) return `at most ${PASSWORD_MAX_LENGTH} characters`;
  const lower = password.toLowerCase();
  if (commonPasswords().has(lower)) return 'too common: it appears in lists of breached passwords';
  const local = email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local))
    return 'must not contain the e-mail address';
  return null;
}

export function assertAcceptablePassword(
  password: string,
  email?: string,
  field = 'password',
): void {
  const problem = passwordProblem(password, email);
  if (problem)
    throw new DomainError(ErrorCode.WEAK_PASSWORD, `The password is not acceptable: ${problem}`, [
      { field, code: 'weakPassword', messages: [problem] },
    ]);
}
