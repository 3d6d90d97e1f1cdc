import { IsIn, IsUUID } from 'class-validator';
import { ADVANCE_SUBJECTS, ConflictSubject } from '@app/judging';
import {
  DomainError,
  EmailAddress,
  ERROR_STATUS,
  ErrorCode,
  Optional,
  TrimmedString,
} from '@app/platform';
import { ResetPasswordForm } from '../accounts/page-forms.dto';
import { fieldErrorKey } from '../i18n/field-errors';

/** The first password of an invited judge; `invitation` is where to go after signing in. */
export class SetPasswordForm extends ResetPasswordForm {
  @Optional()
  @IsUUID()
  invitation?: string;
}

export class InviteJudgeForm {
  @EmailAddress()
  email!: string;

  @TrimmedString({ max: 120, optional: true })
  fullName?: string;

  /** A checkbox group: one value arrives as a string, several as an array. */
  @Optional()
  categoryKeys?: string | string[];

  @Optional()
  fieldKeys?: string | string[];
}

export class DeclareConflictForm {
  @IsUUID()
  contestId!: string;

  @IsIn(ADVANCE_SUBJECTS)
  subject!: string;

  @TrimmedString({ max: 254 })
  value!: string;

  @TrimmedString({ max: 500, optional: true })
  reason?: string;
}

export class RecordConflictForm {
  @IsUUID()
  judgeUserId!: string;

  @IsIn(Object.values(ConflictSubject))
  subject!: ConflictSubject;

  @TrimmedString({ max: 254 })
  value!: string;

  @TrimmedString({ max: 500 })
  reason!: string;
}

export const listOf = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** Domain errors a judging form shows above itself; anything else goes to the error page. */
const SHOWN = new Set<ErrorCode>([
  ErrorCode.VALIDATION_FAILED,
  ErrorCode.CANNOT_JUDGE,
  ErrorCode.CONFLICT,
  ErrorCode.FORBIDDEN,
  ErrorCode.INVALID_STATUS_TRANSITION,
  ErrorCode.NOT_FOUND,
]);

export interface JudgingFailure {
  /** Catalogue key of the line above the form. */
  failed: string;
  /** Catalogue key of each refused field's message, by its code. */
  errors: Record<string, string>;
  status: number;
}

export function judgingFailureOf(error: unknown): JudgingFailure | undefined {
  if (!(error instanceof DomainError) || !SHOWN.has(error.code)) return undefined;
  const errors: Record<string, string> = {};
  for (const detail of error.details ?? []) errors[detail.field] = fieldErrorKey(detail.code);
  return { failed: `jury.errors.${error.code}`, errors, status: ERROR_STATUS[error.code] };
}
