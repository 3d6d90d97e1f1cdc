import { DomainError, ErrorCode, type FieldErrorCode } from '@app/platform';
import { ConflictSubject } from './conflict-of-interest.entity';
import { isPublicEmailDomain, normaliseDomain, normaliseEmail } from './conflict-rules';

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const DOMAIN = /^(?=.{3,253}$)[a-z0-9-]+(\.[a-z0-9-]+)+$/;

/**
 * The value a conflict about a person, an organisation or a domain is stored with, or a
 * VALIDATION_FAILED naming `field`. Entry conflicts are checked against the contest instead.
 */
export function conflictValueOf(subject: ConflictSubject, raw: string, field = 'value'): string {
  const value = raw.trim();
  switch (subject) {
    case ConflictSubject.person: {
      const email = normaliseEmail(value);
      if (!EMAIL.test(email)) throw invalid(field, 'notEmail', 'must be an e-mail address');
      return email;
    }
    case ConflictSubject.organization:
      if (value === '') throw invalid(field, 'required', 'must not be empty');
      return value.replace(/\s+/g, ' ');
    case ConflictSubject.emailDomain: {
      const domain = normaliseDomain(value);
      if (!domain || !DOMAIN.test(domain))
        throw invalid(field, 'notFormat', 'must be an e-mail domain');
      // Everybody shares gmail.com: such a conflict would bar the judge from nearly every entry.
      if (isPublicEmailDomain(domain))
        throw invalid(field, 'publicMailDomain', 'must not be a public mail provider');
      return domain;
    }
    default:
      return value.toLowerCase();
  }
}

function invalid(field: string, code: FieldErrorCode, message: string): DomainError {
  return new DomainError(ErrorCode.VALIDATION_FAILED, `${field} ${message}`, [
    { field, code, messages: [message] },
  ]);
}
