import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { EmailAddress, Flag, LOCALES, Optional, RawString, TrimmedString } from '@app/platform';
import type { Locale } from '@app/platform';
import { PASSWORD_MAX_LENGTH } from '../passwords/password-policy';
import { ALL_ROLES, Role } from '../users/role';

export class RegisterDto {
  @EmailAddress()
  email!: string;

  /** Length and commonness are checked by the password policy, with its own code. */
  @RawString({ max: PASSWORD_MAX_LENGTH + 1, example: 'a long passphrase' })
  password!: string;

  @TrimmedString({ max: 120, example: 'Nguyễn Văn An' })
  fullName!: string;

  @TrimmedString({ max: 32, optional: true, example: '0912345678' })
  phone?: string;

  @TrimmedString({ max: 200, optional: true, example: 'Trường Đại học Phạm Văn Đồng' })
  organization?: string;

  @Optional()
  @IsIn(LOCALES)
  @ApiPropertyOptional({ enum: LOCALES, default: 'vi' })
  locale?: Locale;

  /** Must be exactly `true` (checked by the service, with CONSENT_REQUIRED): the explicit consent. */
  @Flag({ optional: true })
  consent?: boolean;
}

export class LoginDto {
  @EmailAddress()
  email!: string;

  @RawString({ max: 1024 })
  password!: string;
}

export class TokenDto {
  @RawString({ max: 200 })
  token!: string;
}

export class RefreshDto {
  @RawString({ max: 200 })
  refreshToken!: string;
}

export class ForgotPasswordDto {
  @EmailAddress()
  email!: string;

  @Optional()
  @IsIn(LOCALES)
  @ApiPropertyOptional({ enum: LOCALES })
  locale?: Locale;
}

export class ResetPasswordDto {
  @RawString({ max: 200 })
  token!: string;

  @RawString({ max: PASSWORD_MAX_LENGTH + 1 })
  newPassword!: string;
}

export class ChangePasswordDto {
  @RawString({ max: 1024 })
  currentPassword!: string;

  @RawString({ max: PASSWORD_MAX_LENGTH + 1 })
  newPassword!: string;
}

export class ChangeRoleDto {
  @IsIn(ALL_ROLES)
  @ApiProperty({ enum: ALL_ROLES })
  role!: Role;
}
