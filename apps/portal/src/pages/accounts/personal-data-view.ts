import type { FastifyReply } from 'fastify';
import { exportFileName, GENDERS } from '@app/accounts';
import type { PersonalDataExport, User } from '@app/accounts';
import { DomainError, ErrorCode, LOCALES } from '@app/platform';
import {
  FORM_LEVEL,
  formFailureOf,
  type FormErrors,
  type FormFailure,
} from '../platform/page-form';

/** Choices of the profile form. */
export const PROFILE_CHOICES = { genders: GENDERS, locales: LOCALES };

/** Fields of the profile form an empty input clears (the API takes `null` for the same). */
const CLEARABLE = ['phone', 'organization', 'title', 'district', 'dateOfBirth', 'gender'];

/** The export as a download: the same document, headers and file name as the API's. */
export async function sendExport(reply: FastifyReply, document: PersonalDataExport) {
  await reply
    .headers({
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="${exportFileName(document)}"`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    })
    .send(JSON.stringify(document, null, 2));
}

/** The profile as the form shows it. */
export function profileValues(user: User): Record<string, string> {
  return {
    fullName: user.fullName,
    phone: user.phone ?? '',
    organization: user.organization ?? '',
    title: user.title ?? '',
    district: user.district ?? '',
    dateOfBirth: user.dateOfBirth ?? '',
    gender: user.gender ?? '',
    locale: user.locale,
  };
}

/**
 * The posted profile form as UpdateProfileDto input. The page sends every field, so an
 * emptied optional field means "remove it"; an emptied name is refused as missing.
 */
export function profileInput(body: Record<string, unknown>): {
  input: Record<string, unknown>;
  errors: FormErrors;
} {
  const input: Record<string, unknown> = { ...body };
  for (const field of CLEARABLE) if (input[field] === '') input[field] = null;
  const name = body.fullName;
  const errors: FormErrors =
    typeof name === 'string' && name.trim() === '' ? { fullName: 'fieldErrors.required' } : {};
  return { input, errors };
}

/** Refusals of an erasure the form explains: a wrong password, or a rule that blocks it. */
export function erasureFailureOf(error: unknown): FormFailure | undefined {
  if (
    error instanceof DomainError &&
    (error.code === ErrorCode.LAST_ADMIN || error.code === ErrorCode.OPEN_ASSIGNMENTS)
  )
    return { errors: { [FORM_LEVEL]: `errors.${error.code}` }, status: 409 };
  return formFailureOf(error, { password: 'errors.WRONG_CURRENT_PASSWORD' });
}

/** Form errors (catalogue keys) as the entry-page macros take them. */
export function asMessages(errors: FormErrors): Record<string, { key: string }> {
  return Object.fromEntries(Object.entries(errors).map(([field, key]) => [field, { key }]));
}
