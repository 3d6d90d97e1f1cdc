import { DomainError, ERROR_STATUS, ErrorCode } from '@app/platform/errors';
import type { Message } from '../contests/contest-view';
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

interface Detail {
  field: string;
  messages?: string[];
  code?: string;
  memberIndex?: number;
  limit?: number;
}

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
      for (const detail of details) errors[fieldOf(detail.field, section)] = invalid(detail);
      if (Object.keys(errors).length === 0) errors[section] = { key: 'validation.invalid' };
      break;
    case ErrorCode.NOT_ELIGIBLE:
      errors[FORM_LEVEL] = { key: 'errors.NOT_ELIGIBLE' };
      for (const detail of details) errors[detail.field] = ineligible(detail);
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

function invalid(detail: Detail): Message {
  const text = detail.messages?.join(' ') ?? '';
  if (/same as members/.test(text)) return { key: 'validation.duplicateEmail' };
  if (/leader/.test(text)) return { key: 'entryForm.leaderRule' };
  if (/option/.test(text)) return { key: 'validation.choice' };
  if (/number/.test(text)) return { key: 'validation.number' };
  if (/link/.test(text)) return { key: 'validation.url' };
  if (/at most/.test(text)) return { key: 'validation.tooLong' };
  return { key: 'validation.invalid' };
}

/** Eligibility reasons in words, with the member's row number and the limit broken. */
export function ineligible(detail: Detail): Message {
  const code = detail.code ?? detail.messages?.[0] ?? 'UNKNOWN';
  return {
    key: `ineligible.${code}`,
    vars: {
      limit: detail.limit ?? '',
      member: detail.memberIndex === undefined ? '' : detail.memberIndex + 1,
    },
  };
}

function missing(field: string): Message {
  if (field.startsWith('attachments.')) return { key: 'submit.missingPitchDeck' };
  return { key: 'submit.missingField' };
}
