import { DomainError, ERROR_STATUS, ErrorCode, validateInput } from '@app/platform';
import { fieldErrorKey } from '../i18n/field-errors';

/** Field name -> catalogue key of its message; `_form` holds a message for the whole form. */
export type FormErrors = Record<string, string>;
export const FORM_LEVEL = '_form';

export type FormResult<T> = { ok: true; value: T } | { ok: false; errors: FormErrors };

/** Fields whose content is never sent back into a re-rendered form. */
const SECRET_FIELDS = new Set([
  'password',
  'currentPassword',
  'newPassword',
  'confirmPassword',
  '_csrf',
]);

/**
 * Validates a urlencoded page form against a form class with the API pipe's rules, and
 * returns the field errors by code so the page can re-render the form with them. Empty
 * inputs count as absent (browsers send optional fields as empty strings); the CSRF token
 * was already checked by the CSRF hook and is not part of the form class. `messageFor`
 * gives a field its own message whatever the code (a consent box, a confirmation).
 */
export function readForm<T extends object>(
  formClass: new () => T,
  body: unknown,
  messageFor: Record<string, string> = {},
): FormResult<T> {
  const input: Record<string, unknown> = {};
  if (body && typeof body === 'object') {
    for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
      if (key !== '_csrf' && value !== '') input[key] = value;
    }
  }
  const result = validateInput(formClass, input);
  if (result.ok) return result;
  const errors: FormErrors = {};
  for (const error of result.errors) {
    // A field the form does not have means a stale or forged form: say so at the top.
    if (error.code === 'unknownField') errors[FORM_LEVEL] = fieldErrorKey('invalid');
    else errors[error.field] = messageFor[error.field] ?? fieldErrorKey(error.code);
  }
  return { ok: false, errors };
}

/** What the person typed, to put back into a re-rendered form: strings only, never passwords. */
export function keptValues(body: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  if (!body || typeof body !== 'object') return values;
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    if (typeof value === 'string' && !SECRET_FIELDS.has(key)) values[key] = value;
  }
  return values;
}

const FIELD_CODES = new Set<ErrorCode>([
  ErrorCode.EMAIL_TAKEN,
  ErrorCode.WEAK_PASSWORD,
  ErrorCode.CONSENT_REQUIRED,
  ErrorCode.VALIDATION_FAILED,
]);

const FORM_CODES = new Set<ErrorCode>([
  ErrorCode.INVALID_CREDENTIALS,
  ErrorCode.INVALID_TOKEN,
  ErrorCode.TOKEN_EXPIRED,
]);

export interface FormFailure {
  errors: FormErrors;
  status: number;
}

/**
 * The form errors of a domain error a form can show (a taken e-mail, a weak password...),
 * or undefined for anything else, which the page exception filter then renders.
 * `fieldMessages` overrides the message of a code on a field (e.g. a wrong current password).
 */
export function formFailureOf(
  error: unknown,
  fieldMessages: Record<string, string> = {},
): FormFailure | undefined {
  if (!(error instanceof DomainError)) return undefined;
  if (!FIELD_CODES.has(error.code) && !FORM_CODES.has(error.code)) return undefined;
  const validation = error.code === ErrorCode.VALIDATION_FAILED;
  const message = validation ? fieldErrorKey('invalid') : `errors.${error.code}`;
  const errors: FormErrors = {};
  for (const detail of error.details ?? []) {
    errors[detail.field] =
      fieldMessages[detail.field] ?? (validation ? fieldErrorKey(detail.code) : message);
  }
  if (Object.keys(errors).length === 0) {
    const field = error.code === ErrorCode.EMAIL_TAKEN ? 'email' : FORM_LEVEL;
    errors[field] = message;
  }
  return { errors, status: ERROR_STATUS[error.code] };
}

/**
 * Runs the service call of a form POST. A failure the page can explain (`explain` maps
 * it: a coded domain error) is returned, so the form is shown again with it; anything else
 * propagates to the error page.
 */
export async function attempt<F>(
  work: () => Promise<unknown>,
  explain: (error: unknown) => F | undefined | null,
): Promise<F | undefined> {
  try {
    await work();
    return undefined;
  } catch (error) {
    const failure = explain(error);
    if (!failure) throw error;
    return failure;
  }
}

/** A token taken from a mailed link's query string, or undefined when it cannot be one. */
export function linkToken(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 && value.length <= 200 ? value : undefined;
}

/** What a form gives its service: the validated value, or the field errors to show. */
export type FormInput<Value, Errors> = { ok: true; value: Value } | { ok: false; errors: Errors };

/**
 * The one flow of a form POST: input that does not validate comes back on the form with
 * its field errors, otherwise the service call runs; a refusal the page can explain comes
 * back on the form too, and success moves on (a redirect). Each step is the page's own, so
 * pages with differing templates and error shapes still share the order and the rules.
 */
export async function submitForm<Value, Errors, Failure>(steps: {
  input: FormInput<Value, Errors>;
  save: (value: Value) => Promise<unknown>;
  explain: (error: unknown) => Failure | undefined | null;
  invalid: (errors: Errors) => unknown;
  refused: (failure: Failure) => unknown;
  done: () => unknown;
}): Promise<unknown> {
  const input = steps.input;
  if (!input.ok) return steps.invalid(input.errors);
  const failure = await attempt(() => steps.save(input.value), steps.explain);
  return failure ? steps.refused(failure) : steps.done();
}
