import { applyDecorators } from '@nestjs/common';
import { IsIn, IsString, Matches, MaxLength } from 'class-validator';
import { EmailAddress, Optional, TrimmedString } from '@app/platform';

/** Passwords are taken as typed (never trimmed); their rules live in the password policy. */
const Password = () => applyDecorators(IsString(), MaxLength(1024));

/** Where to go after signing in: checked again (same-site paths only) before use. */
const NextPath = () => applyDecorators(Optional(), IsString(), MaxLength(2000));

export class RegisterForm {
  @EmailAddress()
  email!: string;

  @Password()
  password!: string;

  @TrimmedString({ max: 120 })
  fullName!: string;

  @TrimmedString({ max: 32, optional: true })
  @Matches(/^\+?[0-9 ().-]{6,31}$/)
  phone?: string;

  @TrimmedString({ max: 200, optional: true })
  organization?: string;

  /** An unticked checkbox is simply absent from the body. */
  @IsIn(['on', 'true'])
  consent!: string;
}

export class LoginForm {
  @EmailAddress()
  email!: string;

  @Password()
  password!: string;

  @NextPath()
  next?: string;
}

export class TokenForm {
  @IsString()
  @MaxLength(200)
  token!: string;
}

export class ForgotPasswordForm {
  @EmailAddress()
  email!: string;
}

export class ResetPasswordForm extends TokenForm {
  @Password()
  newPassword!: string;

  @Password()
  confirmPassword!: string;
}

export class ChangePasswordForm {
  @Password()
  currentPassword!: string;

  @Password()
  newPassword!: string;

  @Password()
  confirmPassword!: string;
}

/** An administrator looks an account up by its e-mail (personal-data requests). */
export class AccountLookupForm {
  @EmailAddress()
  email!: string;
}
