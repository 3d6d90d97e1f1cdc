import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsISO8601, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { LOCALES, Nullable, Optional, TrimmedString } from '@app/platform';
import type { Locale } from '@app/platform';
import { GENDERS, PERSON_LIMITS, PHONE_PATTERN } from './person-fields';
import type { Gender } from './person-fields';

const trimmed = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : value;

/** Optional text that may be cleared: trimmed, and an empty string or `null` clears it. */
function ClearableText(max: number, example: string) {
  return applyDecorators(
    Transform(({ value }: { value: unknown }) => {
      const v = trimmed({ value });
      return v === '' ? null : v;
    }),
    Nullable(),
    IsString(),
    MaxLength(max),
    ApiPropertyOptional({ type: String, nullable: true, maxLength: max, example }),
  );
}

/**
 * A correction of the person's own profile (PATCH /me): only the fields sent change. The
 * e-mail address is not here: changing it needs a verification of the new address.
 */
export class UpdateProfileDto {
  @Transform(trimmed)
  @Optional()
  @IsString()
  @MinLength(1)
  @MaxLength(PERSON_LIMITS.fullName)
  @ApiPropertyOptional({ maxLength: PERSON_LIMITS.fullName, example: 'Nguyễn Thị Lan' })
  fullName?: string;

  @ClearableText(PERSON_LIMITS.phone, '0912 345 678')
  @Matches(PHONE_PATTERN, { message: '$property must be a phone number' })
  phone?: string | null;

  @ClearableText(PERSON_LIMITS.organization, 'Trường Đại học Phạm Văn Đồng')
  organization?: string | null;

  @ClearableText(PERSON_LIMITS.district, 'Thành phố Quảng Ngãi')
  district?: string | null;

  /** Academic or professional title, written as the person uses it; mails to judges start with it. */
  @ClearableText(PERSON_LIMITS.title, 'PGS.TS.')
  title?: string | null;

  /** A calendar date `YYYY-MM-DD` between 1900 and today (checked by the service); `null` clears it. */
  @Transform(({ value }: { value: unknown }) => (value === '' ? null : value))
  @Nullable()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  @ApiPropertyOptional({ type: String, nullable: true, format: 'date', example: '2004-09-02' })
  dateOfBirth?: string | null;

  @Transform(({ value }: { value: unknown }) => (value === '' ? null : value))
  @Nullable()
  @IsIn(GENDERS)
  @ApiPropertyOptional({ enum: GENDERS, nullable: true })
  gender?: Gender | null;

  @Optional()
  @IsIn(LOCALES)
  @ApiPropertyOptional({ enum: LOCALES })
  locale?: Locale;
}

/** The same correction made by an administrator on the person's written request. */
export class AdminProfileCorrectionDto extends UpdateProfileDto {
  @TrimmedString({ min: 3, max: 500, example: 'Đơn đề nghị chỉnh sửa thông tin số 3/2026' })
  reason!: string;
}
