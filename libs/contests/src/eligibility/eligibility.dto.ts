import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayUnique, IsArray, IsIn } from 'class-validator';
import { Flag, Nullable, Optional } from '@app/platform';
import { WholeNumber } from '../validation/contest-dto-decorators';
import { APPLICANT_TYPES, MEMBER_CONFIRMATION_RULES } from './eligibility-rules';
import type { ApplicantType, MemberConfirmationRule } from './eligibility-rules';
import { ELIGIBILITY_LIMITS } from './eligibility-validation';

/**
 * Eligibility of a contest, or a category's overrides of it. Every rule is optional;
 * cross-field rules (min <= max, also once merged with the contest) are checked by the
 * service with eligibilityProblems.
 */
export class EligibilityDto {
  @Optional()
  @IsArray()
  @ArrayUnique()
  @IsIn(APPLICANT_TYPES, { each: true })
  @ApiPropertyOptional({ enum: APPLICANT_TYPES, isArray: true })
  applicantTypes?: ApplicantType[];

  @WholeNumber({ ...ELIGIBILITY_LIMITS.startupMaxAgeYears, nullable: true })
  startupMaxAgeYears?: number | null;

  @WholeNumber({ ...ELIGIBILITY_LIMITS.age, nullable: true })
  minAge?: number | null;

  @WholeNumber({ ...ELIGIBILITY_LIMITS.age, nullable: true })
  maxAge?: number | null;

  @WholeNumber({ ...ELIGIBILITY_LIMITS.teamSize, nullable: true })
  teamSizeMin?: number | null;

  @WholeNumber({ ...ELIGIBILITY_LIMITS.teamSize, nullable: true })
  teamSizeMax?: number | null;

  @Flag({ optional: true })
  organizationRequired?: boolean;

  @Flag({ optional: true })
  onePersonOneEntry?: boolean;

  /** Whether listed members must confirm before submission; absent: `before_submission`. */
  @Nullable()
  @IsIn(MEMBER_CONFIRMATION_RULES)
  @ApiPropertyOptional({ enum: MEMBER_CONFIRMATION_RULES, nullable: true })
  memberConfirmation?: MemberConfirmationRule | null;
}
