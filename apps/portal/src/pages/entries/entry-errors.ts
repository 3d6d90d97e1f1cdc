import { DomainError, ERROR_STATUS, ErrorCode } from '@app/platform';
import type { FieldError } from '@app/platform';
import type { Message } from '../contests/contest-view';
import { fieldErrorKey, fieldErrorMessage } from '../i18n/field-errors';
import type { EntryFormErrors } from './entry-form-input';

/** Where a message of the whole form goes; the page shows it at the top. */
export const FORM_LEVEL = '_form';
/** Where upload problems go: beside the upload form. */
export const FILES_SECTION = '_files';

const FORM_CODES = new Set<ErrorCode>([
  ErrorCode.DEADLINE_PASSED,
  ErrorCode.CONTEST_NOT_OPEN,
  ErrorCode.ENTRY_LOCKED,
  ErrorCode.EMAIL_NOT_VERIFIED,
]);

const FILE_CODES = new Set<ErrorCode>([
  ErrorCode.UNSUPPORTED_FILE_TYPE,
  ErrorCode.FILE_TOO_LARGE,
  ErrorCode.EMPTY_FILE,
  ErrorCode.TOO_MANY_FILES,
  ErrorCode.MALFORMED_UPLOAD,
]);

/** A field error; eligibility reasons add the member's row and the limit broken. */
type Detail = FieldError & { memberIndex?: number; limit?: number };

export interface EntryFailure {
  errors: EntryFormErrors;
  status: number;
}

/**
 * The messages of a domain error an entry page can show beside the right section, or
 * undefined for anything else (NOT_FOUND...), which the page exception filter renders.
 */
export function entryFailureOf(error: unknown, section = FORM_LEVEL): EntryFailure | undefined {
  if (!(error instanceof DomainError)) return undefined;
  const status = ERROR_STATUS[error.code];
  const details = (error.details ?? []) as Detail[];
  const errors: EntryFormErrors = {};
  switch (error.code) {
    case ErrorCode.VALIDATION_FAILED:
      for (const detail of details)
        errors[fieldOf(detail.field, section)] = fieldErrorMessage(detail);
      if (Object.keys(errors).length === 0) errors[section] = { key: fieldErrorKey('invalid') };
      break;
    case ErrorCode.NOT_ELIGIBLE:
      errors[FORM_LEVEL] = { key: 'errors.NOT_ELIGIBLE' };
      for (const detail of details) errors[detail.field] = fieldErrorMessage(detail);
      break;
    case ErrorCode.ENTRY_INCOMPLETE:
      errors[FORM_LEVEL] = { key: 'errors.ENTRY_INCOMPLETE' };
      for (const detail of details) errors[detail.field] = missing(detail.field);
      break;
    default:
      if (FILE_CODES.has(error.code)) errors[FILES_SECTION] = { key: `errors.${error.code}` };
      else if (FORM_CODES.has(error.code)) errors[section] = { key: `errors.${error.code}` };
      else return undefined;
  }
  return { errors, status };
}

/** A problem with the attachment kind belongs to the upload form, not to a field of the entry. */
function fieldOf(field: string, section: string): string {
  return field === 'kind' && section === FILES_SECTION ? FILES_SECTION : field;
}

function missing(field: string): Message {
  if (field.startsWith('attachments.')) return { key: 'submit.missingPitchDeck' };
  return { key: 'submit.missingField' };
}
