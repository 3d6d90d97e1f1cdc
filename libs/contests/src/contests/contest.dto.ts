import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, Matches, ValidateNested } from 'class-validator';
import { Flag, Nullable, TrimmedString } from '@app/platform';
import { EligibilityDto } from '../eligibility/eligibility.dto';
import {
  IsoDateTime,
  Key,
  MarkdownText,
  NestedList,
  WholeNumber,
} from '../validation/contest-dto-decorators';
import { ContestPrizeDto } from '../prizes/prize.dto';
import { ContestKind, ContestStatus } from './contest.entity';

export const CONTEST_TEXT_LIMITS = { name: 200, description: 20_000, rules: 50_000 } as const;

export class ContestFieldDto {
  @Key()
  key!: string;

  @TrimmedString({ max: 120, example: 'Công nghệ số' })
  labelVi!: string;

  @TrimmedString({ max: 120, example: 'Digital technology' })
  labelEn!: string;
}

export class CreateContestDto {
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message: 'slug must be lower-case letters, digits and single dashes',
  })
  @TrimmedString({ min: 3, max: 64, example: 'khoi-nghiep-dmst-lan-5-2026' })
  slug!: string;

  @Matches(/^[A-Z0-9]{2,8}$/, { message: 'codePrefix must be 2 to 8 capital letters or digits' })
  @ApiProperty({ example: 'QNG5' })
  codePrefix!: string;

  @TrimmedString({ max: CONTEST_TEXT_LIMITS.name })
  nameVi!: string;

  @TrimmedString({ max: CONTEST_TEXT_LIMITS.name })
  nameEn!: string;

  @IsIn(Object.values(ContestKind))
  @ApiProperty({ enum: ContestKind })
  kind!: ContestKind;

  @MarkdownText({ max: CONTEST_TEXT_LIMITS.description })
  descriptionVi!: string;

  @MarkdownText({ max: CONTEST_TEXT_LIMITS.description })
  descriptionEn!: string;

  @MarkdownText({ max: CONTEST_TEXT_LIMITS.rules, nullable: true })
  rulesVi?: string | null;

  @MarkdownText({ max: CONTEST_TEXT_LIMITS.rules, nullable: true })
  rulesEn?: string | null;

  /** Optional while a draft; both windows are required to open the contest. */
  @IsoDateTime({ nullable: true })
  registrationOpensAt?: string | null;

  @IsoDateTime({ nullable: true })
  submissionDeadline?: string | null;

  @WholeNumber({ min: 0, max: 240, optional: true })
  graceMinutes?: number;

  @Flag({ optional: true })
  blindJudging?: boolean;

  @Nullable()
  @ValidateNested()
  @Type(() => EligibilityDto)
  @ApiPropertyOptional({ type: () => EligibilityDto, nullable: true })
  eligibility?: EligibilityDto | null;

  @NestedList(() => ContestFieldDto, { max: 50, nullable: true, uniqueBy: (f) => f.key })
  fields?: ContestFieldDto[] | null;

  /**
   * The contest's one prize list, sent whole (see ContestPrizeDto). A prize without an id
   * maps to a fresh object, so only a repeated id counts as a repeat.
   */
  @NestedList(() => ContestPrizeDto, { max: 30, nullable: true, uniqueBy: (p) => p.id ?? {} })
  prizes?: ContestPrizeDto[] | null;
}

/**
 * A partial update. `eligibility`, `fields` and `prizes` are replaced whole when given.
 * The status is not part of it: it changes through its own route, which states and
 * performs the consequences (see contest-status.ts); a `status` here is refused as an
 * unknown property.
 */
export class UpdateContestDto extends PartialType(CreateContestDto, {
  skipNullProperties: false,
}) {}

/** A change of status; `announced` is refused (409 ANNOUNCED_BY_RESULTS). */
export class ChangeContestStatusDto {
  @IsIn(Object.values(ContestStatus))
  @ApiProperty({ enum: ContestStatus })
  status!: ContestStatus;
}
