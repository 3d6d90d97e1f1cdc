import { DomainError, ERROR_STATUS, ErrorCode } from '@app/platform';
import { fieldErrorKey, fieldErrorMessage } from '../i18n/field-errors';
import { FORM_LEVEL, type OrganizerFormErrors } from './organizer-form-input';

export interface OrganizerFailure {
  errors: OrganizerFormErrors;
  status: number;
}

/** The input a conflict belongs to; codes not listed go to the top of the form. */
const FIELD_OF_CODE: Partial<Record<ErrorCode, string>> = {
  [ErrorCode.SLUG_TAKEN]: 'slug',
  [ErrorCode.CODE_PREFIX_TAKEN]: 'codePrefix',
};

const FORM_CODES = new Set<ErrorCode>([
  ErrorCode.INVALID_STATUS_TRANSITION,
  ErrorCode.ANNOUNCED_BY_RESULTS,
  ErrorCode.STALE_VERSION,
  ErrorCode.RUBRIC_LOCKED,
  ErrorCode.CATEGORY_IN_USE,
  ErrorCode.CONFLICT,
  ErrorCode.DUPLICATE_KEY,
  ErrorCode.SLUG_TAKEN,
  ErrorCode.CODE_PREFIX_TAKEN,
  // The contest form saves the whole prize list: an awarded prize left out, a number too low.
  ErrorCode.PRIZE_AWARDED,
  ErrorCode.PRIZE_COUNT_EXCEEDED,
]);

/**
 * The messages of a domain error an organizer form can show beside the right input, or
 * undefined for anything else (NOT_FOUND...), which the page exception filter renders.
 * `keyField` is where a DUPLICATE_KEY goes (`key` of a category, `position` of a round).
 */
export function organizerFailureOf(error: unknown, keyField = 'key'): OrganizerFailure | undefined {
  if (!(error instanceof DomainError)) return undefined;
  if (error.code !== ErrorCode.VALIDATION_FAILED && !FORM_CODES.has(error.code)) return undefined;
  const errors: OrganizerFormErrors = {};
  for (const detail of error.details ?? []) errors[detail.field] = fieldErrorMessage(detail);
  if (error.code === ErrorCode.DUPLICATE_KEY)
    errors[keyField] = { key: `organizer.errors.DUPLICATE_KEY_${keyField}` };
  else if (error.code === ErrorCode.CONFLICT)
    errors.codePrefix = { key: 'organizer.errors.prefixLocked' };
  else if (FIELD_OF_CODE[error.code])
    errors[FIELD_OF_CODE[error.code]!] = { key: `organizer.errors.${error.code}` };
  else if (error.code !== ErrorCode.VALIDATION_FAILED)
    errors[FORM_LEVEL] = { key: `organizer.errors.${error.code}` };
  if (Object.keys(errors).length === 0) errors[FORM_LEVEL] = { key: fieldErrorKey('invalid') };
  return { errors, status: ERROR_STATUS[error.code] };
}
