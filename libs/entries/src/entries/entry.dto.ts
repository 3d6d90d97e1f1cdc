import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsIn,
  IsISO8601,
  IsObject,
  IsString,
  IsUrl,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { APPLICANT_TYPES } from '@app/contests';
import type { ApplicantType } from '@app/contests';
import { EmailAddress, Nullable, Optional, TrimmedString } from '@app/platform';
import { MemberRole } from '../members/team-member.entity';
import { COMMUNE_NAMES } from '../addresses/communes';
import { maxLengthOf } from './entry-fields';
import { ENTRY_STAGES, GENDERS, MAX_TEAM_MEMBERS, TEXT_LIMITS } from './entry-limits';
import type { EntryStage } from './entry-limits';

/** Optional text: trimmed; an empty string or `null` clears the field. */
function OptionalText(max: number) {
  return applyDecorators(
    Transform(({ value }: { value: unknown }) => {
      if (typeof value !== 'string') return value;
      const trimmed = value.trim();
      return trimmed === '' ? null : trimmed;
    }),
    Nullable(),
    IsString(),
    MaxLength(max),
    ApiPropertyOptional({ type: String, nullable: true, maxLength: max }),
  );
}

/** A calendar date `YYYY-MM-DD` that exists; `null` clears it. */
function OptionalCalendarDate() {
  return applyDecorators(
    Nullable(),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date YYYY-MM-DD' }),
    IsISO8601({ strict: true }),
    ApiPropertyOptional({ type: String, nullable: true, format: 'date' }),
  );
}

const KEY_PATTERN = /^[a-z0-9][a-z0-9_-]{0,39}$/;

export class TeamMemberDto {
  @TrimmedString({ max: TEXT_LIMITS.memberName, example: 'Nguyễn Thị Lan' })
  fullName!: string;

  @EmailAddress()
  email!: string;

  @OptionalCalendarDate()
  dateOfBirth?: string | null;

  @Nullable()
  @IsIn(GENDERS)
  @ApiPropertyOptional({ enum: GENDERS, nullable: true })
  gender?: string | null;

  @OptionalText(TEXT_LIMITS.memberOrganization)
  organization?: string | null;

  @IsEnum(MemberRole)
  @ApiProperty({ enum: MemberRole })
  role!: MemberRole;
}

/** The parts of the form that are the same on creation and on edit. */
export class EntryContentDto {
  @Nullable()
  @IsString()
  @Matches(KEY_PATTERN)
  @ApiPropertyOptional({ type: String, nullable: true, example: 'nong-nghiep' })
  fieldKey?: string | null;

  @OptionalText(maxLengthOf('teamName')) teamName?: string | null;
  @OptionalText(maxLengthOf('organization')) organization?: string | null;
  @OptionalText(maxLengthOf('district')) district?: string | null;

  /** One of the province's communes, wards or special zone, by name (`Phường Sa Huỳnh`). */
  @Nullable()
  @IsIn(COMMUNE_NAMES)
  @ApiPropertyOptional({ type: String, nullable: true, example: 'Phường Sa Huỳnh' })
  commune?: string | null;

  @OptionalCalendarDate() businessRegisteredOn?: string | null;
  @OptionalText(maxLengthOf('summary')) summary?: string | null;
  @OptionalText(maxLengthOf('problem')) problem?: string | null;
  @OptionalText(maxLengthOf('solution')) solution?: string | null;
  @OptionalText(maxLengthOf('customers')) customers?: string | null;
  @OptionalText(maxLengthOf('businessModel')) businessModel?: string | null;
  @OptionalText(maxLengthOf('advantage')) advantage?: string | null;
  @OptionalText(maxLengthOf('fundingNeeds')) fundingNeeds?: string | null;

  @Nullable()
  @IsIn(ENTRY_STAGES)
  @ApiPropertyOptional({ enum: ENTRY_STAGES, nullable: true })
  stage?: EntryStage | null;

  @OptionalText(maxLengthOf('videoUrl'))
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  videoUrl?: string | null;

  /** Answers to the contest's extra questions, by question key; checked against them. */
  @Optional()
  @IsObject()
  @ApiPropertyOptional({ type: 'object', additionalProperties: true })
  answers?: Record<string, unknown>;

  /** The whole team, replacing the stored list: exactly one leader, the account holder. */
  @Optional()
  @IsArray()
  @ArrayMaxSize(MAX_TEAM_MEMBERS)
  @ValidateNested({ each: true })
  @Type(() => TeamMemberDto)
  @ApiPropertyOptional({ type: [TeamMemberDto] })
  members?: TeamMemberDto[];
}

export class CreateEntryDto extends EntryContentDto {
  @IsString()
  @Matches(KEY_PATTERN)
  @ApiProperty({ example: 'y-tuong' })
  categoryKey!: string;

  @IsIn(APPLICANT_TYPES)
  @ApiProperty({ enum: APPLICANT_TYPES })
  applicantType!: ApplicantType;

  @TrimmedString({ max: maxLengthOf('title'), example: 'Truy xuất nguồn gốc nông sản' })
  title!: string;
}

export class UpdateEntryDto extends EntryContentDto {
  @Optional()
  @IsString()
  @Matches(KEY_PATTERN)
  @ApiPropertyOptional({ example: 'du-an' })
  categoryKey?: string;

  @Optional()
  @IsIn(APPLICANT_TYPES)
  @ApiPropertyOptional({ enum: APPLICANT_TYPES })
  applicantType?: ApplicantType;

  @Optional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(1)
  @MaxLength(maxLengthOf('title'))
  @ApiPropertyOptional({ maxLength: maxLengthOf('title') })
  title?: string;
}
