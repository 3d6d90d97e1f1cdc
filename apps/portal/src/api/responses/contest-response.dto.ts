import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  APPLICANT_TYPES,
  ContestKind,
  ContestStatus,
  MEMBER_CONFIRMATION_RULES,
  PRIZE_KINDS,
  QuestionKind,
  RANKING_METHODS,
  RoundMode,
} from '@app/contests';
import type {
  AdvancementRule,
  ApplicantType,
  CategoryResponse,
  ContestAdminResponse,
  ContestField,
  ContestStatusView,
  Criterion,
  EligibilityRules,
  MemberConfirmationRule,
  PrizeKind,
  PrizeResponse,
  PublicContestResponse,
  PublicRoundResponse,
  QuestionResponse,
  RankingMethod,
  RoundResponse,
  StatusTransitionView,
  TieBreakStep,
} from '@app/contests';

/**
 * Response classes of the contest, category, question and round routes. Each `implements`
 * the mapper's interface, so a field added there and not here fails the type check.
 * Dates are ISO 8601 in Vietnam time (+07:00).
 */
export class EligibilityRulesResponse implements EligibilityRules {
  @ApiPropertyOptional({ enum: APPLICANT_TYPES, isArray: true }) applicantTypes?: ApplicantType[];
  @ApiPropertyOptional({ nullable: true, type: Number }) startupMaxAgeYears?: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) minAge?: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) maxAge?: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) teamSizeMin?: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) teamSizeMax?: number | null;
  @ApiPropertyOptional() organizationRequired?: boolean;
  @ApiPropertyOptional() onePersonOneEntry?: boolean;
  @ApiPropertyOptional({ nullable: true, enum: MEMBER_CONFIRMATION_RULES })
  memberConfirmation?: MemberConfirmationRule | null;
}

export class CategoryResponseDto implements CategoryResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() key!: string;
  @ApiProperty() nameVi!: string;
  @ApiProperty() nameEn!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) descriptionVi!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) descriptionEn!: string | null;
  @ApiPropertyOptional({
    nullable: true,
    type: EligibilityRulesResponse,
    description: "The category's own overrides; absent or null: none",
  })
  eligibility!: EligibilityRulesResponse | null;
  @ApiProperty({
    type: EligibilityRulesResponse,
    description: "The contest's rules with the category's overrides on top",
  })
  effectiveEligibility!: EligibilityRulesResponse;
  @ApiProperty() position!: number;
}

export class ContestFieldResponse implements ContestField {
  @ApiProperty() key!: string;
  @ApiProperty() labelVi!: string;
  @ApiProperty() labelEn!: string;
}

/** A prize of the contest's one list: the same the awards are given from. */
export class PrizeResponseDto implements PrizeResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) contestId!: string;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    format: 'uuid',
    description: 'The category whose entries compete for it; null: the whole contest',
  })
  categoryId!: string | null;
  @ApiProperty({ enum: PRIZE_KINDS }) kind!: PrizeKind;
  @ApiProperty() nameVi!: string;
  @ApiProperty() nameEn!: string;
  @ApiProperty({ description: 'VND, whole dong; 0 for a prize without money' }) amount!: number;
  @ApiProperty({ description: 'How many of this prize are given' }) quantity!: number;
  @ApiProperty() position!: number;
}
export class QuestionResponseDto implements QuestionResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() key!: string;
  @ApiProperty() labelVi!: string;
  @ApiProperty() labelEn!: string;
  @ApiProperty({ enum: QuestionKind }) kind!: QuestionKind;
  @ApiProperty() required!: boolean;
  @ApiPropertyOptional({ nullable: true, type: [String] }) options!: string[] | null;
  @ApiProperty() position!: number;
}

export class PublicCriterionResponse {
  @ApiProperty() key!: string;
  @ApiProperty() labelVi!: string;
  @ApiProperty() labelEn!: string;
  @ApiProperty({ description: 'Scores go from 0 to this value' }) maxScore!: number;
}

export class CriterionResponse extends PublicCriterionResponse implements Criterion {
  @ApiPropertyOptional({ nullable: true, type: String }) guidanceVi?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) guidanceEn?: string | null;
  @ApiProperty({ description: 'Weight in the weighted mean' }) weight!: number;
}

export class PublicRoundResponseDto implements PublicRoundResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: '1 screening, 2 semi-final, 3 final ...' }) position!: number;
  @ApiProperty() nameVi!: string;
  @ApiProperty() nameEn!: string;
  @ApiProperty({ enum: RoundMode }) mode!: RoundMode;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) judgingOpensAt!:
    string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) judgingClosesAt!:
    string | null;
  @ApiProperty({ type: [PublicCriterionResponse] }) criteria!: PublicCriterionResponse[];
}

export class AdvancementRuleResponse implements AdvancementRule {
  @ApiPropertyOptional({ enum: RANKING_METHODS }) method?: RankingMethod;
  @ApiPropertyOptional({ nullable: true, type: Number }) topNPerCategory?: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) minTotal?: number | null;
  @ApiPropertyOptional() zeroVeto?: boolean;
  @ApiPropertyOptional({ nullable: true, type: Number }) minReviews?: number | null;
  @ApiPropertyOptional({
    type: [String],
    description: '`total`, `criterion:<key>` or `fewer_low_outliers`, tried in order',
  })
  tieBreak?: TieBreakStep[];
}

export class RoundResponseDto implements RoundResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) contestId!: string;
  @ApiProperty() position!: number;
  @ApiProperty() nameVi!: string;
  @ApiProperty() nameEn!: string;
  @ApiProperty({ enum: RoundMode }) mode!: RoundMode;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) judgingOpensAt!:
    string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) judgingClosesAt!:
    string | null;
  @ApiProperty() reviewsPerEntry!: number;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'null: no limit' })
  maxLoadPerJudge!: number | null;
  @ApiProperty({ type: [CriterionResponse] }) criteria!: CriterionResponse[];
  @ApiProperty({ description: 'Once a score exists the rubric cannot change' })
  rubricLocked!: boolean;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) rubricLockedAt!:
    string | null;
  @ApiPropertyOptional({
    nullable: true,
    type: AdvancementRuleResponse,
    description: 'Absent or null: none',
  })
  advancementRule!: AdvancementRuleResponse | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) decidedAt!:
    string | null;
  @ApiProperty({ description: 'Send it back in a PATCH (409 STALE_VERSION when outdated)' })
  version!: number;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

/** What both views of a contest share. */
abstract class ContestCommonResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() slug!: string;
  @ApiProperty() nameVi!: string;
  @ApiProperty() nameEn!: string;
  @ApiProperty({ enum: ContestKind }) kind!: ContestKind;
  @ApiProperty({ enum: ContestStatus }) status!: ContestStatus;
  @ApiProperty() descriptionVi!: string;
  @ApiProperty() descriptionEn!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) rulesVi!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) rulesEn!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' })
  registrationOpensAt!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' })
  submissionDeadline!: string | null;
  @ApiProperty({ description: 'Open, registration opened and not past the deadline (plus grace)' })
  acceptingSubmissions!: boolean;
  @ApiProperty() blindJudging!: boolean;
  @ApiPropertyOptional({
    nullable: true,
    type: EligibilityRulesResponse,
    description: 'Absent or null: none',
  })
  eligibility!: EligibilityRulesResponse | null;
  @ApiProperty({ type: [CategoryResponseDto] }) categories!: CategoryResponseDto[];
  @ApiProperty({ type: [ContestFieldResponse] }) fields!: ContestFieldResponse[];
  @ApiProperty({ type: [PrizeResponseDto] }) prizes!: PrizeResponseDto[];
  @ApiProperty({ type: [QuestionResponseDto] }) questions!: QuestionResponseDto[];
}

export class PublicContestResponseDto
  extends ContestCommonResponse
  implements PublicContestResponse
{
  @ApiProperty({ type: [PublicRoundResponseDto] }) rounds!: PublicRoundResponseDto[];
}

export class ContestAdminResponseDto extends ContestCommonResponse implements ContestAdminResponse {
  @ApiProperty() codePrefix!: string;
  @ApiProperty() graceMinutes!: number;
  @ApiProperty({ description: 'Entries numbered so far' }) lastEntryNumber!: number;
  @ApiProperty({ enum: ContestStatus, isArray: true }) allowedTransitions!: ContestStatus[];
  @ApiProperty({ type: [RoundResponseDto] }) rounds!: RoundResponseDto[];
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class FieldErrorResponse {
  @ApiProperty() field!: string;
  @ApiProperty() code!: string;
  @ApiProperty({ type: [String] }) messages!: string[];
}

export class ConsequenceResponse {
  @ApiProperty({ description: 'What the change does, e.g. `becomesPublic`, `stopsEarly`' })
  code!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] },
  })
  params!: Record<string, string | number>;
}

export class StatusTransitionResponse implements StatusTransitionView {
  @ApiProperty({ enum: ContestStatus }) to!: ContestStatus;
  @ApiProperty({ type: [ConsequenceResponse] }) consequences!: StatusTransitionView['consequences'];
  @ApiProperty({ type: [FieldErrorResponse], description: 'Empty when the change may go now' })
  blockers!: StatusTransitionView['blockers'];
}

export class ContestStatusResponse implements ContestStatusView {
  @ApiProperty({ format: 'uuid' }) contestId!: string;
  @ApiProperty({ enum: ContestStatus }) status!: ContestStatus;
  @ApiProperty({ type: [StatusTransitionResponse] }) transitions!: StatusTransitionResponse[];
}
